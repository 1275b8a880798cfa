import { describe, expect, it } from 'vitest';
import { addDurations, durationHours } from '../../src/model/duration.js';

describe('addDurations', () => {
  it('carries hours into days, so a long pathway reads in days', () => {
    expect(addDurations('P10D', 'PT168H')).toBe('P17D');
    expect(addDurations('PT48H', 'PT48H')).toBe('P4D');
    expect(addDurations('PT20H', 'PT6H')).toBe('P1DT2H');
    expect(addDurations('PT45M', 'PT30M')).toBe('PT1H15M');
  });

  it('keeps months and days apart, since their carry depends on the calendar', () => {
    expect(addDurations('P3M', 'P82D')).toBe('P3M82D');
  });

  it('never changes the total', () => {
    for (const [a, b] of [['P10D', 'PT168H'], ['P1M', 'PT36H'], ['PT90M', 'P2DT23H']]) {
      expect(durationHours(addDurations(a!, b!))).toBeCloseTo(durationHours(a!) + durationHours(b!));
    }
  });
});

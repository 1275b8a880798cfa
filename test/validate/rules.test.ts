import { describe, expect, it } from 'vitest';
import { rules } from '../../src/validate/rules/index.js';
import { copyFixture, diagnose } from '../helpers.js';
import { conditionCases } from './condition-cases.js';
import { ruleCases } from './rule-cases.js';

const cases = [...ruleCases, ...conditionCases];

describe('rules', () => {
  it('the base fixture passes every rule', async () => {
    expect(await diagnose(await copyFixture('base'))).toEqual([]);
  });

  it.each(cases.map((c) => [c.rule, c.name, c] as const))('%s: %s', async (_rule, _name, ruleCase) => {
    const dir = await copyFixture('base', ruleCase.mutations);
    expect(await diagnose(dir)).toEqual(ruleCase.expected);
  });

  it('every rule has a failing case that reports it', () => {
    const tested = new Set(cases.filter((c) => c.expected.some((line) => line.endsWith(` ${c.rule}`))).map((c) => c.rule));
    expect(rules.map((rule) => rule.id).filter((id) => !tested.has(id))).toEqual([]);
  });

  it('rule ids are unique and every rule is documented', () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules) expect(rule.description.length).toBeGreaterThan(20);
  });
});

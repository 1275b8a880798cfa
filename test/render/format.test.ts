import { describe, expect, it } from 'vitest';
import { dateInWords, timeLimitInWords } from '../../src/i18n/format.js';
import { messages } from '../../src/i18n/index.js';

describe('time limits and dates in words', () => {
  it.each([
    ['PT24H', 'entro 24 ore', 'within 24 hours'],
    ['PT1H', 'entro 1 ora', 'within 1 hour'],
    ['P1D', 'entro 1 giorno', 'within 1 day'],
    ['P1DT12H', 'entro 1 giorno e 12 ore', 'within 1 day and 12 hours'],
    ['P3M', 'entro 3 mesi', 'within 3 months'],
    ['P1Y2M10D', 'entro 1 anno, 2 mesi e 10 giorni', 'within 1 year, 2 months and 10 days'],
  ])('%s', (iso, italian, english) => {
    expect(timeLimitInWords(iso, messages.it)).toBe(italian);
    expect(timeLimitInWords(iso, messages.en)).toBe(english);
  });

  it('writes calendar dates without time-zone shifts', () => {
    expect(dateInWords('2024-06-18', messages.it)).toBe('18 giugno 2024');
    expect(dateInWords('2024-01-01', messages.en)).toBe('1 January 2024');
  });
});

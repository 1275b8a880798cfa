import { parse } from 'tinyduration';
import type { Messages } from './index.js';

const UNITS = ['years', 'months', 'weeks', 'days', 'hours', 'minutes'] as const;

/** "P3Y" → "3 anni"; "P1DT12H" → "1 giorno e 12 ore". */
export function durationInWords(iso: string, t: Messages): string {
  const parts = parse(iso);
  const words = UNITS.filter((unit) => (parts[unit] ?? 0) > 0).map((unit) => {
    const amount = parts[unit]!;
    return `${amount} ${t.durationUnits[unit][amount === 1 ? 0 : 1]}`;
  });
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} ${t.and} ${words.at(-1)}` : (words[0] ?? '0');
}

/** "PT24H" → "entro 24 ore"; "P1DT12H" → "entro 1 giorno e 12 ore". */
export function timeLimitInWords(iso: string, t: Messages): string {
  return t.within(durationInWords(iso, t));
}

/** A range of time limits: "entro 24 ore – entro 2 giorni", one value when min and max agree. */
export function timeRangeInWords(range: { min: string; max: string } | undefined, none: string, t: Messages): string {
  if (!range) return none;
  return range.min === range.max ? timeLimitInWords(range.min, t) : `${timeLimitInWords(range.min, t)} – ${timeLimitInWords(range.max, t)}`;
}

/** One formatter per locale: creating one costs more than formatting thousands of dates. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "2024-06-18" → "18 giugno 2024" (dates are calendar days: no time zone may shift them). */
export function dateInWords(isoDate: string, t: Messages): string {
  let format = dateFormats.get(t.locale);
  if (!format) {
    format = new Intl.DateTimeFormat(t.locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(t.locale, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

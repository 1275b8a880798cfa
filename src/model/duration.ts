import { parse, serialize } from 'tinyduration';

const HOURS = { years: 365 * 24, months: 30 * 24, weeks: 7 * 24, days: 24, hours: 1, minutes: 1 / 60, seconds: 1 / 3600 };

/**
 * An ISO 8601 duration in hours, counting a month as 30 days and a year as 365: precise enough
 * to compare a procedure's time limit with a legal maximum written in the same units.
 */
export function durationHours(iso: string): number {
  const parts = parse(iso);
  return Object.entries(HOURS).reduce((sum, [unit, hours]) => sum + (parts[unit as keyof typeof HOURS] ?? 0) * hours, 0);
}

/** The sum of two ISO 8601 durations, unit by unit ("P30D" + "PT24H" = "P30DT24H"), so it reads as written. */
export function addDurations(a: string, b: string): string {
  const [x, y] = [parse(a), parse(b)];
  const units = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'] as const;
  const sum = Object.fromEntries(units.map((unit) => [unit, (x[unit] ?? 0) + (y[unit] ?? 0)]).filter(([, amount]) => amount !== 0));
  return serialize(sum);
}

/** No time at all: where a pathway starts. */
export const NO_TIME = 'PT0S';

import { parse } from 'tinyduration';

const HOURS = { years: 365 * 24, months: 30 * 24, weeks: 7 * 24, days: 24, hours: 1, minutes: 1 / 60, seconds: 1 / 3600 };

/**
 * An ISO 8601 duration in hours, counting a month as 30 days and a year as 365: precise enough
 * to compare a procedure's time limit with a legal maximum written in the same units.
 */
export function durationHours(iso: string): number {
  const parts = parse(iso);
  return Object.entries(HOURS).reduce((sum, [unit, hours]) => sum + (parts[unit as keyof typeof HOURS] ?? 0) * hours, 0);
}

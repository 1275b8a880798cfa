import { parse, serialize } from 'tinyduration';

const HOURS = { years: 365 * 24, months: 30 * 24, weeks: 7 * 24, days: 24, hours: 1, minutes: 1 / 60, seconds: 1 / 3600 };

/**
 * An ISO 8601 duration in hours, counting a month as 30 days and a year as 365: precise enough
 * to compare a procedure's time limit with a legal maximum written in the same units.
 */
export function durationHours(iso: string): number {
  return remembered(hoursOf, iso, () => {
    const parts = parse(iso);
    return Object.entries(HOURS).reduce((sum, [unit, hours]) => sum + (parts[unit as keyof typeof HOURS] ?? 0) * hours, 0);
  });
}

/**
 * The sum of two ISO 8601 durations, unit by unit, with seconds, minutes and hours carried into
 * the next unit ("P10D" + "PT168H" = "P17D"), so that a reader sees "17 giorni". Days are not
 * carried into months, nor months into years: those carries depend on the calendar.
 */
export function addDurations(a: string, b: string): string {
  return remembered(sums, `${a}+${b}`, () => added(a, b));
}

function added(a: string, b: string): string {
  const [x, y] = [parse(a), parse(b)];
  const units = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'] as const;
  const sum: Record<(typeof units)[number], number> = Object.fromEntries(units.map((unit) => [unit, (x[unit] ?? 0) + (y[unit] ?? 0)])) as never;
  for (const [unit, next, size] of [['seconds', 'minutes', 60], ['minutes', 'hours', 60], ['hours', 'days', 24]] as const) {
    sum[next] += Math.floor(sum[unit] / size);
    sum[unit] %= size;
  }
  return serialize(Object.fromEntries(Object.entries(sum).filter(([, amount]) => amount !== 0)));
}

/**
 * A corpus writes few distinct durations, but walking every pathway of a Region adds them up
 * again at each step: parsing them anew was 3 % of a build of 1,000 procedures.
 */
const hoursOf = new Map<string, number>();
const sums = new Map<string, string>();
/** Plenty for any corpus; a long `sop dev` session starts again past it. */
const REMEMBERED = 10_000;

function remembered<T>(known: Map<string, T>, key: string, make: () => T): T {
  let value = known.get(key);
  if (value === undefined) {
    if (known.size >= REMEMBERED) known.clear();
    known.set(key, (value = make()));
  }
  return value;
}

/** No time at all: where a pathway starts. */
export const NO_TIME = 'PT0S';

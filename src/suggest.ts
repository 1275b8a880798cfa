import { closest, distance } from 'fastest-levenshtein';
import { ITALIAN_VALUES } from './i18n/diagnostics/index.js';

/** The known id close enough to `value` to be the intended one, if any ("did you mean"). */
export function closestId(value: string, known: Iterable<string>): string | undefined {
  const candidates = [...known];
  if (candidates.length === 0) return undefined;
  const best = closest(value, candidates);
  // Short ids are close to many others: demand a closer match there.
  const limit = Math.max(1, Math.floor(Math.max(value.length, best.length) / 3));
  return distance(value, best) <= limit ? best : undefined;
}

/**
 * The allowed value an editor meant: a near miss (`aproved`), or the Italian word for it
 * (`approvata`, `scritto`), which is far from the English value in letters but not in meaning.
 */
export function closestValue(value: string, allowed: readonly string[]): { suggestion?: string; fromItalian?: boolean } {
  const italian = ITALIAN_VALUES[value.trim().toLowerCase()];
  if (italian && allowed.includes(italian)) return { suggestion: italian, fromItalian: true };
  const near = closestId(value, allowed);
  return near ? { suggestion: near } : {};
}

import { closest, distance } from 'fastest-levenshtein';

/** The known id close enough to `value` to be the intended one, if any ("did you mean"). */
export function closestId(value: string, known: Iterable<string>): string | undefined {
  const candidates = [...known];
  if (candidates.length === 0) return undefined;
  const best = closest(value, candidates);
  // Short ids are close to many others: demand a closer match there.
  const limit = Math.max(1, Math.floor(Math.max(value.length, best.length) / 3));
  return distance(value, best) <= limit ? best : undefined;
}

/** ` (did you mean "x"?)` when a known id is close enough to be the intended one, else ''. */
export function didYouMean(value: string, known: Iterable<string>): string {
  const best = closestId(value, known);
  return best ? ` (did you mean "${best}"?)` : '';
}

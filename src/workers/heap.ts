// Keeping a long render's heap near what it holds. V8 lets the heap of a thread that allocates
// fast grow to two to four times its live objects before collecting; a build makes thousands of
// pages, each a short burst of garbage, so its peak memory was mostly garbage waiting.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
setFlagsFromString('--no-expose-gc');

/** The heap may grow to this many times what the last collection left before the next one... */
const GROWTH = 1.6;
/**
 * ...but by no more than this much. Where most of the heap is live (a large corpus's model, and
 * its national model through the national outputs), 0.6 × of it is a great deal of garbage: at
 * 5,000 procedures the build's peak went from 397 and 402 to 372 and 374 MB, in 81.4 and 86.7
 * against 78.8 and 83.7 s (two runs each, in turn). Below 80 MB live (1,000 procedures) it
 * changes nothing.
 */
const MOST_GARBAGE = 48_000_000;
let kept = 0;

/** Collects the garbage when the heap has grown well beyond what the last collection kept. */
export function settle(): void {
  const used = getHeapStatistics().used_heap_size;
  if (used < kept + Math.min(kept * (GROWTH - 1), MOST_GARBAGE)) return;
  collect();
  kept = getHeapStatistics().used_heap_size;
}

/**
 * Collects the young generation only: a few milliseconds. For a loop that makes native garbage
 * (zlib's buffers) faster than JavaScript objects, which alone would not start a collection.
 */
export function collectYoung(): void {
  (collect as (options: { type: 'minor' }) => void)({ type: 'minor' });
}

// Helper threads of a large render: this thread makes the outputs, the helpers do what needs
// nothing of the model, plain data in and text out (laying out diagrams, indexing for search).
import { WorkerPool } from '../workers/pool.js';
import type { SearchIndexTask } from './search/script.js';

export type HelperTask = { layout: string } | { searchIndex: SearchIndexTask };

let helpers: WorkerPool<HelperTask, string> | undefined;

/**
 * A helper's young generation, in MB. Indexing a Region for search is a burst of garbage, and
 * with V8's default (up to 16 MB a semi-space) a helper's heap grew from 17 to 45-66 MB and the
 * build's peak by 20-30 MB; with this and a collection after each task (helper-worker.ts) its
 * heap stays at 15-21 MB.
 */
const YOUNG_GENERATION_MB = 4;

/** Runs `run` with `threads` helper threads taking the tasks given to `onHelper`. */
export async function withHelpers<T>(threads: number, run: () => Promise<T>): Promise<T> {
  const pool = new WorkerPool<HelperTask, string>(new URL('./helper-worker.js', import.meta.url), threads, { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB });
  helpers = pool;
  try {
    return await run();
  } finally {
    helpers = undefined;
    await pool.close();
  }
}

/** The task's answer from a helper thread; undefined when the render has none, and the caller does it itself. */
export function onHelper(task: HelperTask): Promise<string> | undefined {
  return helpers?.run(task);
}

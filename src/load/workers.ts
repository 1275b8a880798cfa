// Parsing on every core: Markdown and YAML parsing was two thirds of `sop check` on 1,000
// procedures, all of it on one thread. Worker threads parse batches of files; the main thread
// builds the model from their answers.
import type { VFile } from 'vfile';
import { restoreMessages, type StoredMessage } from '../diagnostics.js';
import { WorkerPool } from '../workers/pool.js';
import type { ValidProcedure } from './procedure.js';

export interface ParseRequest {
  path: string;
  cwd: string;
  text: string;
}

export interface ParseAnswer {
  procedure?: ValidProcedure;
  messages: StoredMessage[];
}

/** Small enough to keep both threads busy to the end, large enough that messages stay few. */
const BATCH = 16;

/** Each file's procedure (undefined when it does not load; its diagnostics are on the file). */
export async function parseInWorkers(files: readonly VFile[], threads: number): Promise<Map<VFile, ValidProcedure | undefined>> {
  const parsed = new Map<VFile, ValidProcedure | undefined>();
  const batches: VFile[][] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
  const pool = new WorkerPool<ParseRequest[], ParseAnswer[]>(new URL('./parse-worker.js', import.meta.url), Math.min(threads, batches.length));
  try {
    await Promise.all(batches.map(async (batch) => {
      const answers = await pool.run(batch.map((file) => ({ path: file.path, cwd: file.cwd, text: String(file.value) })));
      for (const [index, answer] of answers.entries()) {
        restoreMessages(batch[index]!, answer.messages);
        parsed.set(batch[index]!, answer.procedure);
      }
    }));
  } finally {
    await pool.close();
  }
  return parsed;
}

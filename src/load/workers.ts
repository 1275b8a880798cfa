// Parsing on every core: Markdown and YAML parsing was two thirds of `sop check` on 1,000
// procedures, all of it on one thread. Worker threads parse batches of files; the main thread
// builds the model from their answers.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { VFile } from 'vfile';
import { restoreMessages, type StoredMessage } from '../diagnostics.js';
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

/**
 * Below this many files a worker's start (loading the parsers and compiling the schemas, about
 * 0.3 s) costs more than it saves.
 */
export const PARALLEL_FROM = 200;
/** Small enough to keep both threads busy to the end, large enough that messages stay few. */
const BATCH = 16;

export const defaultThreads = (): number => Math.min(availableParallelism(), 8);

/** Each file's procedure (undefined when it does not load; its diagnostics are on the file). */
export async function parseInWorkers(files: readonly VFile[], threads: number): Promise<Map<VFile, ValidProcedure | undefined>> {
  const parsed = new Map<VFile, ValidProcedure | undefined>();
  const batches: VFile[][] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
  const workers = Array.from({ length: Math.min(threads, batches.length) }, () => new Worker(new URL('./parse-worker.js', import.meta.url)));
  try {
    await Promise.all(workers.map(async (worker) => {
      for (let batch = batches.shift(); batch; batch = batches.shift()) {
        const answers = await ask(worker, batch.map((file) => ({ path: file.path, cwd: file.cwd, text: String(file.value) })));
        for (const [index, answer] of answers.entries()) {
          const file = batch[index]!;
          restoreMessages(file, answer.messages);
          parsed.set(file, answer.procedure);
        }
      }
    }));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return parsed;
}

function ask(worker: Worker, batch: ParseRequest[]): Promise<ParseAnswer[]> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => {
      worker.off('message', answer);
      reject(error);
    };
    const answer = (answers: ParseAnswer[]) => {
      worker.off('error', fail);
      resolve(answers);
    };
    worker.once('message', answer);
    worker.once('error', fail);
    worker.postMessage(batch);
  });
}

// Parsing every procedure file of a load: answers kept from an earlier build (the parse cache),
// then worker threads for the rest of a large corpus, or this thread for a small one. Markdown
// and YAML parsing was two thirds of `sop check` on 1,000 procedures, all on one thread.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { restoreMessages, storeMessage, type StoredMessage } from '../diagnostics.js';
import { PARALLEL_FROM, WorkerPool } from '../workers/pool.js';
import { parseValidProcedure, type ValidProcedure } from './procedure.js';

export interface ParseRequest {
  path: string;
  cwd: string;
  text: string;
}

/** What parsing a file gives, as plain data: the procedure, or the diagnostics that say why not. */
export interface ParseAnswer {
  procedure?: ValidProcedure;
  messages: StoredMessage[];
}

/** Answers by file text, kept between builds (the build cache). */
export interface ParseStore {
  get(text: string): Promise<ParseAnswer | undefined>;
  set(text: string, answer: ParseAnswer): void;
  /**
   * The Markdown tree of a file parsed before, read again; undefined when the store does not
   * have it. A store that can say so lets a large load drop every tree once it is checked.
   */
  body?(text: string): Root | undefined;
}

/** Small enough to keep both threads busy to the end, large enough that messages stay few. */
const BATCH = 16;

/** Each file's procedure (undefined when it does not load; its diagnostics are on the file). */
export async function parseProcedures(files: readonly VFile[], threads: number, store?: ParseStore): Promise<Map<VFile, ValidProcedure | undefined>> {
  const parsed = new Map<VFile, ValidProcedure | undefined>();
  const take = (file: VFile, answer: ParseAnswer) => {
    restoreMessages(file, answer.messages);
    parsed.set(file, answer.procedure);
  };
  const known = await Promise.all(files.map((file) => store?.get(String(file.value))));
  const missing: VFile[] = [];
  for (const [index, file] of files.entries()) {
    const answer = known[index];
    if (answer) take(file, answer);
    else missing.push(file);
  }
  const answers = threads > 1 && missing.length >= PARALLEL_FROM ? await parseInWorkers(missing, threads) : missing.map(parseHere);
  for (const [index, answer] of answers.entries()) {
    take(missing[index]!, answer);
    store?.set(String(missing[index]!.value), answer);
  }
  return parsed;
}

function parseHere(file: VFile): ParseAnswer {
  const scratch = file.messages.length;
  const procedure = parseValidProcedure(file);
  // The answer carries the messages; taking it puts them back on the file.
  const messages = file.messages.splice(scratch).map(storeMessage);
  return { ...(procedure ? { procedure } : {}), messages };
}

async function parseInWorkers(files: readonly VFile[], threads: number): Promise<ParseAnswer[]> {
  const batches: VFile[][] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
  const pool = new WorkerPool<ParseRequest[], ParseAnswer[]>(new URL('./parse-worker.js', import.meta.url), Math.min(threads, batches.length));
  try {
    const answers = await Promise.all(batches.map((batch) => pool.run(batch.map((file) => ({ path: file.path, cwd: file.cwd, text: String(file.value) })))));
    return answers.flat();
  } finally {
    await pool.close();
  }
}

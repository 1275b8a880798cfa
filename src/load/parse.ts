// Parsing every procedure file of a load: answers kept from an earlier build (the parse cache),
// then worker threads for the rest of a large corpus, or this thread for a small one. Markdown
// and YAML parsing was two thirds of `sop check` on 1,000 procedures, all on one thread.
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { threadId } from 'node:worker_threads';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { restoreMessages, storeMessage, type StoredMessage } from '../diagnostics.js';
import { PARALLEL_FROM, WorkerPool } from '../workers/pool.js';
import { textBinary } from './held-texts.js';
import { parseValidProcedure, type ValidProcedure } from './procedure.js';

/** What parsing a file gives, as plain data: the procedure, or the diagnostics that say why not. */
export interface ParseAnswer {
  procedure?: ValidProcedure;
  messages: StoredMessage[];
}

/** A worker's answer: for a store with a folder, the answer without its tree, and whether the worker wrote it there. */
export interface WorkerAnswer extends ParseAnswer {
  written?: boolean;
}

/**
 * What a store keeps of an answer: the answer without its tree, then the tree, each in V8's
 * serialisation (the structured clone format workers use too), after the first one's length. A
 * load reads the answers back and a page its tree: read whole, every answer of a warm build
 * brought its tree, which the load let go at once, and at 5,000 procedures the main thread's
 * heap grew to 421 MB in use as it read them.
 */
export function encodeAnswer(answer: ParseAnswer): Uint8Array {
  const head = serialize(withoutTree(answer));
  const tree = serialize(answer.procedure?.body ?? null);
  const bytes = Buffer.allocUnsafe(4 + head.length + tree.length);
  bytes.writeUInt32LE(head.length, 0);
  head.copy(bytes, 4);
  tree.copy(bytes, 4 + head.length);
  return bytes;
}

/** The answer without its Markdown tree: what a load takes, the tree being kept for the page. */
export function withoutTree({ procedure, ...answer }: ParseAnswer): ParseAnswer {
  if (!procedure) return answer;
  const { body: _tree, ...treeless } = procedure;
  return { ...answer, procedure: treeless };
}

const headLength = (bytes: Uint8Array): number => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).readUInt32LE(0);

/** The answer as `encodeAnswer` kept it, without its tree. */
export const decodeAnswer = (bytes: Uint8Array): ParseAnswer => deserialize(bytes.subarray(4, 4 + headLength(bytes))) as ParseAnswer;

/** The tree of the answer `encodeAnswer` kept; undefined when it had none. */
export const decodeTree = (bytes: Uint8Array): Root | undefined => (deserialize(bytes.subarray(4 + headLength(bytes))) as Root | null) ?? undefined;

/**
 * Writes an answer's bytes as the file `key` of a store's folder, whole or not at all: a reader
 * never sees half a file under its key (the temporary name is this process's and thread's own).
 */
export function writeAnswerSync(folder: string, key: string, bytes: Uint8Array): void {
  const temp = path.join(folder, `${key}.${process.pid}-${threadId}.tmp`);
  writeFileSync(temp, bytes);
  renameSync(temp, path.join(folder, key));
}

/**
 * Answers by file text, kept between builds (the build cache). A load makes each file's key
 * once: a page read its prose back by its text, which had to be unpacked and hashed anew.
 */
export interface ParseStore {
  /** What the answer for a file of this text (its UTF-8 bytes, one character a byte: `textBinary`) is kept under. */
  key(binary: string): string;
  get(key: string): Promise<ParseAnswer | undefined>;
  /** Keeps the answer under `key`, as `encodeAnswer` made it. */
  set(key: string, bytes: Uint8Array): void;
  /**
   * The Markdown tree of a file parsed before, read again; undefined when the store does not
   * have it. A store that can say so lets a large load drop every tree once it is checked.
   */
  body?(key: string): Root | undefined;
  /**
   * The folder (made) where the store keeps each answer as a file named by its key, written by
   * `writeAnswerSync`: a parse worker writes there itself, then the store is told with `kept`.
   */
  folder?(): Promise<string>;
  kept?(key: string): void;
}

/** Small enough to keep every thread busy to the end, large enough that messages stay few. */
const BATCH = 16;

/** Parse-cache files read at once: enough to keep the disk busy. */
const READS_IN_FLIGHT = 16;

/**
 * Parses each file and hands its procedure to `take` (undefined when it does not load; its
 * diagnostics are on the file), with the file's key in the store, as soon as it is parsed or
 * read from the store, in no set order: a load builds its model from each answer and keeps no
 * more of it than that.
 */
export async function parseProcedures(files: readonly VFile[], threads: number, store: ParseStore | undefined, take: (file: VFile, procedure: ValidProcedure | undefined, key?: string) => void): Promise<void> {
  const keys = new Map(store ? files.map((file) => [file, store.key(textBinary(file))]) : []);
  const answered = (file: VFile, answer: ParseAnswer) => {
    restoreMessages(file, answer.messages);
    take(file, answer.procedure, keys.get(file));
  };
  const parsed = (file: VFile, { written, ...answer }: WorkerAnswer) => {
    if (written) store!.kept!(keys.get(file)!);
    else if (store) store.set(keys.get(file)!, encodeAnswer(answer));
    answered(file, answer);
  };
  // A few reads at a time: all at once, the files' bytes arrived faster than this thread turned
  // them into procedures, and a warm build of 5,000 procedures held 186 MB of them.
  const stored: boolean[] = [];
  let next = 0;
  const reader = async () => {
    for (let index = next++; index < files.length; index = next++) {
      const file = files[index]!;
      const answer = store && (await store.get(keys.get(file)!));
      if (answer) answered(file, answer);
      stored[index] = answer !== undefined;
    }
  };
  await Promise.all(Array.from({ length: READS_IN_FLIGHT }, reader));
  const missing = files.filter((_, index) => !stored[index]);
  if (threads <= 1 || missing.length < PARALLEL_FROM) {
    for (const file of missing) parsed(file, parseHere(file));
    return;
  }
  const folder = store?.body && store.kept && (await store.folder?.());
  await parseInWorkers(missing, threads, folder ? (file) => ({ folder, key: keys.get(file)! }) : undefined, parsed);
}

function parseHere(file: VFile): ParseAnswer {
  const scratch = file.messages.length;
  const procedure = parseValidProcedure(file);
  // The answer carries the messages; taking it puts them back on the file.
  const messages = file.messages.splice(scratch).map(storeMessage);
  return { ...(procedure ? { procedure } : {}), messages };
}

/**
 * A file for a worker. `store`: where the store that keeps trees wants its answer, which the
 * worker writes there and answers without the tree. This thread made each tree from the worker's
 * message only to serialise it again for the store (at 1,000 procedures a quarter of its time
 * during a cold check, and its heap 89-113 MB against 65-70); then it took the serialised bytes,
 * which waited as external memory for a collection this quiet thread seldom made (36 MB as the
 * parse of 1,000 procedures ended).
 */
export interface ParseTask {
  path: string;
  cwd: string;
  /** The file's text as its UTF-8 bytes, one character a byte: half the size of a two-byte string to copy. */
  bytes: string;
  store?: { folder: string; key: string };
}

export type ParseBatch = ParseTask[];

async function parseInWorkers(files: readonly VFile[], threads: number, storeOf: ((file: VFile) => ParseTask['store']) | undefined, parsed: (file: VFile, answer: WorkerAnswer) => void): Promise<void> {
  const batches: VFile[][] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
  // This thread is one of the threads: it builds each procedure as its answer comes. A worker
  // for every core held a heap more (80-90 MB, most of it garbage between collections) for little
  // time: on two cores, one worker rather than two took the cold check's peak at 1,000
  // procedures from 382-393 to 316-343 MB, and the build's from 405-439 to 342-358 MB, at
  // about a tenth more time for the check.
  const pool = new WorkerPool<ParseBatch, WorkerAnswer[]>(new URL('./parse-worker.js', import.meta.url), Math.min(threads - 1, batches.length));
  try {
    await Promise.all(batches.map(async (batch) => {
      const answers = await pool.run(batch.map((file) => ({ path: file.path, cwd: file.cwd, bytes: textBinary(file), ...(storeOf ? { store: storeOf(file) } : {}) })));
      for (const [index, answer] of answers.entries()) parsed(batch[index]!, answer);
    }));
  } finally {
    await pool.close();
  }
}

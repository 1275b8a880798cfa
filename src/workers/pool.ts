// A fixed set of worker threads that take tasks in turn: what both cores are used for (parsing
// the corpus, laying out diagrams) is sent here as plain data and comes back as plain data.
import { availableParallelism } from 'node:os';
import { parentPort, Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * Below this many procedures a worker's start (loading parsers or Graphviz, compiling the
 * schemas: about 0.3 s) costs more than it saves.
 */
export const PARALLEL_FROM = 200;

/** One thread per core, a few at most: beyond that the main thread cannot keep them busy. */
export const defaultThreads = (): number => Math.min(availableParallelism(), 4);

type Answer<T> = { id: number; value: T } | { id: number; error: string };

export class WorkerPool<Task, Result> {
  readonly #idle: Worker[] = [];
  readonly #workers: Worker[];
  readonly #queue: Array<{ task: Task; resolve: (result: Result) => void; reject: (error: Error) => void }> = [];
  readonly #pending = new Map<number, { resolve: (result: Result) => void; reject: (error: Error) => void }>();
  #next = 0;

  /** `script`: a module that calls `serve` with the function tasks go to. */
  constructor(script: URL, size: number, resourceLimits?: ResourceLimits) {
    this.#workers = Array.from({ length: size }, () => {
      const worker = new Worker(script, resourceLimits ? { resourceLimits } : {});
      worker.on('message', (answer: Answer<Result>) => this.#answer(worker, answer));
      // A crashed worker is a bug: every task still waiting fails with it.
      worker.on('error', (error) => this.#failAll(error));
      this.#idle.push(worker);
      return worker;
    });
  }

  run(task: Task): Promise<Result> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ task, resolve, reject });
      this.#dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }

  #dispatch(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const worker = this.#idle.pop()!;
      const { task, resolve, reject } = this.#queue.shift()!;
      const id = this.#next++;
      this.#pending.set(id, { resolve, reject });
      worker.postMessage({ id, task });
    }
  }

  #answer(worker: Worker, answer: Answer<Result>): void {
    const pending = this.#pending.get(answer.id)!;
    this.#pending.delete(answer.id);
    this.#idle.push(worker);
    if ('error' in answer) pending.reject(new Error(answer.error));
    else pending.resolve(answer.value);
    this.#dispatch();
  }

  #failAll(error: Error): void {
    for (const { reject } of [...this.#pending.values(), ...this.#queue]) reject(error);
    this.#pending.clear();
    this.#queue.length = 0;
  }
}

/** The worker's side: answers each task with `handle`'s result, or the message of what it threw. */
export function serve<Task, Result>(handle: (task: Task) => Result | Promise<Result>): void {
  parentPort!.on('message', async ({ id, task }: { id: number; task: Task }) => {
    try {
      const value = await handle(task);
      parentPort!.postMessage({ id, value });
    } catch (error) {
      parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
}

// The outputs of a `sop dev` session: the content each one was last made with, and those a save
// made out of date. An out-of-date output is made again when it is asked for, or in the
// background in the order the plan gives; it is never served as it was. An output can also be
// provided before the plan that names it: made from the new build by the caller.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { OutputJob } from '../render/plan.js';
import { settle } from '../workers/heap.js';

type Content = string | Buffer;

/**
 * What was made and what changed since the caller last took it: paths relative to the output
 * folder. The content of those written is the output's (`Outputs.content`).
 */
export interface OutputChange {
  written: Set<string>;
  removed: string[];
  rendered: string[];
}

export class Outputs {
  /**
   * Deflated, outside the JavaScript heap: the pages of 1,000 procedures are 160 MB as strings
   * (a heap that holds them grows to a multiple of that before it collects) and 107 MB as bytes,
   * 14 MB deflated. The same content always deflates to the same bytes, which are compared.
   */
  #made = new Map<string, { packed: Buffer; sources: string[] }>();
  #jobs = new Map<string, OutputJob>();
  /** Out of date, in the order to make them. */
  #stale = new Set<string>();
  /** Made for the next plan, which takes them as they are. */
  #provided = new Set<string>();
  /** Outputs being made, with the plan they are made for: a newer plan makes them again. */
  #making = new Map<string, { plan: Map<string, OutputJob>; content: Promise<Content> }>();
  #change: OutputChange = { written: new Set(), removed: [], rendered: [] };

  /** The outputs made so far. */
  get made(): string[] {
    return [...this.#made.keys()];
  }

  /** The content an output was last made with; undefined when it was not made. */
  content(path: string): Buffer | undefined {
    const made = this.#made.get(path);
    return made && inflateRawSync(made.packed);
  }

  /** Whether a plan was ever given: there is something to serve. */
  get planned(): boolean {
    return this.#jobs.size > 0;
  }

  get stale(): string[] {
    return [...this.#stale];
  }

  /**
   * Takes a new plan, in the order outputs are to be made. `outdated` tells, for an output made
   * before, whether the save made it out of date, given the sources it was made from.
   */
  plan(jobs: readonly OutputJob[], outdated: (job: OutputJob, madeFrom: readonly string[]) => boolean): void {
    const plan = new Map(jobs.map((job) => [job.path, job]));
    const stale = new Set<string>();
    for (const job of jobs) {
      const made = this.#made.get(job.path);
      if (!made || (!this.#provided.has(job.path) && (this.#stale.has(job.path) || outdated(job, made.sources)))) stale.add(job.path);
      else made.sources = job.sources;
    }
    this.#provided.clear();
    for (const output of this.#made.keys()) {
      if (plan.has(output)) continue;
      this.#made.delete(output);
      this.#change.written.delete(output);
      this.#change.removed.push(output);
    }
    this.#jobs = plan;
    this.#stale = stale;
  }

  /** A new build is under way: what was provided for an earlier one waits for the plan like the rest. */
  begin(): void {
    this.#provided.clear();
  }

  /** An output made from the build the next plan is for. */
  provide(path: string, content: Content): void {
    this.#provided.add(path);
    this.#stale.delete(path);
    this.#record(path, content, this.#made.get(path)?.sources ?? []);
  }

  isProvided(path: string): boolean {
    return this.#provided.has(path);
  }

  /** The output as it is now: made again first if it is out of date; undefined when there is none. */
  async output(path: string): Promise<Content | undefined> {
    return this.#stale.has(path) ? this.make(path) : this.content(path);
  }

  make(path: string): Promise<Content> {
    const making = this.#making.get(path);
    if (making?.plan === this.#jobs) return making.content;
    const plan = this.#jobs;
    const job = plan.get(path)!;
    const content = job.render().then((content) => {
      // Made for a plan a later save replaced, or from an older build than the one provided:
      // whoever asked gets it, nobody else.
      if (plan !== this.#jobs || this.#provided.has(path)) return content;
      this.#stale.delete(path);
      this.#record(path, content, job.sources);
      settle();
      return content;
    }).finally(() => {
      if (this.#making.get(path)?.content === content) this.#making.delete(path);
    });
    this.#making.set(path, { plan, content });
    return content;
  }

  #record(path: string, content: Content, sources: string[]): void {
    const made = this.#made.get(path);
    // The fastest level: deflating is a few percent of making a page, and packs it sevenfold.
    // Copied: zlib returns a small output as a view of its 16 KB work buffer, which it keeps whole.
    const packed = Buffer.from(deflateRawSync(content, { level: 1 }));
    if (!made || !made.packed.equals(packed)) {
      this.#change.written.add(path);
      this.#change.removed = this.#change.removed.filter((removed) => removed !== path);
    }
    this.#made.set(path, { packed, sources });
    this.#change.rendered.push(path);
  }

  /** Makes the next out-of-date output, if `wanted`; false when none is left or the next is not wanted. */
  async makeNext(wanted: (path: string) => boolean = () => true): Promise<boolean> {
    const [next] = this.#stale;
    if (next === undefined || !wanted(next)) return false;
    await this.make(next);
    return true;
  }

  /** What was made, written and removed since the last call. */
  take(): OutputChange {
    const change = this.#change;
    this.#change = { written: new Set(), removed: [], rendered: [] };
    return change;
  }
}

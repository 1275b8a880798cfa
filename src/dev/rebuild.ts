// One `sop dev` session's builds: the first is complete, every later one re-checks the corpus
// (re-parsing only the files that changed) and renders only the outputs a change touches.
// A build with errors changes nothing: the last good build stays what is served.
import path from 'node:path';
import { check, type CheckResult } from '../index.js';
import { LoadCache } from '../load/cache.js';
import { forEdition } from '../model/edition.js';
import type { Edition, Lang, NationalModel } from '../model/types.js';
import { messages } from '../render/i18n/messages.js';
import { createSite } from '../render/index.js';
import { isAffected, planHtml, type SourceChanges } from '../render/plan.js';
import { splitFrontmatter } from '../load/markdown.js';
import { RuleCache } from '../validate/cache.js';

export interface DevBuildOptions {
  /** The corpus folder, absolute. */
  root: string;
  cwd: string;
  lang: Lang;
  edition: Edition;
  today?: string;
  templates?: string;
  national: boolean;
}

/** What a change did to the output: paths relative to the output folder. */
export interface OutputChange {
  written: Map<string, string | Buffer>;
  removed: string[];
}

export type RebuildOutcome =
  | { ok: true; check: CheckResult; change: OutputChange; rendered: string[] }
  | { ok: false; check: CheckResult };

/** Everything: the first build, and any change to the catalogue, templates or schemas. */
export const EVERYTHING = 'everything';
export type Changes = ReadonlySet<string> | typeof EVERYTHING;

export class DevBuild {
  readonly #options: DevBuildOptions;
  #cache = new LoadCache();
  #rules = new RuleCache();
  /** The last good build, by output path, with the corpus sources each output was made from. */
  #outputs = new Map<string, { content: string | Buffer; sources: string[] }>();
  /** Changes not yet in a good build: a build with errors renders nothing, so they carry over. */
  #pending = new Set<string>();
  #pendingEverything = true;
  /** The front-matter of every procedure file as of the last good build, to tell prose-only saves. */
  #frontmatter = new Map<string, string | undefined>();
  #national: NationalModel | undefined;

  constructor(options: DevBuildOptions) {
    this.#options = options;
  }

  get outputs(): ReadonlyMap<string, { content: string | Buffer }> {
    return this.#outputs;
  }

  /** Start afresh: nothing loaded is trusted (a schema changed). */
  forget(): void {
    this.#cache = new LoadCache();
    this.#rules = new RuleCache();
  }

  /** `changes`: corpus-relative paths of the files saved, created or deleted since the last build. */
  async rebuild(changes: Changes): Promise<RebuildOutcome> {
    const { root, cwd, lang, edition, today, templates, national } = this.#options;
    if (changes === EVERYTHING) this.#pendingEverything = true;
    else {
      for (const file of changes) this.#pending.add(file);
      // Only these are read again; every other file is taken as it was.
      this.#cache.changed([...changes].map((file) => path.join(root, file)));
    }
    const result = await check(path.relative(cwd, root) || '.', { cwd, cache: this.#cache, rules: this.#rules, ...(today ? { today } : {}) });
    if (result.errors > 0) return { ok: false, check: result };
    const everything = this.#pendingEverything || this.#outputs.size === 0;
    const sourceChanges = this.#sourceChanges(result, everything);
    const filtered = forEdition(result.loaded.corpus, edition, messages[lang].internalUse);
    // The national model reads front-matter only: prose-only saves leave it as it was.
    const proseOnly = !everything && [...sourceChanges.files].every((file) => sourceChanges.proseOnly.has(file));
    const site = await createSite(filtered.corpus, filtered.graph, { lang, edition, regions: [], national, ...(templates ? { templates } : {}) }, proseOnly ? this.#national : undefined);
    this.#national = site.national;
    const jobs = planHtml(site);
    const change: OutputChange = { written: new Map(), removed: [] };
    const planned = new Set<string>();
    const rendered: string[] = [];
    for (const job of jobs) {
      planned.add(job.path);
      const previous = this.#outputs.get(job.path);
      // A page is affected when what it is made from now, or was made from before, changed.
      const affected = everything || !previous || isAffected(job.sources, job.prose === true, sourceChanges) || isAffected(previous.sources, job.prose === true, sourceChanges);
      if (!affected) {
        previous.sources = job.sources;
        continue;
      }
      const content = await job.render();
      rendered.push(job.path);
      if (!previous || !sameContent(previous.content, content)) change.written.set(job.path, content);
      this.#outputs.set(job.path, { content, sources: job.sources });
    }
    for (const output of this.#outputs.keys()) {
      if (planned.has(output)) continue;
      this.#outputs.delete(output);
      change.removed.push(output);
    }
    this.#pending.clear();
    this.#pendingEverything = false;
    return { ok: true, check: result, change, rendered };
  }

  /** The pending changes, telling the saves that left a procedure's front-matter as it was. */
  #sourceChanges(result: CheckResult, everything: boolean): SourceChanges {
    const { root, cwd } = this.#options;
    const files = new Map(result.loaded.files.map((file) => [path.relative(root, path.resolve(cwd, file.path)).split(path.sep).join('/'), file]));
    const proseOnly = new Set<string>();
    for (const source of everything ? files.keys() : this.#pending) {
      const file = files.get(source);
      const frontmatter = file && source.endsWith('.md') ? splitFrontmatter(String(file.value ?? ''))?.yaml : undefined;
      if (!everything && frontmatter !== undefined && this.#frontmatter.get(source) === frontmatter) proseOnly.add(source);
      this.#frontmatter.set(source, frontmatter);
    }
    for (const source of this.#frontmatter.keys()) if (!files.has(source)) this.#frontmatter.delete(source);
    return { files: this.#pending, proseOnly };
  }
}

function sameContent(a: string | Buffer, b: string | Buffer): boolean {
  return typeof a === 'string' && typeof b === 'string' ? a === b : Buffer.from(a).equals(Buffer.from(b));
}

// One `sop dev` session's builds: the first is complete, every later one re-checks the corpus
// (re-reading and re-parsing only the files that changed) and marks out of date only the
// outputs a change touches, to be made again when asked for or in the background.
// A build with errors changes nothing: the last good build stays what is served. The case studies
// (cases/ beside the corpus) are read again with every good build: a few small files, and whether
// a case can run depends on the corpus as much as on its file.
import path from 'node:path';
import type { VFile } from 'vfile';
import { hash } from '../build/digest.js';
import { openParseCache, type ParseCache } from '../build/parse-cache.js';
import { checkCase } from '../cases/check.js';
import { check, type CheckResult } from '../index.js';
import { LoadCache } from '../load/cache.js';
import { defaultCasesDir, loadCases } from '../load/cases.js';
import { splitFrontmatter } from '../load/markdown.js';
import { forEdition } from '../model/edition.js';
import type { Edition, Lang, NationalModel, Procedure, Region } from '../model/types.js';
import { messages } from '../i18n/index.js';
import { pageHtml } from '../render/html.js';
import { createSite } from '../render/index.js';
import { procedurePage } from '../render/pages/procedure.js';
import { isAffected, planHtml, procedureSource, type OutputJob } from '../render/plan.js';
import type { Site } from '../render/site.js';
import { page } from '../render/urls.js';
import { RuleCache } from '../validate/cache.js';
import { defaultThreads } from '../workers/pool.js';
import { Outputs, type OutputChange } from './outputs.js';

export interface DevBuildOptions {
  /** The corpus folder, absolute. */
  root: string;
  cwd: string;
  lang: Lang;
  edition: Edition;
  today?: string;
  templates?: string;
  national: boolean;
  /**
   * The build cache's folder, absolute, shared with `sop build`: the first build takes the
   * parses it holds, and every procedure's Markdown tree is read back from it when a page shows
   * the prose, instead of being held for the whole session.
   */
  cacheDir?: string;
}

export type UpdateOutcome = { ok: true; check: CheckResult } | { ok: false; check: CheckResult };

export type RebuildOutcome =
  | { ok: true; check: CheckResult; change: Pick<OutputChange, 'written' | 'removed'>; rendered: string[] }
  | { ok: false; check: CheckResult };

/** Everything: the first build, and any change to the catalogue, templates or schemas. */
export const EVERYTHING = 'everything';
export type Changes = ReadonlySet<string> | typeof EVERYTHING;

/** The national section's outputs are the only ones made from the merged national model. */
const NATIONAL_SECTION = `${path.posix.dirname(page.national())}/`;
const CASES_SECTION = `${path.posix.dirname(page.cases())}/`;

/**
 * A save in cases/ is reported relative to the corpus folder, as `../cases/<file>.yaml`; a corpus
 * file never starts with `..`.
 */
export const isCaseFile = (change: string): boolean => change.startsWith('../');

/** What shows the case studies besides their own pages: the search indexes, and the landing page's link to them. */
const showsCases = (output: string): boolean =>
  output.startsWith(CASES_SECTION) || output.endsWith(page.searchIndex('')) || output === page.landing();

export class DevBuild {
  readonly #options: DevBuildOptions;
  #cache = new LoadCache();
  #rules = new RuleCache();
  #parsed: Promise<ParseCache> | undefined;
  #outputs = new Outputs();
  /** Saved files not yet in a good build: a build with errors changes nothing, so they carry over. */
  #pending = new Set<string>();
  #pendingEverything = true;
  /** Since the last plan: files whose front-matter changed (or that came or went), and those whose prose only did. */
  #changed = new Set<string>();
  #proseOnly = new Set<string>();
  #everything = false;
  /** A case file was saved, created or deleted since the last plan. */
  #casesChanged = false;
  /** The front-matter's hash of every procedure file as of the last good build, to tell prose-only saves. */
  #frontmatter = new Map<string, string | undefined>();
  /** Plans the last good build; undefined once done. */
  #unplanned: (() => void) | undefined;
  /**
   * The national model of the last complete build. Regional pages only link up to the national
   * section, so they are made with it; only the national section waits for a new merge.
   */
  #national: NationalModel | undefined;

  constructor(options: DevBuildOptions) {
    this.#options = options;
  }

  /** The outputs made so far (after `rebuild`, all of them), each read out of its store: for a test or a tool, not for every save. */
  get outputs(): ReadonlyMap<string, { content: Buffer }> {
    return new Map(this.#outputs.made.map((file) => [file, { content: this.#outputs.content(file)! }]));
  }

  /** The outputs made so far (or those of `files`), one at a time with their content. */
  *contents(files: Iterable<string> = this.#outputs.made): Generator<[string, Buffer]> {
    for (const file of files) yield [file, this.#outputs.content(file)!];
  }

  /** Whether a build ever succeeded: there is something to serve. */
  get ready(): boolean {
    return this.#outputs.planned || this.#unplanned !== undefined;
  }

  /** Outputs out of date, in the order the background makes them. */
  get stale(): string[] {
    this.plan();
    return this.#outputs.stale;
  }

  /** Start afresh: nothing loaded is trusted (a schema changed). */
  forget(): void {
    this.#cache = new LoadCache();
    this.#rules = new RuleCache();
  }

  /** An output as the last good build makes it (made now if it is out of date); undefined when there is none. */
  output(file: string): Promise<string | Buffer | undefined> {
    if (!this.#outputs.isProvided(file)) this.plan();
    return this.#outputs.output(file);
  }

  /** Makes the next out-of-date output, leaving the national section for later unless `national`; false when none is left. */
  makeNext(national = true): Promise<boolean> {
    this.plan();
    return this.#outputs.makeNext((output) => national || !output.startsWith(NATIONAL_SECTION));
  }

  /** What was made, written and removed since the last call. */
  take(): OutputChange {
    return this.#outputs.take();
  }

  /** Checks and plans, then makes every output the change put out of date. */
  async rebuild(changes: Changes): Promise<RebuildOutcome> {
    const outcome = await this.update(changes);
    if (!outcome.ok) return outcome;
    while (await this.makeNext());
    const { written, removed, rendered } = this.take();
    return { ok: true, check: outcome.check, change: { written, removed }, rendered };
  }

  /**
   * Checks the corpus again and, when it has no errors, makes the pages of the procedures saved;
   * the plan of the other outputs waits for `plan`, or for anything else to be asked for.
   * `changes`: corpus-relative paths of the files saved, created or deleted since the last call.
   */
  async update(changes: Changes): Promise<UpdateOutcome> {
    const { root, cwd, lang, edition, today, templates, national } = this.#options;
    if (changes === EVERYTHING) this.#pendingEverything = true;
    else {
      const corpusFiles = [...changes].filter((file) => !isCaseFile(file));
      if (corpusFiles.length < changes.size) this.#casesChanged = true;
      for (const file of corpusFiles) this.#pending.add(file);
      // Only these are read again; every other file is taken as it was.
      this.#cache.changed(corpusFiles.map((file) => path.join(root, file)));
    }
    const { cacheDir } = this.#options;
    this.#parsed ??= cacheDir === undefined ? undefined : openParseCache(cacheDir);
    const parsed = await this.#parsed;
    const result = await check(path.relative(cwd, root) || '.', { cwd, lang, cache: this.#cache, rules: this.#rules, threads: defaultThreads(), ...(parsed ? { parsed } : {}), ...(today ? { today } : {}) });
    // Kept even when the corpus has errors, as by `sop build`; one that cannot be saved only means parsing again.
    await parsed?.save().catch(() => undefined);
    if (result.errors > 0) return { ok: false, check: result };
    const everything = this.#pendingEverything || !this.ready;
    const saved = this.#pending;
    this.#sortChanges(result, everything);
    const filtered = forEdition(result.loaded.corpus, edition, messages[lang].internalUse);
    // As `sop build` does: a case file that cannot be read or names unknown ids is left out.
    const cases = (await loadCases(defaultCasesDir(root), cwd)).cases.filter((item) => checkCase(item, result.loaded.corpus));
    const options = { lang, edition, regions: [], national, cases, ...(templates ? { templates } : {}) };
    const site = await createSite(filtered.corpus, filtered.graph, options, everything ? undefined : this.#national);
    if (everything) this.#national = site.national?.();
    this.#outputs.begin();
    this.#unplanned = () => this.#plan(site, () => createSite(filtered.corpus, filtered.graph, options));
    if (!everything) {
      // The saved procedures' pages come before the plan, which takes longer than they do: the
      // plan would make them with this same renderer (render/plan.ts).
      for (const { region, procedure } of procedures(site, saved)) {
        this.#outputs.provide(page.procedure(region.folder, procedure.id), pageHtml((await procedurePage(site, region, procedure)).tree));
      }
    }
    return { ok: true, check: result };
  }

  /** Plans the outputs of the last good build and marks out of date those its changes touch. */
  plan(): void {
    const plan = this.#unplanned;
    this.#unplanned = undefined;
    plan?.();
  }

  #plan(site: Site, fresh: () => Promise<Site>): void {
    const everything = this.#everything;
    // The national section is made from a new merge, and only when some of it is out of date:
    // it reads front-matter only, so prose-only saves leave it as it was.
    const merged = everything ? undefined : once(async () => new Map(planHtml(await fresh()).map((job) => [job.path, job])));
    const jobs = planHtml(site).map((job) => (merged && job.path.startsWith(NATIONAL_SECTION) ? { ...job, render: async () => (await merged()).get(job.path)!.render() } : job));
    const shown = proseShown(site, this.#proseOnly);
    const changed = { files: this.#changed, proseOnly: new Set<string>() };
    // An output is out of date when what it is made from now, or was made from before, changed;
    // a prose-only save changes only the outputs that show that procedure's prose.
    const casesChanged = this.#casesChanged;
    this.#outputs.plan(inMakingOrder(jobs), (job, madeFrom) =>
      everything || shown.has(job.path) || (casesChanged && showsCases(job.path)) || isAffected(job.sources, job.prose === true, changed) || isAffected(madeFrom, job.prose === true, changed));
    this.#changed = new Set();
    this.#proseOnly = new Set();
    this.#everything = false;
    this.#casesChanged = false;
  }

  /**
   * Moves the pending files into those whose front-matter changed and those whose prose only did,
   * since the last plan, telling them apart by the front-matter of the last good build.
   */
  #sortChanges(result: CheckResult, everything: boolean): void {
    const { root, cwd } = this.#options;
    const byPath = new Map<string, VFile>(result.loaded.files.map((file) => [file.path, file]));
    if (everything) {
      this.#everything = true;
      this.#frontmatter.clear();
    }
    const sources = everything ? result.loaded.files.map((file) => path.relative(root, path.resolve(cwd, file.path)).split(path.sep).join('/')) : this.#pending;
    for (const source of sources) {
      const file = byPath.get(path.relative(cwd, path.join(root, source)));
      const yaml = file && source.endsWith('.md') ? splitFrontmatter(String(file.value ?? ''))?.yaml : undefined;
      // Its hash, not the text: a text is decoded anew each time it is read (load/held-texts.ts),
      // and the front-matter cut from it kept the whole decoded copy of every file alive (at 5,000
      // procedures, 968 MB at the peak against 837).
      const frontmatter = yaml === undefined ? undefined : hash(yaml);
      if (!everything && frontmatter !== undefined && this.#frontmatter.get(source) === frontmatter && !this.#changed.has(source)) this.#proseOnly.add(source);
      else {
        this.#changed.add(source);
        this.#proseOnly.delete(source);
      }
      if (file) this.#frontmatter.set(source, frontmatter);
      else this.#frontmatter.delete(source);
    }
    this.#pending = new Set();
    this.#pendingEverything = false;
  }
}

/** The procedures of the site read from these corpus files. */
function procedures(site: Site, files: ReadonlySet<string>): Array<{ region: Region; procedure: Procedure }> {
  const found: Array<{ region: Region; procedure: Procedure }> = [];
  for (const folder of new Set([...files].map((file) => file.split('/')[0]!))) {
    const region = site.corpus.regions.get(folder);
    for (const procedure of region?.procedures.values() ?? []) if (files.has(procedureSource(procedure))) found.push({ region: region!, procedure });
  }
  return found;
}

/** The outputs that show the prose of these procedure files: their pages and their Regions' search indexes. */
function proseShown(site: Site, files: ReadonlySet<string>): Set<string> {
  const shown = new Set<string>();
  for (const { region, procedure } of procedures(site, files)) shown.add(page.procedure(region.folder, procedure.id)).add(page.searchIndex(region.folder));
  return shown;
}

/** Pages first, then the search indexes, then the national section: the longest to make and the least looked at. */
function inMakingOrder(jobs: OutputJob[]): OutputJob[] {
  const rank = (job: OutputJob) => (job.path.startsWith(NATIONAL_SECTION) ? 2 : job.path.endsWith(page.searchIndex('')) ? 1 : 0);
  return [...jobs].sort((a, b) => rank(a) - rank(b));
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

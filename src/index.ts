// The library API the CLI uses.
import path from 'node:path';
import type { VFile } from 'vfile';
import { writeAtomically } from './build/write.js';
import { loadCorpus, type LoadResult } from './load/corpus.js';
import type { Lang } from './model/types.js';
import { renderHandbooks } from './render/index.js';
import { runRules } from './validate/index.js';

export interface CheckOptions {
  /** YYYY-MM-DD; defaults to today (UTC). */
  today?: string;
  cwd?: string;
}

export interface CheckResult {
  loaded: LoadResult;
  files: VFile[];
  errors: number;
  warnings: number;
}

export async function check(root: string, options: CheckOptions = {}): Promise<CheckResult> {
  const cwd = options.cwd ?? process.cwd();
  const loaded = await loadCorpus(path.resolve(cwd, root), cwd);
  runRules(loaded, options.today ?? new Date().toISOString().slice(0, 10));
  const messages = loaded.files.flatMap((file) => file.messages);
  for (const file of loaded.files) file.messages.sort(byPosition);
  return {
    loaded,
    files: loaded.files,
    errors: messages.filter((m) => m.fatal === true).length,
    warnings: messages.filter((m) => m.fatal !== true).length,
  };
}

function byPosition(a: { line?: number; column?: number }, b: { line?: number; column?: number }): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

export interface BuildOptions extends CheckOptions {
  out: string;
  lang: Lang;
  /** Region folders to build; all when empty. */
  regions: string[];
  templates?: string;
  /** Emit the national model; default true. */
  national?: boolean;
}

export interface BuildResult extends CheckResult {
  /** Files written; undefined when nothing was written (errors, or unknown Regions asked for). */
  written?: string[];
  unknownRegions?: string[];
}

/** Validates, then renders and swaps the output in atomically. Errors write nothing. */
export async function build(root: string, options: BuildOptions): Promise<BuildResult> {
  const result = await check(root, options);
  if (result.errors > 0) return result;
  const { corpus, graph } = result.loaded;
  const unknownRegions = options.regions.filter((region) => !corpus.regions.has(region));
  if (unknownRegions.length > 0) return { ...result, unknownRegions };
  const files = await renderHandbooks(corpus, graph, { lang: options.lang, regions: options.regions, templates: options.templates, national: options.national ?? true });
  await writeAtomically(path.resolve(options.cwd ?? process.cwd(), options.out), files);
  return { ...result, written: [...files.keys()] };
}

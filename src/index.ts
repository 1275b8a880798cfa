// The library API the CLI uses.
import path from 'node:path';
import type { VFile } from 'vfile';
import { localize, tally } from './diagnostics.js';
import { loadCorpus, type LoadOptions, type LoadResult } from './load/corpus.js';
import type { Lang } from './model/types.js';
import type { RuleCache } from './validate/cache.js';
import { runRules } from './validate/index.js';

export interface CheckOptions extends LoadOptions {
  /** YYYY-MM-DD; defaults to today (UTC). */
  today?: string;
  cwd?: string;
  /** Keeps the rules' findings for the next call (`sop dev`): unchanged procedures are not checked again. */
  rules?: RuleCache;
  /** The language of the diagnostics' text (Italian by default). */
  lang?: Lang;
}

export interface CheckResult {
  loaded: LoadResult;
  files: VFile[];
  errors: number;
  warnings: number;
}

export async function check(root: string, options: CheckOptions = {}): Promise<CheckResult> {
  const cwd = options.cwd ?? process.cwd();
  const loaded = await loadCorpus(path.resolve(cwd, root), cwd, options);
  runRules(loaded, options.today ?? new Date().toISOString().slice(0, 10), options.rules);
  for (const file of loaded.files) file.messages.sort(byPosition);
  localize(loaded.files, options.lang ?? 'it');
  return { loaded, files: loaded.files, ...tally(loaded.files) };
}

function byPosition(a: { line?: number; column?: number }, b: { line?: number; column?: number }): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

export { build, type BuildOptions, type BuildResult } from './build/index.js';

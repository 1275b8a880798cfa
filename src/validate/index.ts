import type { LoadResult } from '../load/corpus.js';
import { contextFor } from './context.js';
import { rules } from './rules/index.js';

/** Runs every rule over the loaded corpus; diagnostics land on the files they are about. */
export function runRules(loaded: LoadResult, today: string): void {
  if (!loaded.catalogueUsable) return;
  for (const rule of rules) rule.check(contextFor(rule, loaded, today));
}

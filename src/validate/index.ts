import type { VFile } from 'vfile';
import type { LoadResult } from '../load/corpus.js';
import type { RuleCache } from './cache.js';
import { contextFor } from './context.js';
import { rules } from './rules/index.js';

/**
 * Runs every rule over the loaded corpus; diagnostics land on the files they are about. With a
 * cache (`sop dev`), a procedure's findings are taken over from the last run when nothing they
 * depend on changed, in the same order, so the diagnostics are those of a fresh run.
 */
export function runRules(loaded: LoadResult, today: string, cache?: RuleCache): void {
  if (!loaded.catalogueUsable) return;
  const known = cache?.start(loaded, today);
  const scope: { file?: VFile } = {};
  for (const [index, rule] of rules.entries()) {
    const context = contextFor(rule, loaded, { today, structure: known?.structure ?? {} }, scope);
    rule.corpus?.(context);
    if (!rule.procedure) continue;
    for (const [i, procedure] of loaded.procedures.entries()) {
      const file = procedure.origin.source.file;
      const findings = known?.findings[i]![rule.reads ?? 'own'];
      const found = findings?.[index];
      if (found) {
        if (found.length > 0) file.messages.push(...found);
        continue;
      }
      const before = file.messages.length;
      scope.file = file;
      rule.procedure(context, procedure);
      scope.file = undefined;
      if (findings) findings[index] = file.messages.slice(before);
    }
  }
}

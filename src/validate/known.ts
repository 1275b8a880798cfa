import type { Origin } from '../model/types.js';
import type { ReportOptions, RuleContext } from './context.js';
import { didYouMean } from './suggest.js';

/** Reports `value` when it is not one of `known`, with a suggestion when one is close. */
export function expectKnown(
  context: RuleContext,
  what: string,
  value: string,
  known: ReadonlyMap<string, unknown> | ReadonlySet<string>,
  origin: Origin,
  field: ReportOptions['field'],
  hint?: string,
): void {
  if (known.has(value)) return;
  const suggestion = didYouMean(value, known.keys());
  const fix = hint && !suggestion ? `. Hint: ${hint}` : '';
  context.report(origin, `Unknown ${what} "${value}"${suggestion}${fix}`, { field });
}

import { text, type DiagnosticText } from '../diagnostics.js';
import type { KnownKind } from '../i18n/diagnostics/index.js';
import type { Origin } from '../model/types.js';
import { closestId } from '../suggest.js';
import type { ReportOptions, RuleContext } from './context.js';

/** Reports `value` when it is not one of `known`, with a suggestion when one is close and where such ids are defined. */
export function expectKnown(
  context: RuleContext,
  kind: KnownKind,
  value: string,
  known: ReadonlyMap<string, unknown> | ReadonlySet<string>,
  origin: Origin,
  field: ReportOptions['field'],
): void {
  if (known.has(value)) return;
  const suggestion = closestId(value, known.keys());
  context.report(origin, text('refs.unknown', { kind, value, ...(suggestion ? { suggestion } : {}) }), { field });
}

/** An unknown id in a body link (`role:x`, `legal:x`), with a suggestion when one is close. */
export function unknownInLink(kind: KnownKind, value: string, known: Iterable<string>): DiagnosticText {
  const suggestion = closestId(value, known);
  return text('refs.unknownInLink', { kind, value, ...(suggestion ? { suggestion } : {}) });
}

import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { report, type DiagnosticText, type Place, type Severity } from '../diagnostics.js';
import type { Loaded } from '../load/corpus.js';
import { locate } from '../load/yaml.js';
import type { Origin, Procedure } from '../model/types.js';

export type { Loaded };

/**
 * A rule whose findings another rule's would only repeat: an unknown referral target leaves
 * steps unreachable and pathways without protection; those follow-ons are noise next to the root
 * cause, as ESLint and TypeScript keep quiet about what a first error implies. `procedure`: quiet
 * on the whole procedure (file) the root cause is in; `step`: only on the same step.
 */
export interface RootCause {
  rule: string;
  scope: 'procedure' | 'step';
}

/**
 * A rule reports in up to two parts, so that `sop dev` can check again only what a save touched:
 * `procedure` is asked about each procedure in turn and reports on that procedure's file only;
 * `corpus` reports on anything else (the catalogue, the Region files, what spans procedures) and
 * runs on every check, so it must stay cheap.
 */
export interface Rule {
  id: string;
  severity: Severity;
  /** One sentence for the docs and `sop rules`. */
  description: string;
  procedure?(context: RuleContext, procedure: Procedure): void;
  /**
   * What `procedure` reads besides the procedure, its Region, the catalogue and today: `corpus`,
   * the other procedures and their steps (looked up in the corpus); `graph`, the referral graph,
   * and then of the procedure itself only its front-matter, never its prose.
   */
  reads?: 'corpus' | 'graph';
  corpus?(context: RuleContext): void;
  /** Root causes of this rule's findings, among the rules that run before it. */
  follows?: readonly RootCause[];
}

/**
 * Whether the model holds this procedure under its id: not a duplicate, not in a Region whose
 * file failed to load. Only such procedures have steps in the referral graph.
 */
export function inModel(loaded: Loaded, procedure: Procedure): boolean {
  return loaded.corpus.regions.get(procedure.folder)?.procedures.get(procedure.id) === procedure;
}

export interface ReportOptions {
  /** A property of the element (or a path below it) to point at. */
  field?: ReadonlyArray<string | number> | string;
  part?: 'key' | 'value';
  severity?: Severity;
}

export interface RuleContext extends Loaded {
  /** Today as YYYY-MM-DD, injected so that date rules are testable. */
  today: string;
  /**
   * The same object from one check to the next while the Regions, the procedures and what rules
   * read of their steps (ids, roles, action kinds, flags, referrals) stay the same: a key for what
   * a rule found about the referral graph. See validate/cache.ts.
   */
  structure: object;
  report(origin: Origin, message: DiagnosticText, options?: ReportOptions): void;
  reportAt(file: VFile, place: Place, message: DiagnosticText, severity?: Severity): void;
}

/** The step a finding is about ('steps/2'), or '' for the procedure or another file as a whole. */
const elementOf = new WeakMap<VFileMessage, string>();

const elementAt = (origin: Origin): string => (origin.path[0] === 'steps' && origin.path.length >= 2 ? `steps/${origin.path[1]}` : '');

/** Whether a root cause of `rule` was reported on `file` (at `element`, for a step-wide cause). */
function followsReported(rule: Rule, file: VFile, element: string): boolean {
  return rule.follows !== undefined && file.messages.some((message) => rule.follows!.some((cause) =>
    message.ruleId === cause.rule && (cause.scope === 'procedure' || (element !== '' && elementOf.get(message) === element))));
}

/** While `scope.file` is set (a rule's `procedure` part runs), reporting on another file is a bug. */
export function contextFor(rule: Rule, loaded: Loaded, run: { today: string; structure: object }, scope: { file?: VFile } = {}): RuleContext {
  const at = (file: VFile) => {
    if (scope.file && file !== scope.file) throw new Error(`Rule ${rule.id} reported on ${file.path} while checking ${scope.file.path}`);
    return file;
  };
  return {
    ...loaded,
    ...run,
    report(origin, message, options = {}) {
      const file = at(origin.source.file);
      const element = elementAt(origin);
      // Before locating: finding the place parses the YAML document again.
      if (followsReported(rule, file, element)) return;
      const field = options.field === undefined ? [] : typeof options.field === 'string' ? [options.field] : options.field;
      const place = locate(origin.source, [...origin.path, ...field], options.part);
      elementOf.set(report(file, options.severity ?? rule.severity, rule.id, message, place), element);
    },
    reportAt(file, place, message, severity) {
      if (!followsReported(rule, at(file), '')) report(file, severity ?? rule.severity, rule.id, message, place);
    },
  };
}

import type { VFile } from 'vfile';
import { report, type Place, type Severity } from '../diagnostics.js';
import { locate } from '../load/yaml.js';
import type { Definitions } from '../model/build.js';
import type { ReferralGraph } from '../model/graph.js';
import type { Actor, Corpus, Origin, Procedure } from '../model/types.js';

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
}

export interface Loaded {
  corpus: Corpus;
  /** Definitions as written, duplicates included. */
  definitions: Definitions;
  actorLists: Map<string, Actor[]>;
  /** Every schema-valid procedure, duplicates and misplaced ones included. */
  procedures: Procedure[];
  graph: ReferralGraph;
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
  report(origin: Origin, message: string, options?: ReportOptions): void;
  reportAt(file: VFile, place: Place, message: string, severity?: Severity): void;
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
      const field = options.field === undefined ? [] : typeof options.field === 'string' ? [options.field] : options.field;
      const place = locate(origin.source, [...origin.path, ...field], options.part);
      report(at(origin.source.file), options.severity ?? rule.severity, rule.id, message, place);
    },
    reportAt(file, place, message, severity) {
      report(at(file), severity ?? rule.severity, rule.id, message, place);
    },
  };
}

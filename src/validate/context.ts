import type { VFile } from 'vfile';
import { report, type Place, type Severity } from '../diagnostics.js';
import { locate } from '../load/yaml.js';
import type { Definitions } from '../model/build.js';
import type { ReferralGraph } from '../model/graph.js';
import type { Actor, Corpus, Origin, Procedure } from '../model/types.js';

export interface Rule {
  id: string;
  severity: Severity;
  /** One sentence for the docs and `sop rules`. */
  description: string;
  check(context: RuleContext): void;
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

export interface ReportOptions {
  /** A property of the element (or a path below it) to point at. */
  field?: ReadonlyArray<string | number> | string;
  part?: 'key' | 'value';
  severity?: Severity;
}

export interface RuleContext extends Loaded {
  /** Today as YYYY-MM-DD, injected so that date rules are testable. */
  today: string;
  report(origin: Origin, message: string, options?: ReportOptions): void;
  reportAt(file: VFile, place: Place, message: string, severity?: Severity): void;
}

export function contextFor(rule: Rule, loaded: Loaded, today: string): RuleContext {
  return {
    ...loaded,
    today,
    report(origin, message, options = {}) {
      const field = options.field === undefined ? [] : typeof options.field === 'string' ? [options.field] : options.field;
      const place = locate(origin.source, [...origin.path, ...field], options.part);
      report(origin.source.file, options.severity ?? rule.severity, rule.id, message, place);
    },
    reportAt(file, place, message, severity) {
      report(file, severity ?? rule.severity, rule.id, message, place);
    },
  };
}

// What `sop dev` keeps between checks: each rule's findings on each procedure, with what they were
// found from. A procedure that did not change keeps its findings while its Region file, the
// catalogue and today stay the same; findings that read other procedures are kept while no
// procedure's steps and referrals changed either. A title or prose save re-checks one procedure.
import type { VFileMessage } from 'vfile-message';
import type { Procedure } from '../model/types.js';
import type { Loaded } from './context.js';

/** One procedure's findings, by rule index, with what they were found from. */
export interface Findings {
  /** The Region file's parsed source (the same object while its bytes do not change). */
  region: unknown;
  catalogue: object;
  today: string;
  /** Of rules that read only the procedure, its Region, the catalogue and today. */
  own: Array<VFileMessage[] | undefined>;
  structure: object;
  /** Of rules that also read the other procedures. */
  others: Array<VFileMessage[] | undefined>;
}

export interface Known {
  /** See `RuleContext.structure`. */
  structure: object;
  /** The findings of each procedure of the check, in order, still valid. */
  findings: Findings[];
}

export class RuleCache {
  #findings = new WeakMap<Procedure, Findings>();
  #catalogue = new Interned<unknown>();
  #structure = new Interned<string>();

  /** What is still known for this check of `loaded`; the check records its new findings in it. */
  start(loaded: Loaded, today: string): Known {
    const { roles, actions, legalReferences, stages, pathways } = loaded.definitions;
    const catalogue = this.#catalogue.of([...new Set([...roles, ...actions, ...legalReferences, ...stages, ...pathways].map((item) => item.origin.source))]);
    const structure = this.#structure.of(structureOf(loaded));
    const findings = loaded.procedures.map((procedure) => {
      const region = loaded.corpus.regions.get(procedure.folder)?.origin.source;
      let known = this.#findings.get(procedure);
      if (!known || known.region !== region || known.catalogue !== catalogue || known.today !== today) {
        known = { region, catalogue, today, own: [], structure, others: [] };
        this.#findings.set(procedure, known);
      } else if (known.structure !== structure) {
        known.structure = structure;
        known.others = [];
      }
      return known;
    });
    return { structure, findings };
  }
}

/** The same object for as long as the items stay the same, one by one. */
class Interned<T> {
  #items: readonly T[] = [];
  #token = {};

  of(items: readonly T[]): object {
    if (items.length !== this.#items.length || items.some((item, i) => item !== this.#items[i])) {
      this.#items = items;
      this.#token = {};
    }
    return this.#token;
  }
}

/**
 * Everything rules read of the procedures they are not checking: which Regions and procedures
 * exist or failed to load, and each procedure's steps and referrals (titles and prose are not in it).
 */
function structureOf(loaded: Loaded): string[] {
  const { regions, unloaded } = loaded.corpus;
  return [
    ...[...regions.values()].map((region) => `region ${region.folder} ${region.id}`),
    ...[...unloaded].map((key) => `unloaded ${key}`),
    ...loaded.procedures.map(signature),
  ];
}

const signatures = new WeakMap<Procedure, string>();

function signature(procedure: Procedure): string {
  let made = signatures.get(procedure);
  if (made === undefined) {
    made = JSON.stringify([
      procedure.folder, procedure.id, procedure.restricted, procedure.entry,
      procedure.steps.map((step) => [
        step.id, step.actor, step.actionKind, step.terminal, step.restricted, step.legalBasis,
        step.referrals.map(({ to, consent }) => [to.region, to.procedure, to.step, consent]),
      ]),
    ]);
    signatures.set(procedure, made);
  }
  return made;
}

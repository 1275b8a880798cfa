// What `sop dev` keeps between checks: each rule's findings on each procedure, with what they were
// found from. A procedure that did not change keeps its findings while its Region file, the
// catalogue and today stay the same; findings that read other procedures are kept while no
// procedure's steps and referrals changed either; and findings about the referral graph are
// kept through a save that left the procedure's front-matter as it was. A title save re-checks
// one procedure; a prose save re-checks it without the referral graph.
import type { VFileMessage } from 'vfile-message';
import { splitFrontmatter } from '../load/frontmatter.js';
import type { Procedure } from '../model/types.js';
import type { Loaded, Rule } from './context.js';

/** One procedure's findings, by rule index, for each kind of rule (see `Rule.reads`). */
export type Findings = Record<'own' | NonNullable<Rule['reads']>, Array<VFileMessage[] | undefined>>;

export interface Known {
  /** See `RuleContext.structure`. */
  structure: object;
  /** The findings of each procedure of the check, in order, still valid; the check adds the others. */
  findings: Findings[];
}

interface Entry extends Findings {
  procedure: Procedure;
  /** The Region file's parsed source (the same object while its bytes do not change). */
  region: unknown;
  catalogue: object;
  today: string;
  structure: object;
}

export class RuleCache {
  #byProcedure = new WeakMap<Procedure, Entry>();
  /** The entry of the last procedure read from each file. */
  #byFile = new Map<string, Entry>();
  #catalogue = new Interned<unknown>();
  #structure = new Interned<string>();

  /** What is still known for this check of `loaded`; the check records its new findings in it. */
  start(loaded: Loaded, today: string): Known {
    const { roles, actions, legalReferences, stages, pathways, facts } = loaded.definitions;
    const catalogue = this.#catalogue.of([...new Set([...roles, ...actions, ...legalReferences, ...stages, ...pathways, ...facts].map((item) => item.origin.source))]);
    const structure = this.#structure.of(structureOf(loaded));
    const byFile = new Map<string, Entry>();
    const findings = loaded.procedures.map((procedure) => {
      const region = loaded.corpus.regions.get(procedure.folder)?.origin.source;
      const basis = { region, catalogue, today };
      const same = (entry: Entry) => entry.region === region && entry.catalogue === catalogue && entry.today === today;
      const file = procedure.origin.source.file.path;
      let entry = this.#byProcedure.get(procedure);
      if (!entry || !same(entry)) {
        const previous = this.#byFile.get(file);
        const graph = previous && same(previous) && previous.structure === structure && sameFrontmatter(previous.procedure, procedure) ? [...previous.graph] : [];
        entry = { procedure, ...basis, structure, own: [], corpus: [], graph };
        this.#byProcedure.set(procedure, entry);
      } else if (entry.structure !== structure) {
        Object.assign(entry, { structure, corpus: [], graph: [] });
      }
      byFile.set(file, entry);
      return entry;
    });
    this.#byFile = byFile;
    return { structure, findings };
  }
}

/** Whether two procedures were read from the same front-matter, which puts every step at the same place. */
function sameFrontmatter(a: Procedure, b: Procedure): boolean {
  const [x, y] = [a, b].map((procedure) => splitFrontmatter(String(procedure.origin.source.file.value ?? '')));
  return x !== undefined && y !== undefined && x.yamlOffset === y.yamlOffset && x.yaml === y.yaml;
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

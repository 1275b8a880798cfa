import path from 'node:path';
import { text } from '../../diagnostics.js';
import type { IdKind } from '../../i18n/diagnostics/index.js';
import { locate } from '../../load/yaml.js';
import type { Origin, Procedure } from '../../model/types.js';
import type { Loaded, Rule, RuleContext } from '../context.js';

interface Item { id: string; origin: Origin }

/**
 * The items that repeat an id, each with the item it repeats. Of procedures, the one kept is
 * the file named after its id: after copying `adulti.md` to `adulti-copia.md`, the copy is the
 * duplicate even though it sorts first.
 */
function repeats<T extends Item>(items: readonly T[], original: (item: T) => boolean = () => false): Array<{ item: T; first: T }> {
  const byId = new Map<string, T[]>();
  for (const item of items) byId.set(item.id, [...(byId.get(item.id) ?? []), item]);
  return [...byId.values()].filter((same) => same.length > 1).flatMap((same) => {
    const first = same.find(original) ?? same[0]!;
    return same.filter((item) => item !== first).map((item) => ({ item, first }));
  });
}

const namedAfterId = (procedure: Procedure) => path.basename(procedure.origin.source.file.path, '.md') === procedure.id;

/** The procedures reported as duplicates of another one of their Region. */
export function duplicateProcedures(loaded: Loaded): Array<{ item: Procedure; first: Procedure }> {
  const byRegion = new Map<string, Procedure[]>();
  for (const procedure of loaded.procedures) byRegion.set(procedure.folder, [...(byRegion.get(procedure.folder) ?? []), procedure]);
  return [...byRegion.values()].flatMap((procedures) => repeats(procedures, namedAfterId));
}

function reportDuplicates<T extends Item>(context: RuleContext, kind: IdKind, found: Array<{ item: T; first: T }>): void {
  for (const { item, first } of found) {
    const line = locate(first.origin.source, [...first.origin.path, 'id']).start.line;
    const file = first.origin.source.file;
    const at = file === item.origin.source.file ? { line } : { line, path: file.path };
    context.report(item.origin, text('refs.duplicate', { kind, id: item.id, first: at }), { field: 'id' });
  }
}

export const duplicateId: Rule = {
  id: 'refs/duplicate-id',
  severity: 'error',
  description: 'Ids of roles, action kinds, legal references, stages, pathways, facts, actors, contacts, procedures (within a Region) and steps (within a procedure) are unique.',
  procedure(context, procedure) {
    reportDuplicates(context, 'step', repeats(procedure.steps));
  },
  corpus(context) {
    const { definitions } = context;
    reportDuplicates(context, 'role', repeats(definitions.roles));
    reportDuplicates(context, 'action', repeats(definitions.actions));
    reportDuplicates(context, 'legal', repeats(definitions.legalReferences));
    reportDuplicates(context, 'stage', repeats(definitions.stages));
    reportDuplicates(context, 'pathway', repeats(definitions.pathways));
    reportDuplicates(context, 'fact', repeats(definitions.facts));
    for (const actors of context.actorLists.values()) reportDuplicates(context, 'actor', repeats(actors));
    for (const region of context.corpus.regions.values()) reportDuplicates(context, 'contact', repeats(region.contacts));
    reportDuplicates(context, 'procedure', duplicateProcedures(context));
  },
};

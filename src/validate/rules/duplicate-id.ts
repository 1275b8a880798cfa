import type { Origin } from '../../model/types.js';
import type { Rule, RuleContext } from '../context.js';

function reportDuplicates(context: RuleContext, what: string, items: Array<{ id: string; origin: Origin }>): void {
  const first = new Map<string, Origin>();
  for (const item of items) {
    const earlier = first.get(item.id);
    if (!earlier) {
      first.set(item.id, item.origin);
      continue;
    }
    const where = earlier.source === item.origin.source ? '' : ` in ${earlier.source.file.path}`;
    context.report(item.origin, `Duplicate ${what} id "${item.id}": it is already defined${where}`, { field: 'id' });
  }
}

export const duplicateId: Rule = {
  id: 'refs/duplicate-id',
  severity: 'error',
  description: 'Ids of roles, action kinds, legal references, stages, pathways, facts, actors, contacts, procedures (within a Region) and steps (within a procedure) are unique.',
  procedure(context, procedure) {
    reportDuplicates(context, 'step', procedure.steps);
  },
  corpus(context) {
    const { definitions } = context;
    reportDuplicates(context, 'role', definitions.roles);
    reportDuplicates(context, 'action kind', definitions.actions);
    reportDuplicates(context, 'legal reference', definitions.legalReferences);
    reportDuplicates(context, 'stage', definitions.stages);
    reportDuplicates(context, 'pathway', definitions.pathways);
    reportDuplicates(context, 'fact', definitions.facts);
    for (const actors of context.actorLists.values()) reportDuplicates(context, 'actor', actors);
    for (const region of context.corpus.regions.values()) reportDuplicates(context, 'contact', region.contacts);
    const byRegion = new Map<string, typeof context.procedures>();
    for (const procedure of context.procedures) {
      byRegion.set(procedure.folder, [...(byRegion.get(procedure.folder) ?? []), procedure]);
    }
    for (const procedures of byRegion.values()) reportDuplicates(context, 'procedure', procedures);
  },
};

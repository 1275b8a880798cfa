import { text } from '../../diagnostics.js';
import type { Rule } from '../context.js';

export const roleWithoutActor: Rule = {
  id: 'refs/role-without-actor',
  severity: 'warning',
  description: 'A role that acts in a procedure is filled by at least one actor of the Region, so readers know whom to call.',
  procedure(context, procedure) {
    const region = context.corpus.regions.get(procedure.folder);
    if (!region) return;
    const filled = new Set([...region.actors.values()].map((actor) => actor.role));
    const warned = new Set<string>();
    for (const step of procedure.steps) {
      if (filled.has(step.actor) || warned.has(step.actor) || !context.corpus.catalogue.roles.has(step.actor)) continue;
      warned.add(step.actor);
      context.report(step.origin, text('refs.roleWithoutActor', { region: region.id, role: step.actor, file: region.origin.source.file.path }), { field: 'actor' });
    }
  },
};

import { text } from '../../diagnostics.js';
import type { Rule } from '../context.js';

export const notCompetent: Rule = {
  id: 'mandate/not-competent',
  severity: 'error',
  description: "A step's actor is competent for the step's action kind according to its role's mandate.",
  procedure(context, procedure) {
    const { roles, actions } = context.corpus.catalogue;
    for (const step of procedure.steps) {
      const role = roles.get(step.actor);
      if (!role || !actions.has(step.actionKind) || role.mandate.actions.includes(step.actionKind)) continue;
      const competent = [...roles.values()].filter((r) => r.mandate.actions.includes(step.actionKind)).map((r) => r.id);
      context.report(step.origin, text('graph.notCompetent', { role: role.id, action: step.actionKind, covers: role.mandate.actions, competent }), { field: 'action_kind' });
    }
  },
};

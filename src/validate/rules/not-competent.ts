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
      const hint = competent.length > 0 ? `. Hint: competent roles are ${competent.join(', ')}` : '';
      context.report(step.origin, `Role "${role.id}" is not competent for "${step.actionKind}": its mandate covers ${role.mandate.actions.join(', ')}${hint}`, { field: 'action_kind' });
    }
  },
};

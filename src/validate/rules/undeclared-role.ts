import { text } from '../../diagnostics.js';
import type { Rule } from '../context.js';

export const undeclaredRole: Rule = {
  id: 'refs/undeclared-role',
  severity: 'error',
  description: "Every step's actor is listed in the procedure's `roles`.",
  procedure(context, procedure) {
    for (const step of procedure.steps) {
      if (!procedure.roles.includes(step.actor) && context.corpus.catalogue.roles.has(step.actor)) {
        context.report(step.origin, text('refs.undeclaredRole', { role: step.actor, step: step.id }), { field: 'actor' });
      }
    }
  },
};

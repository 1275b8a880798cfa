import type { Rule } from '../context.js';

export const undeclaredRole: Rule = {
  id: 'refs/undeclared-role',
  severity: 'error',
  description: "Every step's actor is listed in the procedure's `roles`.",
  procedure(context, procedure) {
    for (const step of procedure.steps) {
      if (!procedure.roles.includes(step.actor) && context.corpus.catalogue.roles.has(step.actor)) {
        context.report(step.origin, `Role "${step.actor}" acts in step "${step.id}" but is not listed in the procedure's "roles"`, { field: 'actor' });
      }
    }
  },
};

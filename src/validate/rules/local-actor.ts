import type { Rule } from '../context.js';

export const localActor: Rule = {
  id: 'mandate/local-actor',
  severity: 'error',
  description: "A step's local actor fills the step's role, so the Region's mapping agrees with the national catalogue.",
  procedure(context, procedure) {
    const { roles } = context.corpus.catalogue;
    const region = context.corpus.regions.get(procedure.folder);
    for (const step of procedure.steps) {
      const actor = step.localActor ? region?.actors.get(step.localActor) : undefined;
      if (!actor || actor.role === step.actor || !roles.has(actor.role)) continue;
      const competent = roles.get(actor.role)!.mandate.actions.includes(step.actionKind);
      const problem = competent
        ? `it fills role "${actor.role}", not the step's role "${step.actor}"`
        : `it fills role "${actor.role}", which is not competent for "${step.actionKind}" in the national catalogue`;
      context.report(step.origin, `Actor "${actor.id}" cannot perform step "${step.id}": ${problem}`, { field: 'local_actor' });
    }
  },
};

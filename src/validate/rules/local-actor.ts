import { text } from '../../diagnostics.js';
import type { Rule } from '../context.js';

export const localActor: Rule = {
  id: 'mandate/local-actor',
  severity: 'error',
  description: "A step's local actor fills the step's role, so the Region's mapping agrees with the national catalogue.",
  // Against a mistyped role, any actor would look wrong.
  follows: [{ rule: 'refs/unknown-role', scope: 'step' }],
  procedure(context, procedure) {
    const { roles } = context.corpus.catalogue;
    const region = context.corpus.regions.get(procedure.folder);
    for (const step of procedure.steps) {
      const actor = step.localActor ? region?.actors.get(step.localActor) : undefined;
      if (!actor || actor.role === step.actor || !roles.has(actor.role)) continue;
      const competent = roles.get(actor.role)!.mandate.actions.includes(step.actionKind);
      const problem = competent
        ? text('graph.actorOtherRole', { actor: actor.id, step: step.id, role: actor.role, stepRole: step.actor })
        : text('graph.actorNotCompetent', { actor: actor.id, step: step.id, role: actor.role, action: step.actionKind });
      context.report(step.origin, problem, { field: 'local_actor' });
    }
  },
};

import { outgoingOf, stepKey } from '../../model/graph.js';
import type { Step } from '../../model/types.js';
import { inModel, type Rule } from '../context.js';

/** Who may propose each protection permit (art. 18 c.1 TU; art. 18-ter c.1 TU as introduced by DL 145/2024). */
const PROPOSERS: Array<{ legalRef: string; name: string; roles: string[] }> = [
  { legalRef: 'dlgs-286-1998-art-18-ter', name: 'art. 18-ter', roles: ['procura'] },
  { legalRef: 'dlgs-286-1998-art-18', name: 'art. 18', roles: ['procura', 'servizi-sociali', 'ente-antitratta'] },
];
const ISSUER = 'questura-ufficio-immigrazione';
const PROPOSAL = 'propose-residence-permit';

/** The protection permit a step issues, if it issues one. */
const permitOf = (step: Step) => (step.actionKind === 'issue-residence-permit' ? PROPOSERS.find((p) => step.legalBasis.includes(p.legalRef)) : undefined);

export const permitProposal: Rule = {
  id: 'domain/permit-proposal',
  severity: 'error',
  description: 'An art. 18 or art. 18-ter permit is issued only by the Questura, on a referral from a proposal of a competent body.',
  reads: 'graph',
  procedure(context, procedure) {
    if (!inModel(context, procedure)) return;
    for (const step of procedure.steps) {
      const permit = permitOf(step);
      if (!permit) continue;
      if (step.actor !== ISSUER) {
        context.report(step.origin, `The ${permit.name} permit is issued only by the Questore ("${ISSUER}"), not by "${step.actor}"`, { field: 'actor' });
      }
      const proposed = (context.graph.incoming.get(stepKey(procedure.folder, procedure.id, step.id)) ?? []).some(
        (edge) => edge.from.step.actionKind === PROPOSAL && permit.roles.includes(edge.from.step.actor),
      );
      if (!proposed) {
        context.report(step.origin, `The ${permit.name} permit in step "${step.id}" must follow a proposal: no referral into it comes from a "${PROPOSAL}" step of ${permit.roles.join(', ')}`, { field: 'id' });
      }
    }
    // A proposal is reported where it is written, on the proposing procedure.
    for (const { from, referral, to } of outgoingOf(context.graph, procedure)) {
      const permit = permitOf(to.step);
      if (!permit || from.step.actionKind !== PROPOSAL || permit.roles.includes(from.step.actor)) continue;
      context.report(referral.origin, `"${from.step.actor}" may not propose the ${permit.name} permit: only ${permit.roles.join(', ')} may`, { field: 'to' });
    }
  },
};

import { text } from '../../diagnostics.js';
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
  // The proposal may be behind a referral that leads nowhere, or done by a mistyped role or action kind.
  follows: [{ rule: 'refs/unknown-step', scope: 'procedure' }, { rule: 'refs/unknown-role', scope: 'procedure' }, { rule: 'refs/unknown-action', scope: 'procedure' }],
  procedure(context, procedure) {
    if (!inModel(context, procedure)) return;
    for (const step of procedure.steps) {
      const permit = permitOf(step);
      if (!permit) continue;
      if (step.actor !== ISSUER) {
        context.report(step.origin, text('domain.permitIssuer', { permit: permit.name, issuer: ISSUER, actor: step.actor }), { field: 'actor' });
      }
      const proposed = (context.graph.incoming.get(stepKey(procedure.folder, procedure.id, step.id)) ?? []).some(
        (edge) => edge.from.step.actionKind === PROPOSAL && permit.roles.includes(edge.from.step.actor),
      );
      if (!proposed) {
        context.report(step.origin, text('domain.permitProposal', { permit: permit.name, step: step.id, proposal: PROPOSAL, roles: permit.roles }), { field: 'id' });
      }
    }
    // A proposal is reported where it is written, on the proposing procedure.
    for (const { from, referral, to } of outgoingOf(context.graph, procedure)) {
      const permit = permitOf(to.step);
      if (!permit || from.step.actionKind !== PROPOSAL || permit.roles.includes(from.step.actor)) continue;
      context.report(referral.origin, text('domain.permitProposer', { actor: from.step.actor, permit: permit.name, roles: permit.roles }), { field: 'to' });
    }
  },
};

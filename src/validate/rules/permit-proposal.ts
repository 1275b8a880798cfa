import { text } from '../../diagnostics.js';
import { outgoingOf, stepKey } from '../../model/graph.js';
import type { Step } from '../../model/types.js';
import { inModel, type Rule } from '../context.js';

/**
 * Who may propose each protection permit (art. 18 c.1 TU; art. 18-bis c.1 TU as introduced by
 * DL 93/2013; art. 18-ter c.1 TU as introduced by DL 145/2024). `cited` finds the article in a text.
 */
const PROPOSERS: Array<{ legalRef: string; name: string; roles: string[]; cited: RegExp }> = [
  { legalRef: 'dlgs-286-1998-art-18-ter', name: 'art. 18-ter', roles: ['procura'], cited: /\bart(?:icolo|\.)?\s*18[\s-]*ter\b/i },
  { legalRef: 'dlgs-286-1998-art-18-bis', name: 'art. 18-bis', roles: ['procura'], cited: /\bart(?:icolo|\.)?\s*18[\s-]*bis\b/i },
  { legalRef: 'dlgs-286-1998-art-18', name: 'art. 18', roles: ['procura', 'servizi-sociali', 'ente-antitratta'], cited: /\bart(?:icolo|\.)?\s*18\b(?![\s-]*(?:bis|ter)\b)/i },
];
const ISSUER = 'questura-ufficio-immigrazione';
const PROPOSAL = 'propose-residence-permit';

/** The protection permit a step issues, if it issues one. */
const permitOf = (step: Step) => (step.actionKind === 'issue-residence-permit' ? PROPOSERS.find((p) => step.legalBasis.includes(p.legalRef)) : undefined);

/** "Rilascia/rilasciano il permesso", "issues the permit": an issuing verb, not a proposal's noun ("propone il rilascio"). */
const ISSUES = /\b(?:rilascia(?:no)?|rilascerà|rilasceranno|issues?)(?!\p{L})[^;\n]{0,80}?\bperm(?:ess[oi]|its?)\b/giu;
/** A clause whose subject is the Questore describes the Questura's act, not the step actor's. */
const QUESTURA_SUBJECT = /\b(?:questor[ei]|questura|police headquarters)\b[^.;,]{0,30}$/i;

/** The protection permit a step says it issues, in its text, whatever its action kind. */
function permitIssuedInText(step: Step) {
  if (step.actionKind === 'issue-residence-permit') return undefined;
  const claims = [...step.action.matchAll(ISSUES)].some((match) => !QUESTURA_SUBJECT.test(step.action.slice(0, match.index)));
  if (!claims) return undefined;
  return PROPOSERS.find((p) => step.legalBasis.includes(p.legalRef)) ?? PROPOSERS.find((p) => p.cited.test(step.action));
}

export const permitProposal: Rule = {
  id: 'domain/permit-proposal',
  severity: 'error',
  description: 'An art. 18, 18-bis or 18-ter permit is issued only by the Questura, on a referral from a proposal of a competent body (art. 18 c.1, 18-bis c.1 and 18-ter c.1 D.Lgs. 286/1998; DPR 394/1999 art. 27); a step whose text says it issues one counts too.',
  reads: 'graph',
  // The proposal may be behind a referral that leads nowhere, or done by a mistyped role or action kind.
  follows: [{ rule: 'refs/unknown-step', scope: 'procedure' }, { rule: 'refs/unknown-role', scope: 'procedure' }, { rule: 'refs/unknown-action', scope: 'procedure' }],
  procedure(context, procedure) {
    for (const step of procedure.steps) {
      const stated = permitIssuedInText(step);
      if (stated && step.actor !== ISSUER) {
        context.report(step.origin, text('domain.permitStated', { step: step.id, permit: stated.name, issuer: ISSUER, actor: step.actor }), { field: 'action' });
      }
    }
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

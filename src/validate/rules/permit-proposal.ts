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
  procedure(context, procedure) {
    for (const step of procedure.steps) {
      const stated = permitIssuedInText(step);
      if (stated && step.actor !== ISSUER) {
        context.report(step.origin, `Step "${step.id}" says it issues the ${stated.name} permit, which only the Questore ("${ISSUER}") issues, not "${step.actor}". Hint: make the Questura the step's actor with "action_kind: issue-residence-permit", or say that this step proposes or asks for the permit`, { field: 'action' });
      }
    }
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

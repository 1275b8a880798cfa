import { stepKey } from '../../model/graph.js';
import type { Rule } from '../context.js';

/** Who may propose each protection permit (art. 18 c.1 TU; art. 18-ter c.1 TU as introduced by DL 145/2024). */
const PROPOSERS: Array<{ legalRef: string; name: string; roles: string[] }> = [
  { legalRef: 'dlgs-286-1998-art-18-ter', name: 'art. 18-ter', roles: ['procura'] },
  { legalRef: 'dlgs-286-1998-art-18', name: 'art. 18', roles: ['procura', 'servizi-sociali', 'ente-antitratta'] },
];
const ISSUER = 'questura-ufficio-immigrazione';

export const permitProposal: Rule = {
  id: 'domain/permit-proposal',
  severity: 'error',
  description: 'An art. 18 or art. 18-ter permit is issued only by the Questura, on a referral from a proposal of a competent body.',
  check(context) {
    for (const region of context.corpus.regions.values()) {
      for (const procedure of region.procedures.values()) {
        for (const step of procedure.steps) {
          if (step.actionKind !== 'issue-residence-permit') continue;
          const permit = PROPOSERS.find((p) => step.legalBasis.includes(p.legalRef));
          if (!permit) continue;
          if (step.actor !== ISSUER) {
            context.report(step.origin, `The ${permit.name} permit is issued only by the Questore ("${ISSUER}"), not by "${step.actor}"`, { field: 'actor' });
          }
          const proposals = (context.graph.incoming.get(stepKey(region.folder, procedure.id, step.id)) ?? []).filter(
            (edge) => edge.from.step.actionKind === 'propose-residence-permit',
          );
          for (const { from, referral } of proposals) {
            if (permit.roles.includes(from.step.actor)) continue;
            context.report(referral.origin, `"${from.step.actor}" may not propose the ${permit.name} permit: only ${permit.roles.join(', ')} may`, { field: 'to' });
          }
          if (!proposals.some((edge) => permit.roles.includes(edge.from.step.actor))) {
            context.report(step.origin, `The ${permit.name} permit in step "${step.id}" must follow a proposal: no referral into it comes from a "propose-residence-permit" step of ${permit.roles.join(', ')}`, { field: 'id' });
          }
        }
      }
    }
  },
};

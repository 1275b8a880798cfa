import type { Rule } from '../context.js';

export const consentNeeded: Rule = {
  id: 'domain/consent-needed',
  severity: 'error',
  description: "A referral into a step that acts on the person (formal identification, reception, permit proposal, return…) states the person's consent.",
  check(context) {
    const { actions } = context.corpus.catalogue;
    for (const edges of context.graph.outgoing.values()) {
      for (const { referral, to } of edges) {
        const action = actions.get(to.step.actionKind);
        if (!action?.needsConsent || referral.consent !== 'not-required') continue;
        context.report(referral.origin, `Referral to "${referral.to.raw}" (${action.id}) acts on the person and needs consent: use "written" or "informed", or "exception" with a "consent_note"`, { field: 'consent' });
      }
    }
  },
};

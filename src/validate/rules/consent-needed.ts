import { text } from '../../diagnostics.js';
import { outgoingOf } from '../../model/graph.js';
import { inModel, type Rule } from '../context.js';

export const consentNeeded: Rule = {
  id: 'domain/consent-needed',
  severity: 'error',
  description: "A referral into a step that acts on the person (formal identification, reception, permit proposal, return…) states the person's consent.",
  reads: 'graph',
  procedure(context, procedure) {
    if (!inModel(context, procedure)) return;
    const { actions } = context.corpus.catalogue;
    for (const { referral, to } of outgoingOf(context.graph, procedure)) {
      const action = actions.get(to.step.actionKind);
      if (!action?.needsConsent || referral.consent !== 'not-required') continue;
      context.report(referral.origin, text('domain.consentNeeded', { to: referral.to.raw, action: action.id }), { field: 'consent' });
    }
  },
};

import { text } from '../../diagnostics.js';
import { outgoingOf, refKey, stepKey, type Edge } from '../../model/graph.js';
import { nearest, nodeKey, writtenFrom } from '../../model/walk.js';
import { inModel, type Rule } from '../context.js';

const CT = 'commissione-territoriale';
const ENTE = 'ente-antitratta';

export const ctReferral: Rule = {
  id: 'domain/ct-referral',
  severity: 'error',
  description: "A Commissione territoriale refers to an anti-trafficking provider only with written consent, directly or through other bodies' steps, and the provider's report comes back to the Commissione (CNDA-UNHCR guidelines).",
  reads: 'graph',
  // The report back may be behind a referral that leads nowhere, or written for a mistyped role.
  follows: [{ rule: 'refs/unknown-step', scope: 'procedure' }, { rule: 'refs/unknown-role', scope: 'procedure' }],
  procedure(context, procedure) {
    if (!inModel(context, procedure)) return;
    for (const edge of outgoingOf(context.graph, procedure)) {
      if (edge.from.step.actor === CT && edge.to.step.actor !== CT && edge.to.step.actor !== ENTE && edge.referral.consent !== 'written') {
        // Through other bodies' steps, the written consent must still be given before the provider.
        const next = (node: Edge['to']) => (context.graph.outgoing.get(nodeKey(node)) ?? []).filter((out) => out.referral.consent !== 'written' && out.to.step.actor !== CT).map((out) => out.to);
        const provider = nearest([edge.to], next, (node) => node.step.actor === ENTE);
        if (provider) context.report(edge.referral.origin, text('domain.ctConsentPath', { to: edge.referral.to.raw, provider: writtenFrom(provider, procedure.folder, procedure.id) }), { field: 'consent' });
      }
      if (edge.from.step.actor !== CT || edge.to.step.actor !== ENTE) continue;
      if (edge.referral.consent !== 'written') {
        context.report(edge.referral.origin, text('domain.ctConsent', { consent: edge.referral.consent }), { field: 'consent' });
      }
      if (!returnsToCommission(edge, context.graph.outgoing)) {
        context.report(edge.referral.origin, text('domain.ctReturn', { to: edge.referral.to.raw, commission: CT }), { field: 'to' });
      }
    }
  },
};

/** Follows the pathway from the provider's step looking for a provider → Commissione referral. */
function returnsToCommission(start: Edge, outgoing: ReadonlyMap<string, Edge[]>): boolean {
  const seen = new Set<string>();
  const queue = [refKey(start.referral.to)];
  while (queue.length > 0) {
    const key = queue.pop()!;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const edge of outgoing.get(key) ?? []) {
      if (edge.from.step.actor === ENTE && edge.to.step.actor === CT) return true;
      // Only the provider's part of the pathway counts: the report must come from the provider.
      if (edge.to.step.actor !== CT) queue.push(stepKey(edge.to.region.folder, edge.to.procedure.id, edge.to.step.id));
    }
  }
  return false;
}

import { text } from '../../diagnostics.js';
import { refKey, stepKey } from '../../model/graph.js';
import { inModel, type Rule } from '../context.js';

/** The roles that can take a presumed victim into protection (the NRM's first responders' goal). */
const PROTECTION = new Set(['ente-antitratta', 'numero-verde']);

export const noProtectionRoute: Rule = {
  id: 'graph/no-protection-route',
  severity: 'warning',
  description: 'From every entry step, the referrals lead to an anti-trafficking provider or the Numero Verde (OSCE/ODIHR NRM principle).',
  reads: 'graph',
  // A referral that leads nowhere, or a mistyped role, may be the route to protection.
  follows: [{ rule: 'refs/unknown-step', scope: 'procedure' }, { rule: 'refs/unknown-role', scope: 'procedure' }],
  procedure(context, procedure) {
    if (!inModel(context, procedure)) return;
    const { nodes, outgoing } = context.graph;
    for (const entry of procedure.entry) {
      const start = stepKey(procedure.folder, procedure.id, entry);
      if (!nodes.has(start)) continue;
      const seen = new Set<string>();
      const queue = [start];
      let protectedRoute = false;
      while (queue.length > 0 && !protectedRoute) {
        const key = queue.pop()!;
        if (seen.has(key)) continue;
        seen.add(key);
        protectedRoute = PROTECTION.has(nodes.get(key)!.step.actor);
        for (const edge of outgoing.get(key) ?? []) queue.push(refKey(edge.referral.to));
      }
      if (!protectedRoute) {
        context.report(procedure.origin, text('graph.noProtectionRoute', { entry }), { field: procedure.origin.source.doc.has('entry') ? ['entry', procedure.entry.indexOf(entry)] : ['steps', 0, 'id'] });
      }
    }
  },
};

import { stepKey } from '../../model/graph.js';
import { text } from '../../diagnostics.js';
import { inModel, type Rule } from '../context.js';

export const unreachableStep: Rule = {
  id: 'graph/unreachable-step',
  severity: 'error',
  description: "Every step is reachable from the procedure's entry steps, or from a referral of another procedure.",
  reads: 'graph',
  // The step a mistyped referral or entry was meant to reach is unreachable because of it.
  follows: [{ rule: 'refs/unknown-step', scope: 'procedure' }],
  procedure(context, procedure) {
    // A duplicate's steps are not in the graph.
    if (!inModel(context, procedure)) return;
    const { graph } = context;
    const key = (step: string) => stepKey(procedure.folder, procedure.id, step);
    // Arriving from another procedure is an entry too: that is how pathways chain.
    const entered = procedure.steps
      .filter((step) => (graph.incoming.get(key(step.id)) ?? []).some((edge) => edge.from.procedure !== procedure))
      .map((step) => step.id);
    const seen = new Set<string>();
    const queue = [...procedure.entry, ...entered].filter((id) => procedure.steps.some((step) => step.id === id));
    while (queue.length > 0) {
      const id = queue.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const edge of graph.outgoing.get(key(id)) ?? []) {
        if (edge.to.procedure === procedure) queue.push(edge.to.step.id);
      }
    }
    for (const step of procedure.steps) {
      if (!seen.has(step.id)) {
        context.report(step.origin, text('graph.unreachable', { step: step.id, entries: procedure.entry }), { field: 'id' });
      }
    }
  },
};

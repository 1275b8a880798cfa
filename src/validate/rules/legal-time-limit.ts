import { text } from '../../diagnostics.js';
import { durationHours } from '../../model/duration.js';
import type { Rule } from '../context.js';

export const legalTimeLimit: Rule = {
  id: 'domain/legal-time-limit',
  severity: 'error',
  description: "A step's time limit does not exceed the legal maximum of its action kind (e.g. MSNA identification 10 days, first reception 30 days).",
  procedure(context, procedure) {
    const { actions } = context.corpus.catalogue;
    for (const step of procedure.steps) {
      const max = actions.get(step.actionKind)?.maxDuration;
      if (!step.timeLimit || !max || durationHours(step.timeLimit) <= durationHours(max)) continue;
      context.report(step.origin, text('domain.timeLimit', { limit: step.timeLimit, step: step.id, max, action: step.actionKind }), { field: 'time_limit' });
    }
  },
};

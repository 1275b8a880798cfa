import { text } from '../../diagnostics.js';
import type { Rule } from '../context.js';

export const deadEnd: Rule = {
  id: 'graph/dead-end',
  severity: 'error',
  description: 'A step without referrals is declared `terminal: true`, so a pathway never silently stops.',
  procedure(context, procedure) {
    for (const step of procedure.steps) {
      if (step.referrals.length === 0 && !step.terminal) {
        context.report(step.origin, text('graph.deadEnd', { step: step.id }), { field: 'id' });
      }
    }
  },
};

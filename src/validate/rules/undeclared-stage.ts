import { text } from '../../diagnostics.js';
import type { Rule } from '../context.js';

export const undeclaredStage: Rule = {
  id: 'refs/undeclared-stage',
  severity: 'error',
  description: "Every step's stage is one of the procedure's `stages`.",
  procedure(context, procedure) {
    for (const step of procedure.steps) {
      if (!procedure.stages.includes(step.stage) && context.corpus.catalogue.stages.has(step.stage)) {
        context.report(step.origin, text('refs.undeclaredStage', { stage: step.stage, step: step.id, stages: procedure.stages }), { field: 'stage' });
      }
    }
  },
};

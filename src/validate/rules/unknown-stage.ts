import type { Rule } from '../context.js';
import { expectKnown } from '../known.js';

export const unknownStage: Rule = {
  id: 'refs/unknown-stage',
  severity: 'error',
  description: 'Stages and pathways named by procedures and steps exist in the national catalogue.',
  procedure(context, procedure) {
    const { stages, pathways } = context.corpus.catalogue;
    procedure.stages.forEach((stage, i) => expectKnown(context, 'stage', stage, stages, procedure.origin, ['stages', i]));
    procedure.pathways.forEach((pathway, i) => expectKnown(context, 'pathway', pathway, pathways, procedure.origin, ['pathways', i]));
    for (const step of procedure.steps) expectKnown(context, 'stage', step.stage, stages, step.origin, 'stage');
  },
};

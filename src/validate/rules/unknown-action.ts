import type { Rule } from '../context.js';
import { expectKnown } from '../known.js';

export const unknownAction: Rule = {
  id: 'refs/unknown-action',
  severity: 'error',
  description: 'Action kinds named by mandates and steps exist in the national catalogue.',
  procedure(context, procedure) {
    for (const step of procedure.steps) expectKnown(context, 'action', step.actionKind, context.corpus.catalogue.actions, step.origin, 'action_kind');
  },
  corpus(context) {
    for (const role of context.definitions.roles) {
      role.mandate.actions.forEach((action, i) => expectKnown(context, 'action', action, context.corpus.catalogue.actions, role.origin, ['mandate', 'actions', i]));
    }
  },
};

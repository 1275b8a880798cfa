import type { Rule } from '../context.js';
import { expectKnown } from '../known.js';

const HINT = 'action kinds are defined in _national/actions.yaml';

export const unknownAction: Rule = {
  id: 'refs/unknown-action',
  severity: 'error',
  description: 'Action kinds named by mandates and steps exist in the national catalogue.',
  procedure(context, procedure) {
    for (const step of procedure.steps) expectKnown(context, 'action kind', step.actionKind, context.corpus.catalogue.actions, step.origin, 'action_kind', HINT);
  },
  corpus(context) {
    for (const role of context.definitions.roles) {
      role.mandate.actions.forEach((action, i) => expectKnown(context, 'action kind', action, context.corpus.catalogue.actions, role.origin, ['mandate', 'actions', i], HINT));
    }
  },
};

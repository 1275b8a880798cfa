import type { Rule } from '../context.js';
import { expectKnown } from '../known.js';

export const unknownAction: Rule = {
  id: 'refs/unknown-action',
  severity: 'error',
  description: 'Action kinds named by mandates and steps exist in the national catalogue.',
  check(context) {
    const actions = context.corpus.catalogue.actions;
    const hint = 'action kinds are defined in _national/actions.yaml';
    for (const role of context.definitions.roles) {
      role.mandate.actions.forEach((action, i) => expectKnown(context, 'action kind', action, actions, role.origin, ['mandate', 'actions', i], hint));
    }
    for (const procedure of context.procedures) {
      for (const step of procedure.steps) expectKnown(context, 'action kind', step.actionKind, actions, step.origin, 'action_kind', hint);
    }
  },
};

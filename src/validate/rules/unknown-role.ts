import type { Rule } from '../context.js';
import { expectKnown } from '../known.js';

const HINT = 'roles are defined in _national/roles.yaml';

export const unknownRole: Rule = {
  id: 'refs/unknown-role',
  severity: 'error',
  description: 'Roles named by actors, procedures, steps and `role:` links exist in the national catalogue.',
  procedure(context, procedure) {
    const roles = context.corpus.catalogue.roles;
    procedure.roles.forEach((role, i) => expectKnown(context, 'role', role, roles, procedure.origin, ['roles', i], HINT));
    for (const step of procedure.steps) expectKnown(context, 'role', step.actor, roles, step.origin, 'actor', HINT);
    for (const link of procedure.links) {
      if (link.kind === 'role' && !roles.has(link.target)) {
        context.reportAt(link.file, link, `Unknown role "${link.target}" in link`);
      }
    }
  },
  corpus(context) {
    for (const actors of context.actorLists.values()) {
      for (const actor of actors) expectKnown(context, 'role', actor.role, context.corpus.catalogue.roles, actor.origin, 'role', HINT);
    }
  },
};

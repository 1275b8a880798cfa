import type { Rule } from '../context.js';
import { expectKnown } from '../known.js';

export const unknownRole: Rule = {
  id: 'refs/unknown-role',
  severity: 'error',
  description: 'Roles named by actors, procedures, steps and `role:` links exist in the national catalogue.',
  check(context) {
    const roles = context.corpus.catalogue.roles;
    const hint = 'roles are defined in _national/roles.yaml';
    for (const actors of context.actorLists.values()) {
      for (const actor of actors) expectKnown(context, 'role', actor.role, roles, actor.origin, 'role', hint);
    }
    for (const procedure of context.procedures) {
      procedure.roles.forEach((role, i) => expectKnown(context, 'role', role, roles, procedure.origin, ['roles', i], hint));
      for (const step of procedure.steps) expectKnown(context, 'role', step.actor, roles, step.origin, 'actor', hint);
      for (const link of procedure.links) {
        if (link.kind === 'role' && !roles.has(link.target)) {
          context.reportAt(link.file, link, `Unknown role "${link.target}" in link`);
        }
      }
    }
  },
};

import type { Rule } from '../context.js';
import { expectKnown, unknownInLink } from '../known.js';

export const unknownRole: Rule = {
  id: 'refs/unknown-role',
  severity: 'error',
  description: 'Roles named by actors, procedures, steps and `role:` links exist in the national catalogue.',
  procedure(context, procedure) {
    const roles = context.corpus.catalogue.roles;
    procedure.roles.forEach((role, i) => expectKnown(context, 'role', role, roles, procedure.origin, ['roles', i]));
    for (const step of procedure.steps) expectKnown(context, 'role', step.actor, roles, step.origin, 'actor');
    for (const link of procedure.links) {
      if (link.kind === 'role' && !roles.has(link.target)) {
        context.reportAt(link.file, link, unknownInLink('role', link.target, roles.keys()));
      }
    }
  },
  corpus(context) {
    for (const actors of context.actorLists.values()) {
      for (const actor of actors) expectKnown(context, 'role', actor.role, context.corpus.catalogue.roles, actor.origin, 'role');
    }
  },
};

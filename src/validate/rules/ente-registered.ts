import { text } from '../../diagnostics.js';
import type { Rule } from '../context.js';

export const enteRegistered: Rule = {
  id: 'domain/ente-registered',
  severity: 'error',
  description: 'An actor in the role of anti-trafficking provider is listed in the register of DPR 394/1999 art. 52 (`registered: true`).',
  corpus(context) {
    for (const actors of context.actorLists.values()) {
      for (const actor of actors) {
        if (actor.role !== 'ente-antitratta' || actor.registered) continue;
        context.report(actor.origin, text('domain.enteRegistered', { actor: actor.id }), { field: 'id' });
      }
    }
  },
};

import { text } from '../../diagnostics.js';
import type { Rule } from '../context.js';

const HELPLINE = '800 290 290';

export const helplineNumber: Rule = {
  id: 'domain/helpline-number',
  severity: 'error',
  description: 'The national anti-trafficking helpline is always 800 290 290.',
  corpus(context) {
    for (const region of context.corpus.regions.values()) {
      for (const contact of region.contacts) {
        const role = contact.actor ? region.actors.get(contact.actor)?.role : undefined;
        const isHelpline = role === 'numero-verde' || /numero verde antitratta/i.test(contact.label);
        if (!isHelpline || !contact.phone || contact.phone.replace(/\D/g, '') === HELPLINE.replace(/\D/g, '')) continue;
        context.report(contact.origin, text('domain.helpline', { number: HELPLINE, phone: contact.phone }), { field: 'phone' });
      }
    }
  },
};

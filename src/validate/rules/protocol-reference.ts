import { text } from '../../diagnostics.js';
import type { Rule } from '../context.js';
import { expectKnown } from '../known.js';

export const protocolReference: Rule = {
  id: 'refs/protocol-reference',
  severity: 'error',
  description: "A protocol's id is unique in its Region, its signatories are actors of the Region or named bodies, and the procedures it adopts are procedures of the Region.",
  corpus(context) {
    for (const region of context.corpus.regions.values()) {
      const seen = new Set<string>();
      for (const protocol of region.protocols) {
        if (seen.has(protocol.id)) context.report(protocol.origin, text('domain.protocolDuplicate', { protocol: protocol.id, region: region.id }), { field: 'id' });
        seen.add(protocol.id);
        for (const signatory of protocol.signatories) {
          if (signatory.actor) expectKnown(context, 'actor', signatory.actor, region.actors, signatory.origin, 'actor');
          else if (!signatory.name) context.report(signatory.origin, text('domain.signatoryMissing', { protocol: protocol.id }), { field: 'kind' });
        }
        protocol.adopts.forEach((id, i) => {
          if (!context.corpus.unloaded.has(`${region.folder}/${id}`)) expectKnown(context, 'procedure', id, region.procedures, protocol.origin, ['adopts', i]);
        });
      }
    }
  },
};

import type { Rule } from '../context.js';
import { expectKnown } from '../known.js';

const ACTOR_HINT = 'an operational signatory is an actor declared under "actors:" in region.yaml; a body that acts in no step is written with "name:" instead';
const PROCEDURE_HINT = "a protocol adopts procedures of its own Region, by their id";

export const protocolReference: Rule = {
  id: 'refs/protocol-reference',
  severity: 'error',
  description: "A protocol's id is unique in its Region, its signatories are actors of the Region or named bodies, and the procedures it adopts are procedures of the Region.",
  corpus(context) {
    for (const region of context.corpus.regions.values()) {
      const seen = new Set<string>();
      for (const protocol of region.protocols) {
        if (seen.has(protocol.id)) context.report(protocol.origin, `Duplicate protocol id "${protocol.id}" in Region "${region.id}"`, { field: 'id' });
        seen.add(protocol.id);
        for (const signatory of protocol.signatories) {
          if (signatory.actor) expectKnown(context, 'actor', signatory.actor, region.actors, signatory.origin, 'actor', ACTOR_HINT);
          else if (!signatory.name) context.report(signatory.origin, `A signatory of protocol "${protocol.id}" has neither "actor" nor "name". Hint: ${ACTOR_HINT}`, { field: 'kind' });
        }
        protocol.adopts.forEach((id, i) => {
          if (!context.corpus.unloaded.has(`${region.folder}/${id}`)) expectKnown(context, 'procedure', id, region.procedures, protocol.origin, ['adopts', i], PROCEDURE_HINT);
        });
      }
    }
  },
};

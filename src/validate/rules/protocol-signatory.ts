import type { SignatoryKind } from '../../model/types.js';
import { text } from '../../diagnostics.js';
import type { Rule } from '../context.js';

/**
 * The national roles a signatory of each kind may fill when it is one of the Region's actors.
 * Kinds with no role (associations of municipalities, research institutes, trade unions,
 * employers' associations) sign protocols but act in no step: they are named, never given a role.
 */
const ROLES: Record<SignatoryKind, readonly string[] | 'any'> = {
  prefettura: ['prefettura', 'cpr'],
  'commissione-territoriale': ['commissione-territoriale'],
  procura: ['procura'],
  'procura-minorenni': ['procura-minorenni'],
  'tribunale-minorenni': ['tribunale-minorenni'],
  questura: ['questura-ufficio-immigrazione', 'squadra-mobile'],
  carabinieri: ['forze-ordine'],
  'guardia-di-finanza': ['forze-ordine'],
  'polizia-locale': ['forze-ordine'],
  'ispettorato-lavoro': ['ispettorato-lavoro'],
  regione: ['regione'],
  comune: ['servizi-sociali'],
  'azienda-sanitaria': ['servizi-sanitari'],
  'ente-antitratta': ['ente-antitratta'],
  'ente-terzo-settore': ['ente-antitratta', 'centro-accoglienza', 'ente-rimpatrio-volontario', 'mediatore-culturale'],
  anci: [],
  'istituto-ricerca': [],
  universita: [],
  sindacato: [],
  'associazione-datori': [],
  altro: 'any',
};

export const protocolSignatory: Rule = {
  id: 'domain/protocol-signatory',
  severity: 'error',
  description: "A signatory's kind matches the national role of the actor that signs (a Questura fills the Questura's role); bodies that act in no step (ANCI, research institutes, trade unions, employers' associations) are named, not given a role or a mandate (protocol practice, e.g. Torino 2022).",
  corpus(context) {
    for (const region of context.corpus.regions.values()) {
      for (const protocol of region.protocols) {
        for (const signatory of protocol.signatories) {
          const actor = signatory.actor ? region.actors.get(signatory.actor) : undefined;
          const roles = ROLES[signatory.kind];
          if (!actor || roles === 'any' || roles.includes(actor.role)) continue;
          const message = roles.length === 0
            ? text('domain.signatoryNoRole', { kind: signatory.kind, actor: actor.id, role: actor.role })
            : text('domain.signatoryWrongRole', { actor: actor.id, protocol: protocol.id, kind: signatory.kind, role: actor.role, roles: [...roles] });
          context.report(signatory.origin, message, { field: 'kind' });
        }
      }
    }
  },
};

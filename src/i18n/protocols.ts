// The words of a Region's protocols and their signatories, in Italian and English.
import type { Lang, SignatoryKind } from '../model/types.js';

export interface ProtocolMessages {
  heading: string;
  signed: string;
  place: string;
  duration: string;
  illustrative: string;
  source: string;
  operational: string;
  named: string;
  adopts: string;
  kind: Record<SignatoryKind, string>;
}

export const protocolMessages: Record<Lang, ProtocolMessages> = {
  it: {
    heading: 'Protocolli',
    signed: 'Firmato il',
    place: 'Luogo',
    duration: 'Durata',
    illustrative: 'Ricostruzione illustrativa: non è il testo ufficiale del protocollo.',
    source: 'Notizia della firma',
    operational: 'Firmatari che agiscono nelle procedure',
    named: 'Altri firmatari',
    adopts: 'Procedure adottate',
    kind: {
      prefettura: 'Prefettura',
      'commissione-territoriale': 'Commissione territoriale',
      procura: 'Procura della Repubblica',
      'procura-minorenni': 'Procura per i minorenni',
      'tribunale-minorenni': 'Tribunale per i minorenni',
      questura: 'Questura',
      carabinieri: 'Carabinieri',
      'guardia-di-finanza': 'Guardia di Finanza',
      'polizia-locale': 'Polizia locale',
      'ispettorato-lavoro': 'Ispettorato del lavoro',
      regione: 'Regione',
      comune: 'Comune',
      'azienda-sanitaria': 'Azienda sanitaria',
      'ente-antitratta': 'Ente antitratta',
      'ente-terzo-settore': 'Ente del terzo settore',
      anci: 'Associazione dei Comuni',
      'istituto-ricerca': 'Istituto di ricerca',
      universita: 'Università',
      sindacato: 'Sindacato',
      'associazione-datori': 'Associazione di datori di lavoro',
      altro: 'Altro ente',
    },
  },
  en: {
    heading: 'Protocols',
    signed: 'Signed on',
    place: 'Place',
    duration: 'Duration',
    illustrative: 'Illustrative reconstruction: not the official text of the protocol.',
    source: 'Announcement of the signing',
    operational: 'Signatories that act in the procedures',
    named: 'Other signatories',
    adopts: 'Procedures adopted',
    kind: {
      prefettura: 'Prefecture',
      'commissione-territoriale': 'Territorial Commission',
      procura: "Public Prosecutor's Office",
      'procura-minorenni': "Juvenile Prosecutor's Office",
      'tribunale-minorenni': 'Juvenile Court',
      questura: 'Police headquarters',
      carabinieri: 'Carabinieri',
      'guardia-di-finanza': 'Finance Police',
      'polizia-locale': 'Local police',
      'ispettorato-lavoro': 'Labour Inspectorate',
      regione: 'Region',
      comune: 'Municipality',
      'azienda-sanitaria': 'Health authority',
      'ente-antitratta': 'Anti-trafficking provider',
      'ente-terzo-settore': 'Non-profit organisation',
      anci: 'Association of municipalities',
      'istituto-ricerca': 'Research institute',
      universita: 'University',
      sindacato: 'Trade union',
      'associazione-datori': "Employers' association",
      altro: 'Other body',
    },
  },
};

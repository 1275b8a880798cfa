#!/usr/bin/env node
// Deterministic synthetic corpus for the benchmark, in sopbook's authoring format.
//
//   node bench/generate.mjs --regions N --procedures M --seed S --out DIR [--force]
//
// Same arguments → byte-identical files: every choice comes from a seeded PRNG (mulberry32),
// nothing reads the clock, the locale or the file system's order. DIR/_national/ is a copy of the
// shipped catalogue; DIR/regione-001 … regione-N each hold a region.yaml and M procedures of
// 4–8 KB with 6–15 steps that pass `sop check --today 2026-01-01` with no errors and no warnings:
// actors competent for their action kinds, consent where the next step acts on the person, legal
// time limits, minors' safeguards, art. 18 / 18-ter permits issued by the Questura on a proposal,
// Commissione territoriale → ente referrals with written consent and a report back, no dead ends,
// cycles with a way out, a route to an anti-trafficking provider from every entry step.
// Referrals go inside a procedure, to the Region's hub procedure (`procedure#step`) and to other
// Regions' hubs (`region/procedure#step`). Everything generated is marked synthetic: no real body,
// person, phone number (but the national helpline 800 290 290) or e-mail address appears.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs as parseCommandLine } from 'node:util';
import { parse as parseYaml } from 'yaml';

const NATIONAL = fileURLToPath(new URL('../procedures/_national/', import.meta.url));
const CATALOGUE_FILES = ['actions.yaml', 'facts.yaml', 'legal-references.yaml', 'roles.yaml', 'stages.yaml'];
/** The day the generated review dates are safe against (pass it to `sop check --today`). */
export const TODAY = '2026-01-01';
const MIN_BYTES = 4096;
const MAX_BYTES = 8192;
const MIN_STEPS = 6;
const MAX_STEPS = 15;

// ---------------------------------------------------------------------------------------------
// PRNG

/** mulberry32: a tiny 32-bit PRNG, good enough to vary synthetic text (and test mutations). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over a string: turns any seed and a sub-stream name into a 32-bit PRNG seed. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

class Random {
  constructor(...parts) {
    this.next = mulberry32(hash(parts.join('\u0000')));
  }
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p) {
    return this.next() < p;
  }
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }
  /** k distinct items, in the list's order. */
  sample(list, k) {
    const chosen = new Set();
    while (chosen.size < Math.min(k, list.length)) chosen.add(Math.floor(this.next() * list.length));
    return [...chosen].sort((a, b) => a - b).map((i) => list[i]);
  }
  shuffle(list) {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }
}

const pad = (n, width) => String(n).padStart(width, '0');

// ---------------------------------------------------------------------------------------------
// Regions

/** Every national role, the short id of the local actor filling it and its synthetic name. */
const ACTORS = [
  ['regione', 'regione', 'Regione sintetica {n} – Direzione politiche sociali'],
  ['prefettura', 'prefettura', 'Prefettura sintetica {n}'],
  ['questura-ufficio-immigrazione', 'questura', 'Questura sintetica {n} – Ufficio Immigrazione'],
  ['squadra-mobile', 'squadra-mobile', 'Questura sintetica {n} – Squadra Mobile'],
  ['forze-ordine', 'forze-ordine', "Forze dell'ordine del territorio sintetico {n}"],
  ['procura', 'procura', 'Procura della Repubblica sintetica {n}'],
  ['procura-minorenni', 'procura-minorenni', 'Procura per i minorenni sintetica {n}'],
  ['tribunale-minorenni', 'tribunale-minorenni', 'Tribunale per i minorenni sintetico {n}'],
  ['commissione-territoriale', 'ct', 'Commissione territoriale sintetica {n}'],
  ['sezione-specializzata', 'sezione-specializzata', 'Sezione specializzata immigrazione sintetica {n}'],
  ['ispettorato-lavoro', 'itl', 'Ispettorato territoriale del lavoro sintetico {n}'],
  ['servizi-sociali', 'servizi-sociali', 'Servizi sociali dei Comuni sintetici {n}'],
  ['ente-antitratta', 'ente-antitratta', 'Enti antitratta del progetto sintetico {n}'],
  ['numero-verde', 'numero-verde', 'Numero Verde Antitratta'],
  ['tutore-volontario', 'tutori', 'Tutori volontari del Tribunale per i minorenni sintetico {n}'],
  ['servizi-sanitari', 'servizi-sanitari', 'Azienda sanitaria sintetica {n}'],
  ['mediatore-culturale', 'mediatori', 'Mediatori linguistico-culturali della rete sintetica {n}'],
  ['centro-accoglienza', 'accoglienza', 'Centri di accoglienza (CAS, SAI, prima accoglienza minori) sintetici {n}'],
  ['ente-rimpatrio-volontario', 'ente-rimpatrio', 'Enti di rimpatrio volontario assistito sintetici {n}'],
];
const ACTOR_ID = Object.fromEntries(ACTORS.map(([role, id]) => [role, id]));

const PROJECT_WORDS = ['Rete', 'Ponte', 'Filo', 'Approdo', 'Orizzonte', 'Sentiero', 'Faro', 'Nodo', 'Varco', 'Radici'];
const PROJECT_ADJ = ['Sicuro', 'Comune', 'Aperto', 'Solidale', 'Forte', 'Libero', 'Vicino', 'Chiaro'];

function regionYaml(r) {
  const n = pad(r.index, 3);
  const rnd = new Random(r.seed, 'region', r.id);
  const project = `${rnd.pick(PROJECT_WORDS)} ${rnd.pick(PROJECT_ADJ)} ${n} (sintetico)`;
  const working = ['regione', 'prefettura', 'questura', 'procura', 'procura-minorenni', 'ct', 'servizi-sociali', 'ente-antitratta']
    .filter((id, i) => i < 3 || rnd.chance(0.8));
  const lines = [
    '# yaml-language-server: $schema=../../schemas/region.schema.json',
    '# Synthetic Region generated by bench/generate.mjs for the sopbook benchmark: no real body, person or protocol.',
    `id: ${r.id}`,
    `name: Regione sintetica ${n} (dati sintetici per il benchmark)`,
    'illustrative: true',
    'project:',
    `  name: ${project}`,
    '  lead: regione',
    'network: >-',
    ...wrap(
      `Rete sintetica generata per il benchmark di sopbook: Regione capofila, enti antitratta iscritti al registro, ` +
        `Prefettura, Questura, Procure, Commissione territoriale, servizi sociali e sanitari. Nessun ente reale è descritto ` +
        `e nessun testo ha valore ufficiale.`,
      92,
    ).map((line) => `  ${line}`),
    `working_group: [${working.join(', ')}]`,
    'actors:',
  ];
  for (const [role, id, name] of ACTORS) {
    lines.push(`  - id: ${id}`, `    role: ${role}`, `    name: ${yq(name.replace('{n}', n))}`);
    if (role === 'ente-antitratta') lines.push('    registered: true');
  }
  // A second inspectorate with its own area, as real Regions have.
  lines.push('  - id: itl-area-agricola', '    role: ispettorato-lavoro', `    name: Ispettorato territoriale del lavoro sintetico ${n} – distretti agricoli`, `    area: distretti agricoli della Regione sintetica ${n}`);
  lines.push(
    'contacts:',
    '  - id: numero-verde-antitratta',
    '    actor: numero-verde',
    '    label: Numero Verde Antitratta',
    '    phone: 800 290 290',
    '    hours: 24 ore su 24, gratuito e anonimo',
    '    audience: public',
    '  - id: reperibilita-progetto',
    '    actor: ente-antitratta',
    '    label: Reperibilità operativa del progetto sintetico',
    '    phone: "[numero riservato comunicato ai firmatari]"',
    '    hours: notte e giorni festivi',
    '    audience: restricted',
  );
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Steps

/**
 * A step template. `enter`: conditions of referrals into it. `glue`: the next step must follow
 * it directly (a permit proposal and the permit). `fixed`: no extra referral into or out of it.
 */
function S(id, actor, kind, stage, texts, more = {}) {
  return { id, actor, kind, stage, texts, legal: [], enter: [], ...more };
}

const C = {
  adhere: ['la persona aderisce dopo un colloquio informativo', 'la persona accetta di proseguire il percorso', 'la persona, informata, presta il consenso'],
  done: ['attività conclusa', 'esito trasmesso per iscritto', 'verbale condiviso con la rete', 'passo concluso e annotato nella scheda di referral'],
  indicators: ['emergono indicatori di tratta o di grave sfruttamento', 'la persona riferisce debiti, minacce o documenti trattenuti', 'gli indicatori di tratta sono confermati'],
};

// Hub procedure (index 0 of every Region): other procedures and Regions refer into these steps.
const HUB_TARGETS = ['colloqui-identificazione', 'pronta-accoglienza', 'accoglienza-protetta', 'percorso-inclusione'];

const ARCHETYPES = [
  {
    slug: 'emersione-identificazione',
    titles: ['Emersione, identificazione e accoglienza delle presunte vittime', 'Dal primo contatto all’accoglienza protetta', 'Emersione e Programma unico di assistenza'],
    population: ['adults'],
    pathways: [],
    legal: ['dlgs-286-1998-art-18', 'dpcm-16-05-2016', 'dlgs-24-2014'],
    steps: (rnd) => [
      rnd.chance(0.5)
        ? S('contatto-strada', 'ente-antitratta', 'outreach', 'emersione', ["L'unità di strada dell'ente incontra la persona nei luoghi di sfruttamento, offre informazioni in più lingue e il Numero Verde Antitratta."], { legal: ['dpcm-16-05-2016'] })
        : S('segnalazione-numero-verde', 'numero-verde', 'helpline-support', 'emersione', ['Il Numero Verde Antitratta riceve la chiamata della persona o di un servizio, ascolta in forma anonima e orienta verso il progetto territoriale.'], { legal: ['l-228-2003-art-13'] }),
      S('primo-colloquio', 'ente-antitratta', 'detect-indicators', 'identificazione-preliminare', ["L'operatrice dell'ente svolge un primo colloquio con il mediatore, rileva gli indicatori di tratta e valuta i rischi immediati per la persona."], { enter: C.indicators }),
      S('informativa-diritti', 'mediatore-culturale', 'legal-information', 'identificazione-preliminare', ['Il mediatore spiega nella lingua della persona i diritti delle vittime, il Programma unico e la possibilità di non aderire.'], { optional: 0.6 }),
      S('colloqui-identificazione', 'ente-antitratta', 'formal-identification', 'identificazione-formale', ["L'ente svolge i colloqui di identificazione formale con un'operatrice esperta e un mediatore dello stesso sesso quando la persona lo chiede."], { legal: ['dpcm-16-05-2016'], time: ['P30D', 'P45D', 'P60D'], enter: C.adhere }),
      S('visita-medica', 'servizi-sanitari', 'health-care', 'prima-assistenza', ["Il servizio sanitario garantisce una prima visita e l'accesso alle cure, con attenzione alla salute sessuale e psicologica."], { optional: 0.6 }),
      S('pronta-accoglienza', 'ente-antitratta', 'emergency-accommodation', 'prima-assistenza', ["L'ente accoglie la persona in una struttura di pronta accoglienza a indirizzo riservato, se necessario anche di notte."], { time: ['PT24H', 'PT48H'] }),
      S('ingresso-programma', 'ente-antitratta', 'programme-admission', 'accoglienza-protetta', ["L'ente concorda con la persona il progetto individuale e ne formalizza l'ingresso nel Programma unico di emersione, assistenza e integrazione sociale."], { legal: ['dlgs-286-1998-art-18', 'dpcm-16-05-2016'], enter: C.adhere }),
      S('accoglienza-protetta', 'ente-antitratta', 'protected-reception', 'accoglienza-protetta', ["L'ente garantisce l'accoglienza protetta, l'orientamento legale e sanitario e il sostegno psicologico previsti dal progetto individuale."], { legal: ['dpcm-16-05-2016'] }),
      ...(rnd.chance(0.6)
        ? [
            S('proposta-permesso', 'ente-antitratta', 'propose-residence-permit', 'regolarizzazione', ["L'ente, d'intesa con i servizi sociali, propone al Questore il rilascio del permesso di soggiorno per casi speciali (percorso sociale)."], { legal: ['dlgs-286-1998-art-18', 'dpr-394-1999-art-27'], glue: true, fixed: true }),
            S('rilascio-permesso', 'questura-ufficio-immigrazione', 'issue-residence-permit', 'regolarizzazione', ['Il Questore rilascia il permesso di soggiorno per casi speciali ex art. 18, valutata la proposta e il programma in corso.'], { legal: ['dlgs-286-1998-art-18', 'dpr-394-1999-art-27'], fixed: true }),
          ]
        : []),
      S('percorso-inclusione', 'ente-antitratta', 'social-inclusion', 'seconda-assistenza-inclusione', ["L'ente accompagna la persona nei corsi di lingua, nella formazione e nell'inserimento lavorativo, verso l'autonomia abitativa."], { legal: ['dpcm-16-05-2016'] }),
      S('presa-in-carico', 'servizi-sociali', 'case-handover', 'presa-in-carico-territoriale', ['I servizi sociali prendono in carico la persona alla chiusura del programma e ne seguono il percorso di autonomia sul territorio.'], { terminal: true }),
    ],
  },
  {
    slug: 'permesso-art-18-sociale',
    titles: ['Permesso di soggiorno ex art. 18: percorso sociale', 'Proposta e rilascio del permesso per casi speciali (percorso sociale)'],
    population: ['adults'],
    pathways: [],
    legal: ['dlgs-286-1998-art-18', 'dpr-394-1999-art-27'],
    steps: (rnd) => [
      S('colloquio-servizi', 'servizi-sociali', 'detect-indicators', 'identificazione-preliminare', ["L'assistente sociale rileva, durante un colloquio, indicatori di grave sfruttamento e ne parla con la persona."]),
      S('invio-ente', 'servizi-sociali', 'report-case', 'segnalazione', ["I servizi sociali inviano il caso all'ente antitratta con la scheda di referral condivisa dalla rete."], { enter: C.adhere }),
      S('identificazione-ente', 'ente-antitratta', 'formal-identification', 'identificazione-formale', ["L'ente svolge i colloqui di identificazione formale e redige una relazione sulla situazione di violenza o grave sfruttamento."], { time: ['P30D', 'P60D'] }),
      S('adesione-programma', 'ente-antitratta', 'programme-admission', 'accoglienza-protetta', ["La persona aderisce al programma di assistenza e integrazione sociale; l'ente ne verifica l'accoglienza nella struttura."]),
      S('proposta-permesso', rnd.chance(0.5) ? 'servizi-sociali' : 'ente-antitratta', 'propose-residence-permit', 'regolarizzazione', ['Viene proposto al Questore il rilascio del permesso ex art. 18, indicando il programma, l’adesione della persona e la struttura che la accoglie.'], { legal: ['dlgs-286-1998-art-18', 'dpr-394-1999-art-27'], glue: true, fixed: true, opinion: rnd.chance(0.5) }),
      S('rilascio-permesso', 'questura-ufficio-immigrazione', 'issue-residence-permit', 'regolarizzazione', ['Il Questore rilascia il permesso per casi speciali ex art. 18 della durata di sei mesi, rinnovabile per un anno o per il tempo necessario.'], { legal: ['dlgs-286-1998-art-18'], fixed: true }),
      S('inclusione', 'ente-antitratta', 'social-inclusion', 'seconda-assistenza-inclusione', ["L'ente sostiene la formazione e l'inserimento lavorativo, in raccordo con i centri per l'impiego."]),
      S('chiusura', 'servizi-sociali', 'case-handover', 'presa-in-carico-territoriale', ['I servizi sociali prendono in carico la persona alla conclusione del programma.'], { terminal: true }),
    ],
  },
  {
    slug: 'msna-vittime-tratta',
    titles: ['Minori stranieri non accompagnati con indicatori di tratta', 'Tutela dei minori non accompagnati presunte vittime di tratta'],
    population: ['minors'],
    pathways: ['minori'],
    legal: ['l-47-2017', 'l-47-2017-art-11', 'dlgs-142-2015-art-19', 'dlgs-142-2015-art-19-bis', 'dpcm-234-2016'],
    minors: true,
    steps: (rnd) => [
      S('rintraccio', 'forze-ordine', 'detect-indicators', 'emersione', ["Le forze dell'ordine rintracciano un presunto minore non accompagnato, rilevano gli indicatori di tratta e informano subito la Procura per i minorenni."], { legal: ['l-47-2017'] }),
      S('prima-accoglienza', 'centro-accoglienza', 'minor-first-reception', 'prima-assistenza', ['La struttura di prima accoglienza per minori garantisce le prime cure, un colloquio con uno psicologo e un mediatore e l’informazione sui diritti.'], { legal: ['dlgs-142-2015-art-19'], time: ['P10D', 'P20D', 'P30D'] }),
      S('identificazione-minore', rnd.chance(0.5) ? 'forze-ordine' : 'centro-accoglienza', 'minor-identification', 'identificazione-preliminare', ["Si procede all'identificazione del minore con un mediatore, sulla base dei documenti e del colloquio, alla presenza del tutore quando nominato."], { legal: ['dlgs-142-2015-art-19-bis'], time: ['P5D', 'P7D', 'P10D'] }),
      ...(rnd.chance(0.7)
        ? [
            S('richiesta-accertamento', 'forze-ordine', 'request-age-assessment', 'identificazione-preliminare', ["Segnalano alla Procura per i minorenni il dubbio fondato sull'età, motivandolo."], { legal: ['dpcm-234-2016'] }),
            S('disposizione-accertamento', 'procura-minorenni', 'order-age-assessment', 'identificazione-preliminare', ["La Procura per i minorenni dispone l'accertamento socio-sanitario dell'età e ne informa il minore e il tutore."], { legal: ['dpcm-234-2016', 'dlgs-142-2015-art-19-bis'], time: ['PT48H', 'P2D'] }),
            S('accertamento-eta', 'servizi-sanitari', 'age-assessment', 'identificazione-preliminare', ["Un'équipe multidisciplinare svolge l'accertamento con il metodo meno invasivo e indica il margine di errore, che vale a favore della minore età."], { legal: ['dpcm-234-2016'] }),
          ]
        : [S('segnalazione-procura-minori', 'procura-minorenni', 'minor-protection-measures', 'segnalazione', ['La Procura per i minorenni riceve la segnalazione e promuove le misure di protezione urgenti.'], { legal: ['l-47-2017'] })]),
      S('nomina-tutore', 'tribunale-minorenni', 'assign-guardian', 'segnalazione', ['Il Tribunale per i minorenni nomina un tutore volontario scelto dall’elenco tenuto presso il Tribunale.'], { legal: ['l-47-2017-art-11'] }),
      S('tutela', 'tutore-volontario', 'represent-minor', 'segnalazione', ["Il tutore incontra il minore, ne ascolta l'opinione e lo rappresenta nella scelta di incontrare l'ente antitratta."], { legal: ['l-47-2017-art-11'] }),
      S('identificazione-ente', 'ente-antitratta', 'formal-identification', 'identificazione-formale', ["L'ente svolge colloqui adatti all'età con un'operatrice formata sui minori e un mediatore, alla presenza del tutore se il minore lo desidera."], { legal: ['l-47-2017-art-17'], time: ['P30D'] }),
      S('accoglienza-minore', 'ente-antitratta', 'protected-reception', 'accoglienza-protetta', ["L'ente accoglie il minore in una struttura protetta dedicata, con un programma specifico che prepara anche il passaggio alla maggiore età."], { legal: ['l-47-2017-art-17'], terminal: true }),
    ],
  },
  {
    slug: 'referral-commissione-territoriale',
    titles: ['Referral tra Commissione territoriale ed ente antitratta', 'Richiedenti protezione internazionale con indicatori di tratta'],
    population: ['adults'],
    pathways: ['protezione-internazionale'],
    legal: ['dlgs-25-2008', 'dlgs-286-1998-art-18', 'dlgs-24-2014'],
    steps: (rnd) => [
      ...(rnd.chance(0.5) ? [S('formalizzazione-domanda', 'questura-ufficio-immigrazione', 'register-asylum-application', 'identificazione-preliminare', ["L'Ufficio Immigrazione formalizza la domanda di protezione internazionale e annota gli indicatori di vulnerabilità."], { legal: ['dlgs-25-2008'] })] : []),
      S('audizione', 'commissione-territoriale', 'asylum-interview', 'identificazione-preliminare', ["Durante l'audizione il funzionario istruttore rileva gli indicatori di tratta, con interprete dello stesso sesso quando la persona lo chiede."], { legal: ['dlgs-25-2008'], fixed: true }),
      S('informativa', 'commissione-territoriale', 'report-case', 'segnalazione', ["Informa la persona sui diritti delle vittime di tratta e sulla possibilità di colloqui con l'ente antitratta, e ne raccoglie il consenso scritto."], { legal: ['dlgs-24-2014'], fixed: true, side: 'decisione' }),
      S('sospensione', 'commissione-territoriale', 'suspend-asylum-procedure', 'segnalazione', ["Sospende l'esame della domanda e trasmette la scheda di referral all'ente antitratta."], { legal: ['dlgs-25-2008'], time: ['P1M', 'P2M', 'P3M'], fixed: true }),
      S('colloqui-ente', 'ente-antitratta', 'formal-identification', 'identificazione-formale', ["L'ente svolge i colloqui di identificazione formale con un'operatrice esperta e un mediatore e, se la persona aderisce, propone l'ingresso nel Programma unico."], { legal: ['dlgs-286-1998-art-18', 'dpcm-16-05-2016'], time: ['P45D', 'P60D'], fixed: true }),
      S('relazione-ente', 'ente-antitratta', 'report-case', 'identificazione-formale', ["Trasmette alla Commissione una relazione sull'esito dei colloqui, che pone fine alla sospensione."], { legal: ['dlgs-24-2014'], fixed: true }),
      S('decisione', 'commissione-territoriale', 'asylum-decision', 'regolarizzazione', ["Riprende l'esame e decide sulla domanda tenendo conto della relazione dell'ente."], { legal: ['dlgs-25-2008', 'dlgs-251-2007'], terminal: true, fixed: true }),
    ],
  },
  {
    slug: 'trasferimento-altra-regione',
    titles: ['Trasferimento in un’altra Regione per motivi di sicurezza', 'Trasferimento interregionale della persona accolta'],
    population: ['adults'],
    pathways: ['trasferimento-interregionale'],
    legal: ['dpcm-16-05-2016', 'l-228-2003-art-13'],
    transfer: true,
    steps: () => [
      S('segnalazione-rischio', 'ente-antitratta', 'report-case', 'accoglienza-protetta', ["L'ente rileva un rischio per la sicurezza della persona accolta, come il contatto con la rete degli sfruttatori."]),
      S('valutazione-rischio', 'ente-antitratta', 'detect-indicators', 'accoglienza-protetta', ['L’équipe valuta il rischio con la persona e, se necessario, con le forze dell’ordine, e concorda le misure urgenti.']),
      S('coordinamento-numero-verde', 'numero-verde', 'inter-regional-transfer', 'accoglienza-protetta', ['Il Numero Verde Antitratta individua un progetto disponibile in un’altra Regione e coordina il trasferimento.'], { legal: ['l-228-2003-art-13'], enter: ['la persona accetta il trasferimento'] }),
      S('trasferimento', 'ente-antitratta', 'inter-regional-transfer', 'accoglienza-protetta', ["L'ente accompagna la persona e trasmette al progetto di destinazione, con il suo consenso, le sole informazioni necessarie."], { legal: ['dpcm-16-05-2016'], transferStep: true }),
      S('relazione-chiusura', 'ente-antitratta', 'report-case', 'presa-in-carico-territoriale', ["L'ente chiude il caso con una relazione al tavolo regionale, senza indicare il luogo di destinazione."], { terminal: true }),
    ],
  },
  {
    slug: 'sfruttamento-lavorativo',
    titles: ['Sfruttamento lavorativo e permesso ex art. 18-ter', 'Ispezioni del lavoro e tutela delle vittime di sfruttamento lavorativo'],
    population: ['adults'],
    pathways: ['sfruttamento-lavorativo'],
    legal: ['dlgs-286-1998-art-18-ter', 'cp-art-603-bis'],
    steps: (rnd) => [
      S('ispezione', 'ispettorato-lavoro', 'labour-inspection', 'emersione', ["Durante un'ispezione l'Ispettorato rileva indicatori di sfruttamento lavorativo: paghe irrisorie, orari eccessivi, alloggi degradanti."], { legal: ['cp-art-603-bis'], local: 'itl-area-agricola' }),
      S('segnalazione-ispettorato', 'ispettorato-lavoro', 'report-case', 'segnalazione', ["Riferisce l'esito alla Procura e informa l'ente antitratta, con il consenso della persona."], { legal: ['cp-art-603-bis'] }),
      S('procedimento', 'procura', 'criminal-proceedings', 'accesso-giustizia', ['La Procura avvia il procedimento penale per intermediazione illecita e sfruttamento del lavoro.'], { legal: ['cp-art-603-bis'] }),
      S('identificazione-lavoro', 'ente-antitratta', 'formal-identification', 'identificazione-formale', ["L'ente svolge i colloqui di identificazione con un mediatore e informa la persona sui suoi diritti di lavoratrice o lavoratore."], { time: ['P30D'] }),
      S('proposta-18-ter', 'procura', 'propose-residence-permit', 'regolarizzazione', ['Il pubblico ministero propone il rilascio del permesso di soggiorno ex art. 18-ter per la vittima che contribuisce al procedimento o è in pericolo.'], { legal: ['dlgs-286-1998-art-18-ter'], glue: true, fixed: true, inspectorate: rnd.chance(0.5) }),
      S('rilascio-18-ter', 'questura-ufficio-immigrazione', 'issue-residence-permit', 'regolarizzazione', ['Il Questore rilascia il permesso di soggiorno ex art. 18-ter, sentito il parere dell’Ispettorato quando espresso.'], { legal: ['dlgs-286-1998-art-18-ter'], fixed: true }),
      S('inserimento-lavorativo', 'ente-antitratta', 'social-inclusion', 'seconda-assistenza-inclusione', ["L'ente sostiene la ricerca di un lavoro regolare e l'accesso alla formazione professionale."]),
      S('presa-in-carico-lavoro', 'servizi-sociali', 'case-handover', 'presa-in-carico-territoriale', ['I servizi sociali prendono in carico la persona e il suo nucleo, se presente.'], { terminal: true }),
    ],
  },
  {
    slug: 'permesso-art-18-giudiziario',
    titles: ['Permesso di soggiorno ex art. 18: percorso giudiziario', 'Denuncia, procedimento penale e permesso per casi speciali'],
    population: ['adults'],
    pathways: [],
    legal: ['dlgs-286-1998-art-18', 'cp-art-601'],
    steps: () => [
      S('rilevazione-indagine', 'squadra-mobile', 'detect-indicators', 'emersione', ['Nel corso di un’indagine la Squadra Mobile rileva una presunta vittima di tratta e la informa sui suoi diritti.'], { legal: ['cp-art-601'] }),
      S('indagini', 'squadra-mobile', 'investigate', 'accesso-giustizia', ['Svolge le indagini su delega della Procura, raccogliendo le dichiarazioni con un mediatore e in un luogo protetto.'], { legal: ['cp-art-600', 'cp-art-601'] }),
      S('procedimento-penale', 'procura', 'criminal-proceedings', 'accesso-giustizia', ['La Procura, anche distrettuale antimafia, esercita l’azione penale per tratta o riduzione in schiavitù.'], { legal: ['cp-art-601'] }),
      S('accoglienza-ente', 'ente-antitratta', 'protected-reception', 'accoglienza-protetta', ["L'ente accoglie la persona in una struttura protetta e la accompagna nel procedimento."], { enter: C.adhere }),
      S('proposta-procura', 'procura', 'propose-residence-permit', 'regolarizzazione', ['Il pubblico ministero propone il rilascio del permesso ex art. 18 per la persona esposta a pericolo per aver collaborato.'], { legal: ['dlgs-286-1998-art-18'], glue: true, fixed: true }),
      S('rilascio-giudiziario', 'questura-ufficio-immigrazione', 'issue-residence-permit', 'regolarizzazione', ['Il Questore rilascia il permesso per casi speciali ex art. 18 sulla proposta del pubblico ministero.'], { legal: ['dlgs-286-1998-art-18', 'dpr-394-1999-art-27'], fixed: true }),
      S('inclusione-giudiziario', 'ente-antitratta', 'social-inclusion', 'seconda-assistenza-inclusione', ["L'ente prosegue il programma di integrazione sociale anche dopo la conclusione del procedimento."], { terminal: true }),
    ],
  },
  {
    slug: 'madri-con-figli',
    titles: ['Madri con figli presunte vittime di tratta', 'Accoglienza di donne con figli minori'],
    population: ['adults', 'families'],
    pathways: ['madri-con-figli'],
    legal: ['dpcm-16-05-2016', 'l-47-2017'],
    steps: () => [
      S('rilevazione-consultorio', 'servizi-sanitari', 'detect-indicators', 'emersione', ['Il consultorio rileva indicatori di tratta durante una visita in gravidanza o pediatrica.']),
      S('segnalazione-servizi', 'servizi-sanitari', 'report-case', 'segnalazione', ["Il consultorio, con il consenso della donna, segnala il caso all'ente antitratta e ai servizi sociali."], { enter: C.adhere }),
      S('identificazione-madre', 'ente-antitratta', 'formal-identification', 'identificazione-formale', ["L'ente svolge i colloqui di identificazione in un luogo adatto ai bambini, con un mediatore."], { time: ['P30D', 'P45D'] }),
      S('accoglienza-nucleo', 'ente-antitratta', 'protected-reception', 'accoglienza-protetta', ["L'ente accoglie il nucleo in una struttura per madri con figli e garantisce l'iscrizione dei bambini ai servizi educativi."]),
      S('tutela-figli', 'servizi-sociali', 'minor-protection-measures', 'accoglienza-protetta', ['I servizi sociali valutano i bisogni dei figli e attivano le misure di sostegno alla genitorialità.']),
      S('inclusione-nucleo', 'ente-antitratta', 'social-inclusion', 'seconda-assistenza-inclusione', ["L'ente accompagna la madre nella formazione e nel lavoro, con servizi di conciliazione."]),
      S('presa-in-carico-nucleo', 'servizi-sociali', 'case-handover', 'presa-in-carico-territoriale', ['I servizi sociali prendono in carico il nucleo alla chiusura del programma.'], { terminal: true }),
    ],
  },
  {
    slug: 'rimpatrio-volontario',
    titles: ['Rimpatrio volontario assistito delle vittime di tratta', 'Scelta libera del rientro nel Paese di origine'],
    population: ['adults'],
    pathways: ['rimpatrio-volontario'],
    legal: ['dlgs-24-2014'],
    steps: () => [
      S('richiesta-rientro', 'ente-antitratta', 'legal-information', 'rimpatrio-volontario-assistito', ["La persona accolta chiede di rientrare nel Paese di origine; l'ente la informa sulle alternative e sui rischi."]),
      S('valutazione-rientro', 'ente-antitratta', 'detect-indicators', 'rimpatrio-volontario-assistito', ["L'ente valuta con la persona il rischio di nuova tratta al rientro e le reti di sostegno disponibili."]),
      S('informativa-rimpatrio', 'ente-rimpatrio-volontario', 'legal-information', 'rimpatrio-volontario-assistito', ["L'ente di rimpatrio spiega il programma, le tappe del viaggio e il sostegno alla reintegrazione."]),
      S('rimpatrio', 'ente-rimpatrio-volontario', 'voluntary-return', 'rimpatrio-volontario-assistito', ['Organizza il rientro e la reintegrazione nel Paese di origine, solo su libera scelta della persona.'], { legal: ['dlgs-24-2014'], enter: ['la persona conferma per iscritto la scelta del rientro'] }),
      S('monitoraggio-rientro', 'ente-rimpatrio-volontario', 'legal-information', 'rimpatrio-volontario-assistito', ['Verifica con i partner nel Paese di origine l’avvio del progetto di reintegrazione.'], { terminal: true }),
    ],
  },
  {
    slug: 'primo-contatto-numero-verde',
    titles: ['Primo contatto tramite il Numero Verde Antitratta', 'Segnalazioni dal Numero Verde alla rete territoriale'],
    population: ['adults'],
    pathways: [],
    legal: ['l-228-2003-art-13', 'dpcm-16-05-2016'],
    steps: () => [
      S('chiamata', 'numero-verde', 'helpline-support', 'emersione', ['Il Numero Verde Antitratta 800 290 290 risponde in forma anonima, gratuita e 24 ore su 24, anche in più lingue.'], { legal: ['l-228-2003-art-13'] }),
      S('invio-progetto', 'numero-verde', 'report-case', 'segnalazione', ['Con il consenso della persona, il Numero Verde invia il caso al progetto territoriale competente.'], { enter: C.adhere }),
      S('aggancio', 'ente-antitratta', 'outreach', 'emersione', ["L'ente contatta la persona nel luogo e nell'orario concordati, con un mediatore."]),
      S('colloquio-ente', 'ente-antitratta', 'detect-indicators', 'identificazione-preliminare', ["L'ente svolge un primo colloquio e valuta i bisogni immediati di protezione."]),
      S('pronta-accoglienza-nv', 'ente-antitratta', 'emergency-accommodation', 'prima-assistenza', ["Se la persona è in pericolo, l'ente attiva la pronta accoglienza in una struttura a indirizzo riservato."], { time: ['PT24H'], hubLink: true }),
      S('esito-contatto', 'numero-verde', 'report-case', 'presa-in-carico-territoriale', ["Il Numero Verde registra in forma anonima l'esito del contatto per il monitoraggio nazionale."], { terminal: true }),
    ],
  },
];

/** Steps that fit anywhere in a pathway, used to vary the length (6–15 steps). */
const FILLERS = [
  S('mediazione', 'mediatore-culturale', 'cultural-mediation', null, ['Il mediatore facilita il colloquio senza sostituirsi a chi decide.']),
  S('orientamento-legale', 'mediatore-culturale', 'legal-information', null, ['Il mediatore spiega diritti, procedure e tempi nella lingua della persona.']),
  S('aggiornamento-scheda', 'ente-antitratta', 'report-case', null, ["L'ente aggiorna la scheda di referral per i soli servizi coinvolti."]),
  S('verifica-bisogni', 'ente-antitratta', 'detect-indicators', null, ["L'équipe verifica i bisogni sanitari, legali e abitativi."]),
  S('informazione-diritti', 'ente-antitratta', 'legal-information', null, ["L'ente informa la persona anche sul diritto di non aderire."]),
  S('comunicazione-prefettura', 'prefettura', 'report-case', null, ['La Prefettura riceve una comunicazione riservata per il tavolo antitratta.']),
  S('rilevazione-accoglienza', 'centro-accoglienza', 'detect-indicators', null, ['Il centro di accoglienza rileva altri indicatori di vulnerabilità.']),
  S('segnalazione-servizi-sociali', 'servizi-sociali', 'report-case', null, ['I servizi sociali individuano un referente del caso.']),
  S('consulto-sanitario', 'servizi-sanitari', 'detect-indicators', null, ['Il servizio sanitario segnala gli indicatori emersi durante le cure.']),
  S('mediazione-colloquio', 'ente-antitratta', 'cultural-mediation', null, ["L'ente garantisce la mediazione per tutti i colloqui."]),
].map((filler) => ({ ...filler, filler: true }));

const CONSENT_NOTES = [
  'Acconsente il tutore volontario, dopo aver ascoltato il minore.',
  'Decide il tutore nel superiore interesse del minore, sentito il minore.',
  'In attesa del tutore, acconsente chi esercita i poteri tutelari in via provvisoria.',
];
const GENERIC_CONDITIONS = ['passo concluso', 'esito positivo', 'la persona è d’accordo', 'documentazione completa', 'su richiesta del referente del caso', 'entro i tempi concordati con la rete'];
const REF_TIMES = ['PT24H', 'PT48H', 'P3D', 'P5D', 'P7D', 'P15D'];

/** Resolves a step template into a concrete step with an id unique in the procedure. */
function instantiate(template, rnd, used, stage) {
  let id = template.id;
  for (let k = 2; used.has(id); k++) id = `${template.id}-${k}`;
  used.add(id);
  return { ...template, id, stage: template.stage ?? stage, action: rnd.pick(template.texts), time: template.time ? rnd.pick(template.time) : undefined, referrals: [] };
}

function composeSteps(archetype, rnd, attempt) {
  const used = new Set();
  const templates = archetype.steps(rnd).filter((t) => !t.optional || rnd.chance(t.optional));
  // An opinion step may be added after a permit proposal; a retry (file too large) aims lower.
  const reserve = templates.some((t) => t.opinion || t.inspectorate) ? 1 : 0;
  const lowest = Math.max(MIN_STEPS, templates.length);
  const target = attempt >= 4 ? lowest : rnd.int(lowest, Math.max(lowest, MAX_STEPS - reserve - 2 * attempt));
  let steps = templates.map((t) => instantiate(t, rnd, used));
  // Fillers go after a step that is not glued to the next one, before the terminal step.
  let guard = 0;
  while (steps.length < target && guard++ < 100) {
    const spine = steps;
    // Never between glued or fixed steps, at most two fillers in a row.
    const run = (i) => spine[i]?.filler === true;
    const positions = spine.map((s, i) => i).filter((i) => i < spine.length - 1 && !spine[i].glue && !(spine[i].fixed && spine[i + 1].fixed) && !(run(i) && (run(i - 1) || run(i + 1))) && !(run(i + 1) && run(i + 2)));
    if (positions.length === 0) break;
    const at = rnd.pick(positions);
    const filler = instantiate(rnd.pick(FILLERS), rnd, used, spine[at].stage);
    steps = [...steps.slice(0, at + 1), filler, ...steps.slice(at + 1)];
  }
  return steps;
}

function consentFor(target, ctx, from) {
  if (from?.actor === 'commissione-territoriale' && target.actor === 'ente-antitratta') return { consent: 'written' };
  if (ctx.actions.get(target.kind).needsConsent) {
    if (ctx.minors) return ctx.rnd.chance(0.3) && target.kind === 'age-assessment' ? { consent: 'informed' } : { consent: 'exception', note: ctx.rnd.pick(CONSENT_NOTES) };
    return { consent: ctx.rnd.chance(0.65) ? 'written' : 'informed' };
  }
  return { consent: ctx.rnd.chance(0.2) ? 'informed' : 'not-required' };
}

function refer(from, to, target, ctx, condition) {
  const r = { to, condition: condition ?? (target.enter?.length ? ctx.rnd.pick(target.enter) : ctx.rnd.pick([...C.done, ...GENERIC_CONDITIONS])), ...consentFor(target, ctx, from) };
  if (ctx.rnd.chance(0.25)) r.time = ctx.rnd.pick(REF_TIMES);
  from.referrals.push(r);
}

// ---------------------------------------------------------------------------------------------
// Procedures

function procedureDoc(region, index, corpus, attempt) {
  const archetype = index === 0 ? ARCHETYPES[0] : ARCHETYPES[1 + ((index - 1) % (ARCHETYPES.length - 1))];
  const rnd = new Random(corpus.seed, 'procedure', region.id, index, attempt);
  const id = procedureId(index);
  const ctx = { rnd, minors: archetype.minors === true, actions: corpus.catalogue.actions };
  const steps = composeSteps(archetype, rnd, attempt);
  const byId = new Map(steps.map((s) => [s.id, s]));
  // Referrals along the pathway, plus a side exit from the Commissione's information step.
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (step.terminal) continue;
    const next = steps[i + 1];
    if (next) refer(step, next.id, next, ctx);
    if (step.side && byId.has(step.side)) refer(step, step.side, byId.get(step.side), ctx, 'la persona non presta il consenso all’invio');
    if (step.opinion) {
      // Proposal → Procura's opinion → permit, besides the direct proposal → permit referral.
      const opinion = instantiate(S('parere-procura', 'procura', 'give-opinion', 'regolarizzazione', ['La Procura esprime il parere sul rilascio del permesso quando è in corso un procedimento penale.'], { legal: ['dlgs-286-1998-art-18'], fixed: true }), rnd, new Set(steps.map((s) => s.id)));
      refer(step, opinion.id, opinion, ctx, 'è in corso un procedimento penale');
      refer(opinion, next.id, next, ctx, 'parere trasmesso al Questore');
      steps.splice(i + 1, 0, opinion);
      byId.set(opinion.id, opinion);
      i++;
    }
    if (step.inspectorate) {
      const opinion = instantiate(S('parere-ispettorato', 'ispettorato-lavoro', 'give-opinion', 'regolarizzazione', ["L'Ispettorato esprime il proprio parere sul rilascio del permesso ex art. 18-ter."], { legal: ['dlgs-286-1998-art-18-ter'], fixed: true }), rnd, new Set(steps.map((s) => s.id)));
      refer(step, opinion.id, opinion, ctx, "l'Ispettorato ha svolto gli accertamenti");
      refer(opinion, next.id, next, ctx, 'parere trasmesso al Questore');
      steps.splice(i + 1, 0, opinion);
      byId.set(opinion.id, opinion);
      i++;
    }
  }
  const order = steps; // file order = pathway order
  const free = (s) => !s.fixed && !s.terminal && !s.glue;
  const movable = order.filter(free);
  // Skip a step when it is not needed (a forward referral), or go back to an earlier step (a cycle
  // whose members still refer onwards, so it has a way out).
  for (const step of movable) {
    const i = order.indexOf(step);
    const skip = order[i + 2];
    if (skip && !skip.fixed && rnd.chance(0.15)) refer(step, skip.id, skip, ctx, rnd.pick(['il passo intermedio non è necessario', 'la persona è già stata informata', 'la rete ha già svolto la verifica']));
    const earlier = order.slice(0, i).filter((s) => !s.fixed);
    if (earlier.length > 0 && rnd.chance(0.08)) {
      const back = rnd.pick(earlier);
      refer(step, back.id, back, ctx, rnd.pick(['servono nuove verifiche', 'emergono elementi nuovi', 'la rete chiede un riesame']));
    }
  }
  // Across procedures of the Region: into the hub's steps (never out of the hub, so chains stay short).
  const hub = procedureId(0);
  const crossProcedure = [];
  const crossRegion = [];
  if (index > 0) {
    const sources = movable.length > 0 ? movable : order.filter((s) => !s.terminal && !s.fixed);
    const count = archetype.transfer ? 1 : rnd.int(1, 2);
    const forced = order.filter((s) => s.hubLink);
    for (const source of [...forced, ...rnd.sample(sources.filter((s) => !s.hubLink), count - forced.length)]) {
      const target = source.hubLink || ctx.minors ? 'colloqui-identificazione' : rnd.pick(HUB_TARGETS);
      const targetStep = hubTarget(target);
      const condition = ctx.minors ? 'il Tribunale per i minorenni attribuisce la maggiore età' : rnd.pick(['la persona aderisce al Programma unico', 'serve una struttura del progetto territoriale', 'la persona chiede di proseguire con l’ente antitratta']);
      refer(source, `${hub}#${target}`, targetStep, { ...ctx, minors: false }, condition);
      crossProcedure.push({ procedure: hub, step: target });
    }
    // Across Regions: into another Region's hub (a transfer always, others sometimes).
    if (corpus.regions > 1 && sources.length > 0 && (archetype.transfer || rnd.chance(0.12))) {
      const other = regionId(1 + ((region.index - 1 + rnd.int(1, corpus.regions - 1)) % corpus.regions));
      const source = archetype.transfer ? order.find((s) => s.transferStep) : rnd.pick(sources);
      const target = archetype.transfer ? 'accoglienza-protetta' : rnd.pick(HUB_TARGETS);
      refer(source, `${other}/${hub}#${target}`, hubTarget(target), { ...ctx, minors: false }, archetype.transfer ? 'il progetto di destinazione conferma la disponibilità' : 'la persona si trasferisce stabilmente in un’altra Regione');
      crossRegion.push({ region: other, procedure: hub, step: target });
    }
  }
  return { id, archetype, rnd, steps: order, crossProcedure, crossRegion };
}

function hubTarget(id) {
  const template = ARCHETYPES[0].steps(new Random('hub')).find((s) => s.id === id);
  return { ...template, enter: [] };
}

export const regionId = (i) => `regione-${pad(i, 3)}`;
const procedureId = (i) => (i === 0 ? `${ARCHETYPES[0].slug}-000` : `${ARCHETYPES[1 + ((i - 1) % (ARCHETYPES.length - 1))].slug}-${pad(i, 3)}`);

// ---------------------------------------------------------------------------------------------
// Writing

const STAGE_ORDER = ['emersione', 'identificazione-preliminare', 'segnalazione', 'identificazione-formale', 'prima-assistenza', 'accoglienza-protetta', 'regolarizzazione', 'seconda-assistenza-inclusione', 'presa-in-carico-territoriale', 'rimpatrio-volontario-assistito', 'accesso-giustizia'];

/** A YAML scalar: plain when that is unambiguous, double-quoted (JSON) otherwise. */
function yq(text) {
  const plain = /^[A-Za-zÀ-ÿ][^\n]*$/.test(text) && !/: |:$| #|[[\]{},&*!|>%@`"]|^(true|false|null|yes|no|on|off)$/i.test(text) && !text.endsWith(' ');
  return plain ? text : JSON.stringify(text);
}

/** Greedy word wrap; never starts a line with something Markdown would read as a block marker. */
function wrap(text, width) {
  const words = text.split(' ');
  const lines = [];
  let line = '';
  for (const word of words) {
    const marker = /^(\d+[.)]|[-+*>#|=]|:{3})$|^[-+*>#|]/.test(word);
    if (line && line.length + 1 + word.length > width && !marker) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function folded(key, text, indent) {
  return [`${indent}${key}: >-`, ...wrap(text, 96 - indent.length - 2).map((l) => `${indent}  ${l}`)];
}

function frontMatter(region, proc) {
  const { rnd, archetype, steps } = proc;
  const roles = [...new Set(steps.map((s) => s.actor))];
  const stages = STAGE_ORDER.filter((stage) => steps.some((s) => s.stage === stage));
  const approved = rnd.chance(0.85);
  const year = rnd.int(2024, 2025);
  const date = `${year}-${pad(rnd.int(1, 12), 2)}-${pad(rnd.int(1, 28), 2)}`;
  const review = `${year + rnd.int(3, 4)}-${date.slice(5)}`;
  const bodies = ['regione', 'prefettura', ...rnd.sample(roles.map((r) => ACTOR_ID[r]).filter((a) => a !== 'numero-verde'), rnd.int(1, 4))];
  const legal = [...new Set([...archetype.legal, ...steps.flatMap((s) => s.legal)])];
  const lines = [
    '---',
    '# yaml-language-server: $schema=../../schemas/procedure.schema.json',
    `id: ${proc.id}`,
    `title: ${yq(`${rnd.pick(archetype.titles)} (sintetica ${pad(region.index, 3)}.${pad(proc.index, 3)})`)}`,
    `region: ${region.id}`,
    `version: ${rnd.int(1, 2)}.${rnd.int(0, 4)}.${rnd.int(0, 9)}`,
    `status: ${approved ? 'approved' : 'draft'}`,
  ];
  if (approved) lines.push('approval:', `  date: ${date}`, `  bodies: [${[...new Set(bodies)].join(', ')}]`);
  lines.push(
    `review_by: ${review}`,
    `population: [${archetype.population.join(', ')}]`,
    `stages: [${stages.join(', ')}]`,
    ...(archetype.pathways.length ? [`pathways: [${archetype.pathways.join(', ')}]`] : []),
    `roles: [${roles.join(', ')}]`,
    `legal_basis: [${legal.join(', ')}]`,
    `entry: [${steps[0].id}]`,
    'steps:',
  );
  for (const step of steps) {
    lines.push(`  - id: ${step.id}`, `    stage: ${step.stage}`, `    actor: ${step.actor}`);
    if (step.local || rnd.chance(0.2)) lines.push(`    local_actor: ${step.local ?? ACTOR_ID[step.actor]}`);
    lines.push(...folded('action', step.action, '    '), `    action_kind: ${step.kind}`);
    if (step.time) lines.push(`    time_limit: ${step.time}`);
    if (step.legal.length) lines.push(`    legal_basis: [${step.legal.join(', ')}]`);
    if (step.referrals.length) {
      lines.push('    referrals:');
      for (const r of step.referrals) {
        lines.push(`      - to: ${r.to}`, `        condition: ${yq(r.condition)}`);
        if (r.time) lines.push(`        time_limit: ${r.time}`);
        lines.push(`        consent: ${r.consent}`);
        if (r.note) lines.push(...folded('consent_note', r.note, '        '));
      }
    }
    if (step.terminal) lines.push('    terminal: true');
  }
  lines.push('---');
  return lines;
}

const ROLE_LABEL = {
  'questura-ufficio-immigrazione': 'Questura – Ufficio Immigrazione',
  'squadra-mobile': 'Squadra Mobile',
  'forze-ordine': "forze dell'ordine",
  prefettura: 'Prefettura',
  procura: 'Procura della Repubblica',
  'procura-minorenni': 'Procura per i minorenni',
  'tribunale-minorenni': 'Tribunale per i minorenni',
  'commissione-territoriale': 'Commissione territoriale',
  'ispettorato-lavoro': 'Ispettorato del lavoro',
  'servizi-sociali': 'servizi sociali',
  'ente-antitratta': 'ente antitratta',
  'numero-verde': 'Numero Verde Antitratta',
  'tutore-volontario': 'tutore volontario',
  'servizi-sanitari': 'servizi sanitari',
  'mediatore-culturale': 'mediatore linguistico-culturale',
  'centro-accoglienza': 'centro di accoglienza',
  regione: 'Regione',
  'ente-rimpatrio-volontario': 'ente di rimpatrio volontario',
};
const LEGAL_LABEL = {
  'dlgs-286-1998-art-18': 'art. 18 TU immigrazione', 'dlgs-286-1998-art-18-ter': 'art. 18-ter TU immigrazione', 'dpcm-16-05-2016': 'DPCM 16 maggio 2016',
  'dlgs-24-2014': 'D.Lgs. 24/2014', 'l-47-2017': 'L. 47/2017', 'dlgs-25-2008': 'D.Lgs. 25/2008', 'cp-art-603-bis': 'art. 603-bis c.p.', 'cp-art-601': 'art. 601 c.p.',
  'l-228-2003-art-13': 'art. 13 L. 228/2003', 'dpr-394-1999-art-27': 'art. 27 DPR 394/1999', 'reg-ue-2016-679': 'GDPR',
  'dlgs-142-2015-art-19': 'art. 19 D.Lgs. 142/2015', 'dlgs-142-2015-art-19-bis': 'art. 19-bis D.Lgs. 142/2015', 'dpcm-234-2016': 'DPCM 234/2016',
  'l-47-2017-art-11': 'art. 11 L. 47/2017', 'l-47-2017-art-17': 'art. 17 L. 47/2017', 'dlgs-251-2007': 'D.Lgs. 251/2007', 'cp-art-600': 'art. 600 c.p.',
};
const lower = (text) => text.charAt(0).toLowerCase() + text.slice(1);
const DURATION_WORDS = (d) => {
  const m = /^P(?:(\d+)M)?(?:(\d+)D)?(?:T(\d+)H)?$/.exec(d ?? '');
  if (!m) return 'senza termine';
  if (m[1]) return `entro ${m[1]} ${m[1] === '1' ? 'mese' : 'mesi'}`;
  if (m[2]) return `entro ${m[2]} ${m[2] === '1' ? 'giorno' : 'giorni'}`;
  return `entro ${m[3]} ore`;
};

const INTRO = [
  'Questa procedura descrive come {r1} e {r2} collaborano quando emergono indicatori di tratta o di grave sfruttamento.',
  'La procedura coordina {r1}, {r2} e gli altri servizi della rete perché la persona riceva protezione senza ritardi.',
  'Il percorso mette al centro la persona: {r1} e {r2} agiscono solo dopo averla informata in una lingua che comprende.',
];
const PARAGRAPHS = [
  'Ogni passaggio è registrato nella scheda di referral condivisa, che riporta la data, il servizio che invia, il servizio che riceve e il motivo dell’invio; la scheda non contiene più dati di quelli necessari.',
  'Gli operatori ricevono una formazione comune almeno una volta l’anno sugli indicatori di tratta, sulla comunicazione con le persone traumatizzate e sul lavoro con i mediatori.',
  'La persona può interrompere il percorso in ogni momento, salvo quando è minorenne: in quel caso decide il tutore, dopo averla ascoltata.',
  'Il tavolo territoriale verifica ogni sei mesi i tempi effettivi dei passaggi e segnala alla Regione i ritardi ricorrenti, senza riportare dati personali.',
  'Quando la persona ha figli, ogni decisione tiene conto anche del loro superiore interesse e dei loro legami familiari.',
  'Le comunicazioni tra i servizi avvengono per canali riservati; nessuna informazione sul luogo di accoglienza è trasmessa a chi non partecipa al referral.',
  'Il mediatore linguistico-culturale partecipa ai colloqui principali e non sostituisce mai l’operatore che decide; la persona può chiedere un mediatore di un altro genere.',
  'Se la persona non aderisce al programma, riceve comunque le informazioni sui servizi e il Numero Verde Antitratta, e può rivolgersi alla rete anche in seguito.',
  'La procedura è rivista dal gruppo di lavoro alla scadenza indicata o prima, se cambiano le norme o l’organizzazione dei servizi.',
  'I dati sono trattati secondo il {gdpr} e conservati per il tempo strettamente necessario alle finalità del programma.',
  'Il referente del caso nell’ente coordina gli appuntamenti e informa la persona di ogni passaggio, con tempi e nomi dei servizi coinvolti.',
  'In caso di pericolo immediato la rete privilegia la sicurezza della persona: la pronta accoglienza può essere attivata prima dell’identificazione formale.',
  'Nei territori rurali gli operatori si coordinano con le unità mobili e con i servizi di trasporto, perché la distanza non impedisca l’accesso al programma.',
  'Le persone vittime di sfruttamento lavorativo possono accedere al programma anche se non denunciano, come le vittime di sfruttamento sessuale.',
  'I cittadini dell’Unione europea hanno accesso al programma alle stesse condizioni dei cittadini di Paesi terzi.',
];
const GUARANTEES = [
  'l’informazione sui diritti avviene prima di ogni invio, in una lingua che la persona comprende;',
  'il consenso è registrato secondo il tipo indicato in ogni referral;',
  'nessun passo porta all’allontanamento della persona prima della conclusione dell’identificazione;',
  'la persona può chiedere un’operatrice o un operatore del proprio genere;',
  'il rimpatrio è solo volontario e assistito;',
  'il luogo di accoglienza resta riservato;',
  'ogni servizio riceve solo le informazioni necessarie al proprio compito;',
];
const SECTIONS = ['Note operative', 'Formazione e monitoraggio', 'Rapporti con la rete', 'Casi particolari', 'Riservatezza e protezione dei dati', 'Revisione della procedura'];

function body(region, proc, corpus, attempt) {
  const { rnd, steps } = proc;
  const roles = [...new Set(steps.map((s) => s.actor))];
  const roleLink = (role) => `[${ROLE_LABEL[role] ?? role}](role:${role})`;
  const kindName = (s) => corpus.catalogue.actions.get(s.kind).name;
  const stepLink = (s, text) => `[${text ?? lower(kindName(s))}](step:${s.id})`;
  const legalLink = (id) => `[${LEGAL_LABEL[id] ?? id}](legal:${id})`;
  const [r1, r2] = rnd.sample(roles, 2);
  const out = [];
  out.push('# Scopo', '', ...wrap(rnd.pick(INTRO).replace('{r1}', roleLink(r1)).replace('{r2}', roleLink(r2 ?? 'ente-antitratta')), 96), '');
  out.push('> Testo sintetico generato per il benchmark di sopbook: non descrive alcuna procedura reale e non ha valore ufficiale.', '');
  out.push('## Il percorso in breve', '');
  for (const [i, s] of steps.entries()) {
    if (i > 0 && i < steps.length - 1 && rnd.chance(0.4 + 0.15 * attempt)) continue;
    out.push(`- ${stepLink(s, kindName(s))} – ${ROLE_LABEL[s.actor] ?? s.actor}${s.time ? `, ${DURATION_WORDS(s.time)}` : ''}.`);
  }
  out.push('', '## Termini e responsabilità', '', '| Passo | Ruolo | Termine | Riferimento |', '| --- | --- | --- | --- |');
  const rows = steps.filter((s) => s.time || s.legal.length).slice(0, rnd.int(3, Math.max(3, 5 - attempt)));
  for (const s of rows.length ? rows : steps.slice(0, 3)) {
    out.push(`| ${stepLink(s)} | ${roleLink(s.actor)} | ${DURATION_WORDS(s.time)} | ${s.legal[0] ? legalLink(s.legal[0]) : '–'} |`);
  }
  out.push('', '## Garanzie per la persona', '');
  for (const g of rnd.sample(GUARANTEES, rnd.int(3, Math.max(3, 5 - attempt)))) out.push(`- ${g}`);
  out.push('');
  if (proc.crossProcedure.length || proc.crossRegion.length) {
    out.push('## Collegamenti con altre procedure', '');
    for (const c of proc.crossProcedure) {
      out.push(...wrap(`Quando serve, la persona prosegue nella procedura [${ARCHETYPES[0].titles[0].toLowerCase()}](procedure:${c.procedure}), dal passo [${c.step.replace(/-/g, ' ')}](step:${c.procedure}#${c.step}).`, 96), '');
    }
    for (const c of proc.crossRegion) {
      out.push(...wrap(`Per un trasferimento, il progetto della [Regione sintetica ${c.region.slice('regione-'.length)}](procedure:${c.region}/${c.procedure}) accoglie la persona al passo [${c.step.replace(/-/g, ' ')}](step:${c.region}/${c.procedure}#${c.step}).`, 96), '');
    }
  }
  if (rnd.chance(0.15)) {
    out.push(':::restricted', 'Recapiti operativi e nominativi dei referenti sono comunicati ai soli firmatari del protocollo.', ':::', '');
  }
  // Pad with prose up to a size drawn for this file, between 4 and 8 KB.
  const head = frontMatter(region, proc).join('\n');
  const target = rnd.int(MIN_BYTES + 300, MAX_BYTES - 700);
  const size = () => Buffer.byteLength(`${head}\n\n${out.join('\n')}\n`);
  const paragraphs = rnd.shuffle(PARAGRAPHS);
  const sections = rnd.shuffle(SECTIONS);
  let p = 0;
  let s = 0;
  while (size() < target && p < paragraphs.length) {
    if (p % 2 === 0 && s < sections.length) out.push(`## ${sections[s++]}`, '');
    let text = paragraphs[p++].replace('{gdpr}', legalLink('reg-ue-2016-679'));
    if (rnd.chance(0.4)) {
      const s2 = rnd.pick(steps);
      text += ` Il riferimento operativo è il passo ${stepLink(s2)}, a cura di ${roleLink(s2.actor)}.`;
    }
    out.push(...wrap(text, 96), '');
  }
  while (out.length && out.at(-1) === '') out.pop();
  return `${head}\n\n${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Entry points

function loadCatalogue() {
  const actions = new Map(parseYaml(readFileSync(path.join(NATIONAL, 'actions.yaml'), 'utf8')).actions.map((a) => [a.id, { name: a.name.it, needsConsent: a.needs_consent === true, max: a.max_duration }]));
  const roles = new Map(parseYaml(readFileSync(path.join(NATIONAL, 'roles.yaml'), 'utf8')).roles.map((r) => [r.id, new Set(r.mandate.actions)]));
  return { actions, roles };
}

/**
 * The corpus as [relative path, content] pairs, sorted by path.
 * @param {{ regions: number, procedures: number, seed: string | number }} options
 */
export function generateFiles({ regions, procedures, seed }) {
  if (!Number.isInteger(regions) || regions < 1 || !Number.isInteger(procedures) || procedures < 1) throw new Error('--regions and --procedures must be positive integers');
  const corpus = { seed: String(seed), regions, procedures, catalogue: loadCatalogue() };
  const files = [];
  for (const name of CATALOGUE_FILES) files.push([`_national/${name}`, readFileSync(path.join(NATIONAL, name))]);
  for (let r = 1; r <= regions; r++) {
    const region = { id: regionId(r), index: r, seed: corpus.seed };
    files.push([`${region.id}/region.yaml`, regionYaml(region)]);
    for (let i = 0; i < procedures; i++) {
      // A pathway too long for 8 KB is drawn again, shorter (deterministically: the attempt is part of the seed).
      for (let attempt = 0; ; attempt++) {
        const proc = { ...procedureDoc(region, i, corpus, attempt), index: i };
        selfCheck(proc, corpus.catalogue);
        const text = body(region, proc, corpus, attempt);
        const bytes = Buffer.byteLength(text);
        if (bytes >= MIN_BYTES && bytes <= MAX_BYTES) {
          files.push([`${region.id}/${proc.id}.md`, text]);
          break;
        }
        if (attempt === 8) throw new Error(`generator: cannot fit ${region.id}/${proc.id} in ${MIN_BYTES}–${MAX_BYTES} bytes (${bytes})`);
      }
    }
  }
  return files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Catches a catalogue change that would make the generated corpus invalid, with a clear message. */
function selfCheck(proc, catalogue) {
  for (const step of proc.steps) {
    if (!catalogue.roles.get(step.actor)?.has(step.kind)) throw new Error(`generator: role ${step.actor} is not competent for ${step.kind} (step ${step.id}); the national catalogue changed`);
  }
  if (proc.steps.length < MIN_STEPS || proc.steps.length > MAX_STEPS) throw new Error(`generator: ${proc.id} has ${proc.steps.length} steps`);
}

/** Writes the corpus into `out`, which must not exist, be empty, or (with force) a corpus generated before. */
export function generate({ regions, procedures, seed, out, force = false }) {
  if (existsSync(out) && readdirSync(out).length > 0) {
    const entries = readdirSync(out);
    const generated = entries.every((e) => e === '_national' || /^regione-\d{3,}$/.test(e));
    if (!force || !generated) throw new Error(`${out} is not empty${generated ? ': pass --force to replace the generated corpus' : ' and does not look like a generated corpus'}`);
    rmSync(out, { recursive: true });
  }
  const files = generateFiles({ regions, procedures, seed });
  const dirs = new Set(files.map(([file]) => path.dirname(file)));
  for (const dir of [...dirs].sort()) mkdirSync(path.join(out, dir), { recursive: true });
  for (const [file, content] of files) writeFileSync(path.join(out, file), content);
  return files.length;
}

function parseArgs(argv) {
  const { values } = parseCommandLine({
    args: argv,
    options: { regions: { type: 'string', default: '1' }, procedures: { type: 'string', default: '50' }, seed: { type: 'string', default: 'sopbook' }, out: { type: 'string' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log('node bench/generate.mjs --regions N --procedures M --seed S --out DIR [--force]');
    process.exit(0);
  }
  if (!values.out) throw new Error('--out DIR is required');
  return { regions: Number(values.regions), procedures: Number(values.procedures), seed: values.seed, out: values.out, force: values.force };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const options = parseArgs(process.argv.slice(2));
    const count = generate(options);
    console.error(`generated ${count} files (${options.regions} × ${options.procedures} procedures, seed ${options.seed}) in ${options.out}`);
  } catch (error) {
    console.error(`generate: ${error.message}`);
    process.exit(2);
  }
}

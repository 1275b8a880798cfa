// Failing and passing cases for the rules of issue 17 (removal before identification, rules that
// hold on every path, protocols): faults injected into a copy of test/fixtures/base, with the exact
// diagnostics each must produce. A passing case expects none.
import type { Mutation } from '../helpers.js';
import type { RuleCase } from './rule-cases.js';

const A = 'alfa/adulti.md';
const ASILO = 'alfa/asilo.md';
const MINORI = 'alfa/minori.md';
const R = 'alfa/rimpatrio.md';
const REGION = 'alfa/region.yaml';

/** The bodies of removal and detention, as a Region declares them. */
const REMOVAL_ACTORS: Mutation = {
  file: REGION,
  replace: 'contacts:\n',
  with: '  - id: prefettura-alfa\n    role: prefettura\n    name: Prefettura di Alfa\n  - id: cpr-alfa\n    role: cpr\n    name: Centro di permanenza per il rimpatrio di Alfa\n  - id: gdp-alfa\n    role: giudice-di-pace\n    name: Giudice di pace di Alfa\ncontacts:\n',
};

/**
 * A pathway in a pre-removal centre that keeps the safeguard: indicators lead to the provider's
 * formal identification, and the expulsion follows only its justified negative conclusion.
 */
const RIMPATRIO = `---
id: rimpatrio
title: Indicatori di tratta nel centro di permanenza per il rimpatrio
region: alfa
version: 0.1.0
status: draft
review_by: 2030-01-10
population: [adults]
stages: [identificazione-preliminare, identificazione-formale, presa-in-carico-territoriale]
roles: [cpr, questura-ufficio-immigrazione, ente-antitratta, prefettura, giudice-di-pace]
steps:
  - id: rilevazione-cpr
    stage: identificazione-preliminare
    actor: cpr
    action: Rileva indicatori di tratta nel colloquio di ingresso.
    action_kind: detect-indicators
    referrals:
      - to: colloqui
        consent: informed
  - id: colloqui
    stage: identificazione-formale
    actor: ente-antitratta
    action: Svolge i colloqui di identificazione formale.
    action_kind: formal-identification
    referrals:
      - to: esito-negativo
        condition: gli indicatori non sono confermati
        consent: not-required
  - id: esito-negativo
    stage: identificazione-formale
    actor: ente-antitratta
    action: Conclude l'identificazione in senso negativo e ne informa la Questura.
    action_kind: identification-excluded
    justification: I colloqui non hanno confermato gli indicatori; relazione scritta alla Questura.
    referrals:
      - to: espulsione
        consent: not-required
  - id: espulsione
    stage: presa-in-carico-territoriale
    actor: prefettura
    action: Il Prefetto dispone l'espulsione.
    action_kind: expulsion-order
    terminal: true
---
`;
const rimpatrio: Mutation = { file: R, write: RIMPATRIO };

/** Steps of the Questura between the indicators and a detention, none of which identifies the person. */
const DETENTION_STEPS = `  - id: registrazione
    stage: identificazione-preliminare
    actor: questura-ufficio-immigrazione
    action: Registra la domanda di protezione internazionale.
    action_kind: register-asylum-application
    referrals:
      - to: trattenimento
        consent: not-required
  - id: trattenimento
    stage: identificazione-preliminare
    actor: questura-ufficio-immigrazione
    action: Il Questore dispone il trattenimento.
    action_kind: detention-order
    referrals:
      - to: convalida
        time_limit: PT48H
        consent: not-required
  - id: convalida
    stage: identificazione-preliminare
    actor: giudice-di-pace
    action: Il Giudice di pace convalida il trattenimento.
    action_kind: validate-detention
    terminal: true
---
`;
const detentionSteps: Mutation = { file: R, replace: '    terminal: true\n---\n', with: `    terminal: true\n${DETENTION_STEPS}` };

/** A protocol with an operational signatory, a named one and the procedures it adopts. */
const PROTOCOL = `protocols:
  - id: protocollo-alfa
    title: Protocollo d'intesa contro la tratta
    signed: 2024-01-10
    place: Alfa
    duration: P3Y
    illustrative: true
    adopts: [adulti, asilo]
    signatories:
      - actor: questura-alfa
        kind: questura
      - actor: regione-alfa
        kind: regione
      - name: Associazione dei Comuni di Alfa
        kind: anci
`;
const protocol: Mutation = { file: REGION, replace: '    audience: public\n', with: `    audience: public\n${PROTOCOL}` };

export const domainCases: RuleCase[] = [
  /* domain/removal-before-identification */
  { rule: 'domain/removal-before-identification', name: 'passes: expulsion only after formal identification and a justified exclusion', mutations: [REMOVAL_ACTORS, rimpatrio], expected: [] },
  { rule: 'domain/removal-before-identification', name: 'indicators referred straight to an expulsion', mutations: [REMOVAL_ACTORS, rimpatrio, { file: R, replace: '      - to: colloqui\n        consent: informed\n', with: '      - to: colloqui\n        consent: informed\n      - to: espulsione\n        consent: not-required\n' }], expected: [
    'alfa/rimpatrio.md:20:13 error Step "espulsione" removes the person from Italy (expulsion-order) but can follow step "rilevazione-cpr", which screens for trafficking indicators, with no completed identification or justified exclusion in between (CETS 197 art. 10(2)). Hint: refer first to a step of kind "formal-identification" or "identification-excluded" domain/removal-before-identification',
  ] },
  { rule: 'domain/removal-before-identification', name: 'detention through a step that does not identify, reported once', mutations: [REMOVAL_ACTORS, rimpatrio, detentionSteps, { file: R, replace: '      - to: colloqui\n        consent: informed\n', with: '      - to: colloqui\n        consent: informed\n      - to: registrazione\n        consent: not-required\n' }], expected: [
    'alfa/rimpatrio.md:52:13 error Step "trattenimento" detains the person (detention-order) but can follow step "rilevazione-cpr", which screens for trafficking indicators, with no completed identification or justified exclusion in between (CETS 197 art. 10(2)). Hint: refer first to a step of kind "formal-identification" or "identification-excluded" domain/removal-before-identification',
  ] },
  { rule: 'domain/removal-before-identification', name: 'indicators in another procedure lead to a detention', mutations: [REMOVAL_ACTORS, rimpatrio, detentionSteps, { file: A, replace: '      - to: colloqui\n        condition: indicatori presenti', with: '      - to: rimpatrio#registrazione\n        consent: not-required\n      - to: colloqui\n        condition: indicatori presenti' }], expected: [
    'alfa/rimpatrio.md:50:13 error Step "trattenimento" detains the person (detention-order) but can follow step "adulti#rilevazione", which screens for trafficking indicators, with no completed identification or justified exclusion in between (CETS 197 art. 10(2)). Hint: refer first to a step of kind "formal-identification" or "identification-excluded" domain/removal-before-identification',
  ] },
  { rule: 'domain/removal-before-identification', name: 'a report in another Region refers straight to an expulsion', mutations: [REMOVAL_ACTORS, rimpatrio, { file: 'beta/trasferimento.md', replace: '      - to: coordinamento\n        consent: informed\n', with: '      - to: coordinamento\n        consent: informed\n      - to: alfa/rimpatrio#espulsione\n        consent: not-required\n' }], expected: [
    'beta/trasferimento.md:21:13 error Step "alfa/rimpatrio#espulsione" removes the person from Italy (expulsion-order) but can follow step "richiesta", which screens for trafficking indicators, with no completed identification or justified exclusion in between (CETS 197 art. 10(2)). Hint: refer first to a step of kind "formal-identification" or "identification-excluded" domain/removal-before-identification',
  ] },
  { rule: 'domain/removal-before-identification', name: 'exclusion without a justification', mutations: [REMOVAL_ACTORS, rimpatrio, { file: R, replace: '    justification: I colloqui non hanno confermato gli indicatori; relazione scritta alla Questura.\n', with: '' }], expected: [
    'alfa/rimpatrio.md:33:18 error Step "esito-negativo" concludes identification negatively but does not say why. Hint: add "justification:" with the reasons and the interviews or records they rest on domain/removal-before-identification',
  ] },
  { rule: 'domain/removal-before-identification', name: 'an exclusion without a justification does not open the way to the expulsion', mutations: [REMOVAL_ACTORS, rimpatrio, { file: R, replace: '    justification: I colloqui non hanno confermato gli indicatori; relazione scritta alla Questura.\n', with: '' }, { file: R, replace: '      - to: colloqui\n        consent: informed\n', with: '      - to: colloqui\n        consent: informed\n      - to: esito-negativo\n        consent: not-required\n' }], expected: [
    'alfa/rimpatrio.md:35:18 error Step "esito-negativo" concludes identification negatively but does not say why. Hint: add "justification:" with the reasons and the interviews or records they rest on domain/removal-before-identification',
    'alfa/rimpatrio.md:37:13 error Step "espulsione" removes the person from Italy (expulsion-order) but can follow step "rilevazione-cpr", which screens for trafficking indicators, with no completed identification or justified exclusion in between (CETS 197 art. 10(2)). Hint: refer first to a step of kind "formal-identification" or "identification-excluded" domain/removal-before-identification',
  ] },
  { rule: 'domain/removal-before-identification', name: 'passes: assisted voluntary return is not a removal', mutations: [REMOVAL_ACTORS, rimpatrio, { file: R, replace: '      - to: colloqui\n        consent: informed\n', with: '      - to: colloqui\n        consent: informed\n      - to: ritorno\n        consent: written\n' }, { file: R, replace: '    terminal: true\n---\n', with: '    terminal: true\n  - id: ritorno\n    stage: presa-in-carico-territoriale\n    actor: ente-antitratta\n    action: Organizza il rimpatrio volontario assistito scelto dalla persona.\n    action_kind: voluntary-return\n    terminal: true\n---\n' }], expected: [] },

  /* domain/minors-no-removal */
  { rule: 'domain/minors-no-removal', name: 'deferred refoulement in the minors pathway', mutations: [
    { file: MINORI, replace: 'roles: [forze-ordine,', with: 'roles: [questura-ufficio-immigrazione, forze-ordine,' },
    { file: MINORI, replace: '      - to: segnalazione-procura\n        consent: not-required\n', with: '      - to: segnalazione-procura\n        consent: not-required\n      - to: respingimento\n        consent: not-required\n' },
    { file: MINORI, replace: '    action_kind: formal-identification\n    terminal: true\n', with: '    action_kind: formal-identification\n    terminal: true\n  - id: respingimento\n    stage: identificazione-preliminare\n    actor: questura-ufficio-immigrazione\n    action: Il Questore dispone il respingimento differito.\n    action_kind: deferred-refoulement\n    terminal: true\n' },
  ], expected: [
    'alfa/minori.md:21:13 error Step "respingimento" removes the person from Italy (deferred-refoulement) but can follow step "rintraccio", which screens for trafficking indicators, with no completed identification or justified exclusion in between (CETS 197 art. 10(2)). Hint: refer first to a step of kind "formal-identification" or "identification-excluded" domain/removal-before-identification',
    'alfa/minori.md:69:18 error Step "respingimento" removes the person (deferred-refoulement) in a procedure for minors: unaccompanied minors are not refouled, expelled or held for removal (D.Lgs. 286/1998 art. 19; L. 47/2017 art. 3). Hint: a return is "voluntary-return", chosen with the guardian domain/minors-no-removal',
  ] },

  /* domain/ct-referral through an intermediate step */
  { rule: 'domain/ct-referral', name: 'Commissione referral through the Questura without written consent', mutations: [
    { file: ASILO, replace: 'roles: [commissione-territoriale, ente-antitratta]', with: 'roles: [commissione-territoriale, ente-antitratta, questura-ufficio-immigrazione]' },
    { file: ASILO, replace: '      - to: colloqui-ente\n        consent: written\n', with: '      - to: inoltro\n        consent: informed\n  - id: inoltro\n    stage: segnalazione\n    actor: questura-ufficio-immigrazione\n    action: Inoltra la segnalazione all\'ente.\n    action_kind: report-case\n    referrals:\n      - to: colloqui-ente\n        consent: informed\n' },
  ], expected: [
    'alfa/asilo.md:23:18 error The referral from the Commissione territoriale through "inoltro" reaches the anti-trafficking provider\'s step "colloqui-ente" with no written consent on the way. Hint: "consent: written" on the referral into the provider domain/ct-referral',
  ] },
  { rule: 'domain/ct-referral', name: 'passes: written consent given on the way through the Questura', mutations: [
    { file: ASILO, replace: 'roles: [commissione-territoriale, ente-antitratta]', with: 'roles: [commissione-territoriale, ente-antitratta, questura-ufficio-immigrazione]' },
    { file: ASILO, replace: '      - to: colloqui-ente\n        consent: written\n', with: '      - to: inoltro\n        consent: informed\n  - id: inoltro\n    stage: segnalazione\n    actor: questura-ufficio-immigrazione\n    action: Inoltra la segnalazione all\'ente.\n    action_kind: report-case\n    referrals:\n      - to: colloqui-ente\n        consent: written\n' },
  ], expected: [] },

  /* domain/legal-time-limit on the referral */
  { rule: 'domain/legal-time-limit', name: 'referral into MSNA first reception beyond 30 days', mutations: [{ file: MINORI, replace: '      - to: prima-accoglienza\n        consent: not-required', with: '      - to: prima-accoglienza\n        time_limit: P45D\n        consent: not-required' }], expected: [
    'alfa/minori.md:22:21 error Time limit P45D of the referral to "prima-accoglienza" exceeds the legal maximum P30D for "minor-first-reception". Hint: the limit is set by D.Lgs. 18 agosto 2015, n. 142, art. 19 domain/legal-time-limit',
  ] },
  { rule: 'domain/legal-time-limit', name: 'referral into the validation of a detention beyond 48 hours', mutations: [REMOVAL_ACTORS, rimpatrio, detentionSteps, { file: R, replace: '      - to: espulsione\n        consent: not-required\n', with: '      - to: espulsione\n        consent: not-required\n      - to: registrazione\n        consent: not-required\n' }, { file: R, replace: 'time_limit: PT48H', with: 'time_limit: P3D' }], expected: [
    'alfa/rimpatrio.md:61:21 error Time limit P3D of the referral to "convalida" exceeds the legal maximum PT48H for "validate-detention". Hint: the limit is set by D.Lgs. 25 luglio 1998, n. 286 (Testo unico immigrazione), art. 14 domain/legal-time-limit',
  ] },
  { rule: 'domain/legal-time-limit', name: 'passes: referral into MSNA first reception within 30 days', mutations: [{ file: MINORI, replace: '      - to: prima-accoglienza\n        consent: not-required', with: '      - to: prima-accoglienza\n        time_limit: PT24H\n        consent: not-required' }], expected: [] },

  /* domain/minors-safeguards on the pathway */
  { rule: 'domain/minors-safeguards', name: 'minors pathway without juvenile prosecutor and guardian', mutations: [{ file: A, replace: 'population: [adults]\n', with: 'population: [adults]\npathways: [minori]\n' }], expected: [
    'alfa/adulti.md:12:11 error A procedure for minors must involve the juvenile prosecutor\'s office or the juvenile court (L. 47/2017). Hint: add a step whose actor is "procura-minorenni" or "tribunale-minorenni" domain/minors-safeguards',
    'alfa/adulti.md:12:11 error A procedure for minors must involve a guardian (L. 47/2017 art. 11). Hint: add a step whose actor is "tutore-volontario" domain/minors-safeguards',
  ] },

  /* domain/permit-proposal from what a step says */
  { rule: 'domain/permit-proposal', name: 'provider whose action says it issues the art. 18 permit', mutations: [{ file: A, replace: 'action: Svolge i colloqui di identificazione formale.', with: 'action: Svolge i colloqui e rilascia il permesso di soggiorno ex art. 18.' }], expected: [
    'alfa/adulti.md:29:13 error Step "colloqui" says it issues the art. 18 permit, which only the Questore ("questura-ufficio-immigrazione") issues, not "ente-antitratta". Hint: make the Questura the step\'s actor with "action_kind: issue-residence-permit", or say that this step proposes or asks for the permit domain/permit-proposal',
  ] },
  { rule: 'domain/permit-proposal', name: 'passes: provider whose action says it asks for the permit', mutations: [{ file: A, replace: 'action: Svolge i colloqui di identificazione formale.', with: 'action: Svolge i colloqui e chiede il rilascio del permesso di soggiorno ex art. 18.' }], expected: [] },
  { rule: 'domain/permit-proposal', name: 'passes: provider whose action says the Questore issues the permit', mutations: [{ file: A, replace: 'action: Svolge i colloqui di identificazione formale.', with: 'action: Svolge i colloqui; poi il Questore rilascia il permesso di soggiorno ex art. 18.' }], expected: [] },
  { rule: 'domain/permit-proposal', name: 'art. 18-bis permit proposed by the provider', mutations: [{ file: A, replace: '    legal_basis: [dlgs-286-1998-art-18]\n    terminal', with: '    legal_basis: [dlgs-286-1998-art-18-bis]\n    terminal' }], expected: [
    'alfa/adulti.md:42:13 error "ente-antitratta" may not propose the art. 18-bis permit: only procura may domain/permit-proposal',
    'alfa/adulti.md:44:9 error The art. 18-bis permit in step "rilascio" must follow a proposal: no referral into it comes from a "propose-residence-permit" step of procura domain/permit-proposal',
  ] },

  /* refs/repealed-legal-reference in the prose */
  { rule: 'refs/repealed-legal-reference', name: 'body link to art. 22 c.12-quater', mutations: [{ file: A, replace: '(legal:dlgs-286-1998-art-18)', with: '(legal:dlgs-286-1998-art-22-c12-quater)' }], expected: [
    'alfa/adulti.md:57:38 warning Link to legal reference "dlgs-286-1998-art-22-c12-quater" (D.Lgs. 25 luglio 1998, n. 286 (Testo unico immigrazione), art. 22, comma 12-quater — permesso per le vittime di sfruttamento lavorativo), which was repealed by "dl-145-2024". Hint: link to "legal:dlgs-286-1998-art-18-ter" instead refs/repealed-legal-reference',
  ] },

  /* domain/helpline-number wherever it is written */
  { rule: 'domain/helpline-number', name: 'wrong helpline number in the prose', mutations: [{ file: A, replace: 'Per i richiedenti asilo', with: 'Il Numero Verde Antitratta risponde al numero 800.123.456, giorno e notte.\n\nPer i richiedenti asilo' }], expected: [
    'alfa/adulti.md:58:47 error The Numero Verde Antitratta is 800 290 290, not "800.123.456" domain/helpline-number',
  ] },
  { rule: 'domain/helpline-number', name: 'wrong helpline number in a step', mutations: [{ file: A, replace: 'action: Rileva gli indicatori di tratta durante un controllo.', with: 'action: Rileva gli indicatori di tratta e chiama il numero verde anti-tratta (800 290 209).' }], expected: [
    'alfa/adulti.md:19:13 error The Numero Verde Antitratta is 800 290 290, not "800 290 209" domain/helpline-number',
  ] },
  { rule: 'domain/helpline-number', name: 'wrong number in a contact whose label names the helpline', mutations: [{ file: REGION, replace: '    audience: public\n', with: '    audience: public\n  - id: linea-regionale\n    label: Numero verde nazionale antitratta (sportello regionale)\n    phone: 800 111 222\n    audience: public\n' }], expected: [
    'alfa/region.yaml:51:12 error The Numero Verde Antitratta is 800 290 290, not "800 111 222" domain/helpline-number',
  ] },
  { rule: 'domain/helpline-number', name: 'wrong number in the Region\'s network text', mutations: [{ file: REGION, replace: 'illustrative: true\n', with: 'illustrative: true\nnetwork: La rete lavora con la linea verde contro la tratta (800 290 299) e con i Comuni.\n' }], expected: [
    'alfa/region.yaml:4:10 error The Numero Verde Antitratta is 800 290 290, not "800 290 299" domain/helpline-number',
  ] },
  { rule: 'domain/helpline-number', name: 'passes: another toll-free number in its own sentence', mutations: [{ file: A, replace: 'Per i richiedenti asilo', with: 'Il Numero Verde Antitratta risponde al numero 800 290 290. Il Comune risponde al numero verde 800 123 456.\n\nPer i richiedenti asilo' }], expected: [] },

  /* refs/protocol-reference and domain/protocol-signatory */
  { rule: 'refs/protocol-reference', name: 'passes: a protocol with operational and named signatories, still in force', mutations: [protocol], expected: [] },
  { rule: 'refs/protocol-reference', name: 'unknown signatory, unknown adopted procedure, signatory with neither actor nor name', mutations: [protocol, { file: REGION, replace: '      - actor: questura-alfa\n', with: '      - actor: questura-alpha\n' }, { file: REGION, replace: 'adopts: [adulti, asilo]', with: 'adopts: [adulti, asylo]' }, { file: REGION, replace: '      - name: Associazione dei Comuni di Alfa\n        kind: anci\n', with: '      - kind: sindacato\n' }], expected: [
    'alfa/region.yaml:56:22 error Unknown procedure "asylo" (did you mean "asilo"?). Hint: a Region\'s procedures are the .md files of its folder, by their id refs/protocol-reference',
    'alfa/region.yaml:58:16 error Unknown actor "questura-alpha" (did you mean "questura-alfa"?). Hint: actors are listed under "actors:" in the Region\'s region.yaml refs/protocol-reference',
    'alfa/region.yaml:62:15 error A signatory of protocol "protocollo-alfa" has neither "actor" nor "name". Hint: an operational signatory is an actor declared under "actors:" in region.yaml; a body that acts in no step is written with "name:" instead refs/protocol-reference',
  ] },
  { rule: 'domain/protocol-signatory', name: 'signatory kind that does not match the actor\'s role, and a research institute given a role', mutations: [protocol, { file: REGION, replace: '      - actor: questura-alfa\n        kind: questura', with: '      - actor: questura-alfa\n        kind: procura' }, { file: REGION, replace: '      - actor: regione-alfa\n        kind: regione', with: '      - actor: regione-alfa\n        kind: istituto-ricerca' }], expected: [
    'alfa/region.yaml:59:15 error Signatory "questura-alfa" of protocol "protocollo-alfa" is of kind "procura" but fills role "questura-ufficio-immigrazione". Hint: a "procura" signatory fills "procura" domain/protocol-signatory',
    'alfa/region.yaml:61:15 error A signatory of kind "istituto-ricerca" acts in no step, so it has no role: "regione-alfa" fills "regione". Hint: write it with "name:" instead of "actor:" domain/protocol-signatory',
  ] },

  { rule: 'domain/protocol-expired', name: 'a three-year protocol signed in 2022', mutations: [protocol, { file: REGION, replace: 'signed: 2024-01-10', with: 'signed: 2022-03-03' }], expected: [
    'alfa/region.yaml:54:15 warning Protocol "protocollo-alfa", signed on 2022-03-03 for P3Y, ended on 2025-03-03. Hint: record its renewal (a new protocol, or a new "signed" date) or remove it domain/protocol-expired',
  ] },
  { rule: 'refs/protocol-reference', name: 'two protocols with one id', mutations: [protocol, { file: REGION, replace: '        kind: anci\n', with: '        kind: anci\n  - id: protocollo-alfa\n    title: Secondo protocollo\n    signatories:\n      - actor: procura-alfa\n        kind: procura\n' }], expected: [
    'alfa/region.yaml:64:9 error Duplicate protocol id "protocollo-alfa" in Region "alfa" refs/protocol-reference',
  ] },

  /* refs/unknown-legal-reference for the source of a legal maximum */
  { rule: 'refs/unknown-legal-reference', name: 'misspelt source of a maximum duration', mutations: [{ file: '_national/actions.yaml', replace: 'max_duration_source: dpcm-234-2016-art-3', with: 'max_duration_source: dpcm-234-2016-art3' }], expected: [
    '_national/actions.yaml:94:26 error Unknown legal reference "dpcm-234-2016-art3" (did you mean "dpcm-234-2016-art-3"?). Hint: legal references are defined in _national/legal-references.yaml refs/unknown-legal-reference',
  ] },
];

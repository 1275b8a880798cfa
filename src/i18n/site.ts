// The handbooks' own words (pages, navigation, labels), in Italian and English.
import type { Consent, Lang, Population, Status } from '../model/types.js';

export interface SiteMessages {
  lang: Lang;
  locale: string;
  skipToContent: string;
  illustrative: string;
  handbooks: string;
  landingTitle: string;
  landingIntro: string;
  project: string;
  leadBody: string;
  procedureCount: string;
  lastApproval: string;
  openHandbook: string;
  network: string;
  workingGroup: string;
  contacts: string;
  proceduresByStage: string;
  proceduresByPathway: string;
  rolesDirectory: string;
  referralMap: string;
  referralMapDescription: (region: string) => string;
  procedureMapDescription: (title: string) => string;
  legalReferences: string;
  populations: string;
  version: string;
  status: string;
  statusName: Record<Status, string>;
  approval: string;
  approvedOn: (date: string, bodies: string) => string;
  notApproved: string;
  reviewBy: string;
  population: string;
  populationName: Record<Population, string>;
  stages: string;
  pathways: string;
  steps: string;
  stepCount: (count: number) => string;
  procedureDetails: string;
  step: string;
  /** A step by number and name: "Passo 3: Primo colloquio". */
  stepNamed: (number: number, title: string) => string;
  actor: string;
  timeLimit: string;
  consent: string;
  consentName: Record<Consent, string>;
  legalBasis: string;
  nextSteps: string;
  terminal: string;
  condition: string;
  conditionLabel: string;
  sender: string;
  receiver: string;
  noCondition: string;
  onThisPage: string;
  within: (amount: string) => string;
  durationUnits: Record<'years' | 'months' | 'weeks' | 'days' | 'hours' | 'minutes', [string, string]>;
  and: string;
  text: string;
  mandate: string;
  localActors: string;
  stepsPerformed: string;
  referralsIn: string;
  referralsOut: string;
  none: string;
  from: string;
  to: string;
  inRegion: (region: string) => string;
  search: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchNoResults: string;
  searchResults: (count: number) => string;
  kindProcedure: string;
  kindRole: string;
  kindStep: string;
  /** A case study (cases/*.yaml) among search results. */
  kindCase: string;
  repealed: string;
  officialText: string;
  home: string;
  allRegions: string;
  phone: string;
  hours: string;
  breadcrumb: string;
  mainNavigation: string;
  generatedBy: string;
  proceduresFor: (population: string) => string;
  internalUse: string;
  internalEdition: string;
}

export const siteMessages: Record<Lang, SiteMessages> = {
  it: {
    lang: 'it',
    locale: 'it-IT',
    skipToContent: 'Vai al contenuto',
    illustrative: 'Contenuto illustrativo: non è il testo ufficiale di alcun protocollo.',
    handbooks: 'Manuali regionali',
    landingTitle: 'Procedure operative standard antitratta',
    landingIntro: 'Manuali delle reti regionali antitratta: chi fa cosa, con quale mandato e base giuridica, e come una presunta vittima di tratta o grave sfruttamento viene inviata ai servizi.',
    project: 'Progetto',
    leadBody: 'Ente capofila',
    procedureCount: 'Procedure',
    lastApproval: 'Ultima approvazione',
    openHandbook: 'Apri il manuale',
    network: 'La rete',
    workingGroup: 'Gruppo di lavoro e firmatari',
    contacts: 'Contatti',
    proceduresByStage: 'Procedure per fase',
    proceduresByPathway: 'Procedure per percorso speciale',
    rolesDirectory: 'Ruoli e attori',
    referralMap: 'Mappa dei referral',
    referralMapDescription: (region) => `Ruoli della rete di ${region} e invii tra di loro. L'elenco dei passi di ogni procedura è l'equivalente testuale.`,
    procedureMapDescription: (title) => `Diagramma dei passi di «${title}». L'elenco dei passi che segue è l'equivalente testuale.`,
    legalReferences: 'Riferimenti normativi',
    populations: 'Destinatari',
    version: 'Versione',
    status: 'Stato',
    statusName: { draft: 'bozza', approved: 'approvata', retired: 'ritirata' },
    approval: 'Approvazione',
    approvedOn: (date, bodies) => `${date}, da ${bodies}`,
    notApproved: 'non ancora approvata',
    reviewBy: 'Revisione entro',
    population: 'Destinatari',
    populationName: { adults: 'adulti', minors: 'minori', families: 'nuclei familiari' },
    stages: 'Fasi',
    pathways: 'Percorsi speciali',
    steps: 'Passi',
    stepCount: (count) => (count === 1 ? '1 passo' : `${count} passi`),
    procedureDetails: 'Approvazione, fasi e base giuridica',
    step: 'Passo',
    stepNamed: (number, title) => `Passo ${number}: ${title}`,
    actor: 'Chi',
    timeLimit: 'Tempi',
    consent: 'Consenso',
    consentName: { written: 'consenso scritto', informed: 'consenso informato', 'not-required': 'consenso non richiesto', exception: 'eccezione al consenso' },
    legalBasis: 'Base giuridica',
    nextSteps: 'Invio a',
    terminal: 'Conclude il percorso',
    condition: 'quando',
    conditionLabel: 'Condizione',
    sender: 'Chi invia',
    receiver: 'Chi riceve',
    noCondition: 'sempre (nessuna condizione)',
    onThisPage: 'In questa pagina',
    within: (amount) => `entro ${amount}`,
    durationUnits: { years: ['anno', 'anni'], months: ['mese', 'mesi'], weeks: ['settimana', 'settimane'], days: ['giorno', 'giorni'], hours: ['ora', 'ore'], minutes: ['minuto', 'minuti'] },
    and: 'e',
    text: 'Testo della procedura',
    mandate: 'Mandato',
    localActors: 'Attori in questa Regione',
    stepsPerformed: 'Passi svolti',
    referralsIn: 'Invii ricevuti',
    referralsOut: 'Invii effettuati',
    none: 'Nessuno',
    from: 'da',
    to: 'a',
    inRegion: (region) => `(${region})`,
    search: 'Cerca',
    searchLabel: 'Cerca procedure, ruoli e passi',
    searchPlaceholder: 'es. Questura, consenso, minori',
    searchNoResults: 'Nessun risultato.',
    searchResults: (count) => (count === 1 ? '1 risultato' : `${count} risultati`),
    kindProcedure: 'Procedura',
    kindRole: 'Ruolo',
    kindStep: 'Passo',
    kindCase: 'Caso di studio',
    repealed: 'abrogato',
    officialText: 'testo ufficiale',
    home: 'Home',
    allRegions: 'Tutte le Regioni',
    phone: 'Telefono',
    hours: 'Orari',
    breadcrumb: 'Percorso di navigazione',
    mainNavigation: 'Navigazione principale',
    generatedBy: 'Generato con sopbook dalle procedure sorgente.',
    proceduresFor: (population) => `Procedure per ${population}`,
    internalUse: 'Uso interno',
    internalEdition: 'Edizione per uso interno: contiene informazioni riservate, da non diffondere.',
  },
  en: {
    lang: 'en',
    locale: 'en-GB',
    skipToContent: 'Skip to content',
    illustrative: 'Illustrative content: not the official text of any protocol.',
    handbooks: 'Regional handbooks',
    landingTitle: 'Anti-trafficking standard operating procedures',
    landingIntro: 'Handbooks of the regional anti-trafficking networks: who does what, under which mandate and legal basis, and how a presumed victim of trafficking or severe exploitation is referred to services.',
    project: 'Project',
    leadBody: 'Lead body',
    procedureCount: 'Procedures',
    lastApproval: 'Last approval',
    openHandbook: 'Open the handbook',
    network: 'The network',
    workingGroup: 'Working group and signatories',
    contacts: 'Contacts',
    proceduresByStage: 'Procedures by stage',
    proceduresByPathway: 'Procedures by special pathway',
    rolesDirectory: 'Roles and actors',
    referralMap: 'Referral map',
    referralMapDescription: (region) => `Roles of the ${region} network and the referrals between them. The step list of each procedure is the text equivalent.`,
    procedureMapDescription: (title) => `Diagram of the steps of "${title}". The step list below is the text equivalent.`,
    legalReferences: 'Legal references',
    populations: 'Populations',
    version: 'Version',
    status: 'Status',
    statusName: { draft: 'draft', approved: 'approved', retired: 'retired' },
    approval: 'Approval',
    approvedOn: (date, bodies) => `${date}, by ${bodies}`,
    notApproved: 'not yet approved',
    reviewBy: 'Review by',
    population: 'Population',
    populationName: { adults: 'adults', minors: 'minors', families: 'families' },
    stages: 'Stages',
    pathways: 'Special pathways',
    steps: 'Steps',
    stepCount: (count) => (count === 1 ? '1 step' : `${count} steps`),
    procedureDetails: 'Approval, stages and legal basis',
    step: 'Step',
    stepNamed: (number, title) => `Step ${number}: ${title}`,
    actor: 'Who',
    timeLimit: 'Time limit',
    consent: 'Consent',
    consentName: { written: 'written consent', informed: 'informed consent', 'not-required': 'consent not required', exception: 'exception to consent' },
    legalBasis: 'Legal basis',
    nextSteps: 'Refers to',
    terminal: 'Ends the pathway',
    condition: 'when',
    conditionLabel: 'Condition',
    sender: 'Sent by',
    receiver: 'Received by',
    noCondition: 'always (no condition)',
    onThisPage: 'On this page',
    within: (amount) => `within ${amount}`,
    durationUnits: { years: ['year', 'years'], months: ['month', 'months'], weeks: ['week', 'weeks'], days: ['day', 'days'], hours: ['hour', 'hours'], minutes: ['minute', 'minutes'] },
    and: 'and',
    text: 'Procedure text',
    mandate: 'Mandate',
    localActors: 'Actors in this Region',
    stepsPerformed: 'Steps performed',
    referralsIn: 'Referrals received',
    referralsOut: 'Referrals made',
    none: 'None',
    from: 'from',
    to: 'to',
    inRegion: (region) => `(${region})`,
    search: 'Search',
    searchLabel: 'Search procedures, roles and steps',
    searchPlaceholder: 'e.g. Questura, consent, minors',
    searchNoResults: 'No results.',
    searchResults: (count) => (count === 1 ? '1 result' : `${count} results`),
    kindProcedure: 'Procedure',
    kindRole: 'Role',
    kindStep: 'Step',
    kindCase: 'Case study',
    repealed: 'repealed',
    officialText: 'official text',
    home: 'Home',
    allRegions: 'All Regions',
    phone: 'Phone',
    hours: 'Hours',
    breadcrumb: 'Breadcrumb',
    mainNavigation: 'Main navigation',
    generatedBy: 'Generated with sopbook from the source procedures.',
    proceduresFor: (population) => `Procedures for ${population}`,
    internalUse: 'Internal use',
    internalEdition: 'Internal edition: contains restricted information, not for circulation.',
  },
};

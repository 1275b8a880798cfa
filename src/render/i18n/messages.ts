// Every UI string of the handbooks, in Italian (the default) and English. Content stays as authored.
import type { Consent, Lang, Population, Status } from '../../model/types.js';

export interface Messages {
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
  step: string;
  actor: string;
  timeLimit: string;
  consent: string;
  consentName: Record<Consent, string>;
  legalBasis: string;
  nextSteps: string;
  terminal: string;
  condition: string;
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
  national: {
    title: string;
    intro: string;
    open: string;
    overview: string;
    region: string;
    steps: string;
    referrals: string;
    coverage: string;
    coverageCaption: string;
    pathwayCoverage: string;
    pathwayCaption: string;
    gap: string;
    roles: string;
    rolesIntro: string;
    actors: string;
    map: string;
    mapDescription: string;
    edges: string;
    regions: string;
    range: string;
    noTimeLimit: string;
    divergences: string;
    divergencesIntro: string;
    regionsDiffering: (count: number) => string;
    kind: Record<'receiving-role' | 'time-limit' | 'consent' | 'legal-basis' | 'stage-gap' | 'pathway-gap', string>;
    json: string;
    stageInNational: string;
    roleInNational: string;
  };
  internalUse: string;
  internalEdition: string;
  /** `sop dev`'s overlay when a save breaks the build. */
  devFailed: { title: string; hint: string };
  pdf: {
    handbook: string;
    contents: string;
    page: string;
    of: string;
    edition: string;
    procedures: string;
    roles: string;
    download: string;
    downloadNational: string;
    diagramAlt: (title: string) => string;
    pageShort: string;
  };
}

export const messages: Record<Lang, Messages> = {
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
    step: 'Passo',
    actor: 'Chi',
    timeLimit: 'Tempi',
    consent: 'Consenso',
    consentName: { written: 'consenso scritto', informed: 'consenso informato', 'not-required': 'consenso non richiesto', exception: 'eccezione al consenso' },
    legalBasis: 'Base giuridica',
    nextSteps: 'Invio a',
    terminal: 'Conclude il percorso',
    condition: 'quando',
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
    national: {
      title: 'Modello nazionale di referral',
      intro: 'Il modello nazionale unisce le procedure di tutte le Regioni: per ogni fase e ruolo, chi invia la persona a chi, in quali Regioni, con quali tempi, consenso e basi giuridiche, e dove le Regioni divergono.',
      open: 'Apri il modello nazionale',
      overview: 'Quadro generale',
      region: 'Regione',
      steps: 'Passi',
      referrals: 'Invii',
      coverage: 'Copertura per Regione e fase',
      coverageCaption: 'Procedure di ogni Regione per fase nazionale; le celle vuote sono lacune.',
      pathwayCoverage: 'Copertura dei percorsi speciali',
      pathwayCaption: 'Procedure di ogni Regione per percorso speciale; le celle vuote sono lacune.',
      gap: 'nessuna procedura',
      roles: 'Ruoli nazionali',
      rolesIntro: 'Il mandato di ogni ruolo e ciò che fa in ciascuna Regione, a confronto.',
      actors: 'Attori locali',
      map: 'Mappa nazionale dei referral',
      mapDescription: 'Nodi: fase e ruolo; frecce: invii, con il numero di Regioni che li prevedono. La tabella che segue è l\'equivalente testuale.',
      edges: 'Invii tra fasi e ruoli',
      regions: 'Regioni',
      range: 'Tempi',
      noTimeLimit: 'nessun termine indicato',
      divergences: 'Divergenze e lacune',
      divergencesIntro: 'Dove le Regioni fanno scelte diverse o non hanno procedure, ordinate per numero di Regioni che si discostano dalla scelta più comune.',
      regionsDiffering: (count) => (count === 1 ? '1 Regione diverge' : `${count} Regioni divergono`),
      kind: { 'receiving-role': 'Ruolo che riceve l\'invio', 'time-limit': 'Tempi dell\'invio', consent: 'Consenso richiesto', 'legal-basis': 'Basi giuridiche citate', 'stage-gap': 'Fase senza procedura', 'pathway-gap': 'Percorso speciale senza procedura' },
      json: 'Scarica il modello (JSON)',
      stageInNational: 'Questa fase nel modello nazionale',
      roleInNational: 'Questo ruolo nel modello nazionale',
    },
    internalUse: 'Uso interno',
    internalEdition: 'Edizione per uso interno: contiene informazioni riservate, da non diffondere.',
    devFailed: { title: 'Il manuale non è stato aggiornato: ci sono errori', hint: 'La pagina mostra l\'ultima versione valida. Correggi gli errori qui sotto e salva: la pagina si aggiorna da sola.' },
    pdf: {
      handbook: 'Manuale delle procedure operative standard',
      contents: 'Indice',
      page: 'pagina',
      of: 'di',
      edition: 'Edizione',
      procedures: 'Procedure',
      roles: 'Ruoli e passi',
      download: 'Scarica il manuale in PDF',
      downloadNational: 'Scarica il modello nazionale in PDF',
      diagramAlt: (title) => `Diagramma dei passi e degli invii della procedura «${title}», descritti per esteso nella tabella dei passi.`,
      pageShort: 'p.',
    },
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
    step: 'Step',
    actor: 'Who',
    timeLimit: 'Time limit',
    consent: 'Consent',
    consentName: { written: 'written consent', informed: 'informed consent', 'not-required': 'consent not required', exception: 'exception to consent' },
    legalBasis: 'Legal basis',
    nextSteps: 'Refers to',
    terminal: 'Ends the pathway',
    condition: 'when',
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
    national: {
      title: 'National referral model',
      intro: 'The national model merges the procedures of every Region: for each stage and role, who refers the person to whom, in which Regions, with which time limits, consent and legal bases, and where the Regions diverge.',
      open: 'Open the national model',
      overview: 'Overview',
      region: 'Region',
      steps: 'Steps',
      referrals: 'Referrals',
      coverage: 'Coverage by Region and stage',
      coverageCaption: 'Procedures of each Region per national stage; empty cells are gaps.',
      pathwayCoverage: 'Coverage of the special pathways',
      pathwayCaption: 'Procedures of each Region per special pathway; empty cells are gaps.',
      gap: 'no procedure',
      roles: 'National roles',
      rolesIntro: 'The mandate of each role and what it does in each Region, side by side.',
      actors: 'Local actors',
      map: 'National referral map',
      mapDescription: 'Nodes: stage and role; arrows: referrals, with the number of Regions that have them. The table below is the text equivalent.',
      edges: 'Referrals between stages and roles',
      regions: 'Regions',
      range: 'Time limits',
      noTimeLimit: 'no time limit given',
      divergences: 'Divergences and gaps',
      divergencesIntro: 'Where Regions choose differently or have no procedure, sorted by how many Regions depart from the most common choice.',
      regionsDiffering: (count) => (count === 1 ? '1 Region differs' : `${count} Regions differ`),
      kind: { 'receiving-role': 'Receiving role', 'time-limit': 'Time limit of the referral', consent: 'Consent required', 'legal-basis': 'Legal bases cited', 'stage-gap': 'Stage without procedure', 'pathway-gap': 'Special pathway without procedure' },
      json: 'Download the model (JSON)',
      stageInNational: 'This stage in the national model',
      roleInNational: 'This role in the national model',
    },
    internalUse: 'Internal use',
    internalEdition: 'Internal edition: contains restricted information, not for circulation.',
    devFailed: { title: 'The handbook was not updated: there are errors', hint: 'This page shows the last good version. Fix the errors below and save: the page updates itself.' },
    pdf: {
      handbook: 'Standard operating procedures handbook',
      contents: 'Contents',
      page: 'page',
      of: 'of',
      edition: 'Edition',
      procedures: 'Procedures',
      roles: 'Roles and steps',
      download: 'Download the handbook as PDF',
      downloadNational: 'Download the national model as PDF',
      diagramAlt: (title) => `Diagram of the steps and referrals of "${title}", described in full in the steps table.`,
      pageShort: 'p.',
    },
  },
};

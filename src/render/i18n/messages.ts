// Every UI string of the handbooks, in Italian (the default) and English. Content stays as authored.
import type { CatalogueKind, Change as DiffChange, FlagField, ScalarField, SequenceField, SetField } from '../../diff/types.js';
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
  /** `sop diff`: what changed in the procedures between two versions, for signatories. */
  diff: {
    workingTree: string;
    heading: (dir: string, from: string, to: string) => string;
    summary: (added: number, removed: number, changed: number) => string;
    noChanges: string;
    procedureAdded: (version: string, status: string) => string;
    procedureRemoved: (version: string, status: string) => string;
    procedureChanged: (from: string, to: string) => string;
    versionNotBumped: (version: string) => string;
    unreadable: (version: string) => string;
    stepList: (ids: string) => string;
    step: (id: string) => string;
    referral: (to: string) => string;
    stage: (name: string) => string;
    asRole: (actor: string, role: string) => string;
    quote: (text: string) => string;
    /** Added, removed, changed: for passo, invio, attore, contatto (masculine in Italian) … */
    item: Record<DiffChange, string>;
    /** … and for Regione, sezione, fase (feminine). */
    itemFeminine: Record<DiffChange, string>;
    changedFrom: (what: string, from: string, to: string) => string;
    before: string;
    after: string;
    more: string;
    less: string;
    unset: string;
    noTimeLimit: string;
    field: Record<ScalarField | SetField | SequenceField, string>;
    flag: Record<FlagField, [on: string, off: string]>;
    audience: Record<'public' | 'restricted', string>;
    body: string;
    section: (heading: string) => string;
    opening: string;
    region: (id: string) => string;
    actor: (id: string) => string;
    contact: (id: string) => string;
    catalogue: string;
    catalogueEntry: Record<CatalogueKind, (id: string) => string>;
    catalogueFeminine: CatalogueKind[];
    fieldsChanged: (fields: string) => string;
    loadErrors: (version: string, count: number) => string;
    missingDir: (dir: string, version: string) => string;
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
    diff: {
      workingTree: 'copia di lavoro',
      heading: (dir, from, to) => `Modifiche alle procedure in ${dir}: da ${from} a ${to}`,
      summary: (added, removed, changed) => `Procedure aggiunte: ${added}; rimosse: ${removed}; modificate: ${changed}.`,
      noChanges: 'Nessuna procedura è cambiata.',
      procedureAdded: (version, status) => `aggiunta: versione ${version}, ${status}`,
      procedureRemoved: (version, status) => `rimossa (era la versione ${version}, ${status})`,
      procedureChanged: (from, to) => (from === to ? `modificata: versione ${to}` : `modificata: versione ${from} → ${to}`),
      versionNotBumped: (version) => `Attenzione: il contenuto è cambiato ma la versione è ancora ${version}`,
      unreadable: (version) => `non confrontabile: il file non si carica in ${version}`,
      stepList: (ids) => `Passi: ${ids}`,
      step: (id) => `Passo \`${id}\``,
      referral: (to) => `invio a \`${to}\``,
      stage: (name) => `fase «${name}»`,
      asRole: (actor, role) => `${actor}, come ${role}`,
      quote: (text) => `«${text}»`,
      item: { added: 'aggiunto', removed: 'rimosso', changed: 'modificato' },
      itemFeminine: { added: 'aggiunta', removed: 'rimossa', changed: 'modificata' },
      changedFrom: (what, from, to) => `${what} da ${from} a ${to}`,
      before: 'prima',
      after: 'ora',
      more: 'in più',
      less: 'in meno',
      unset: 'nessuno',
      noTimeLimit: 'nessun termine',
      field: {
        title: 'titolo cambiato',
        status: 'stato cambiato',
        'approval.date': 'data di approvazione cambiata',
        review_by: 'data di revisione cambiata',
        stage: 'fase cambiata',
        actor: 'attore cambiato',
        local_actor: 'attore locale cambiato',
        action: 'azione cambiata',
        action_kind: 'tipo di azione cambiato',
        time_limit: 'tempi cambiati',
        condition: 'condizione cambiata',
        consent: 'consenso cambiato',
        consent_note: 'nota sul consenso cambiata',
        name: 'nome cambiato',
        'project.name': 'nome del progetto cambiato',
        'project.lead': 'ente capofila cambiato',
        network: 'descrizione della rete cambiata',
        role: 'ruolo cambiato',
        area: 'area cambiata',
        label: 'denominazione cambiata',
        phone: 'telefono cambiato',
        email: 'email cambiata',
        url: 'sito web cambiato',
        hours: 'orari cambiati',
        audience: 'visibilità cambiata',
        'approval.bodies': 'enti che approvano',
        population: 'destinatari',
        stages: 'fasi',
        pathways: 'percorsi speciali',
        roles: 'ruoli',
        legal_basis: 'base giuridica',
        entry: 'passi di ingresso',
        working_group: 'gruppo di lavoro',
        step_order: 'ordine dei passi cambiato',
      },
      flag: {
        restricted: ['ora per uso interno', 'non più per uso interno'],
        terminal: ['ora conclude il percorso', 'non conclude più il percorso'],
        illustrative: ['ora indicata come illustrativa', 'non più indicata come illustrativa'],
        registered: ['ora iscritto nel registro (art. 52 DPR 394/1999)', 'non più iscritto nel registro (art. 52 DPR 394/1999)'],
      },
      audience: { public: 'pubblico', restricted: 'uso interno' },
      body: 'Testo della procedura',
      section: (heading) => `sezione «${heading}»`,
      opening: 'sezione iniziale (prima del primo titolo)',
      region: (id) => `Regione ${id} (region.yaml)`,
      actor: (id) => `Attore \`${id}\``,
      contact: (id) => `Contatto \`${id}\``,
      catalogue: 'Catalogo nazionale (_national)',
      catalogueEntry: {
        roles: (id) => `Ruolo \`${id}\``,
        actions: (id) => `Tipo di azione \`${id}\``,
        legal_references: (id) => `Riferimento normativo \`${id}\``,
        stages: (id) => `Fase \`${id}\``,
        pathways: (id) => `Percorso speciale \`${id}\``,
      },
      catalogueFeminine: ['stages'],
      fieldsChanged: (fields) => `campi cambiati: ${fields}`,
      loadErrors: (version, count) => `${version} ha ${count === 1 ? '1 errore' : `${count} errori`}: il confronto riguarda solo ciò che si carica`,
      missingDir: (dir, version) => `${dir} non esiste in ${version}: tutte le procedure risultano aggiunte o rimosse`,
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
    diff: {
      workingTree: 'working tree',
      heading: (dir, from, to) => `Changes to the procedures in ${dir}: from ${from} to ${to}`,
      summary: (added, removed, changed) => `Procedures added: ${added}; removed: ${removed}; changed: ${changed}.`,
      noChanges: 'No procedure changed.',
      procedureAdded: (version, status) => `added: version ${version}, ${status}`,
      procedureRemoved: (version, status) => `removed (was version ${version}, ${status})`,
      procedureChanged: (from, to) => (from === to ? `changed: version ${to}` : `changed: version ${from} → ${to}`),
      versionNotBumped: (version) => `Warning: the content changed but the version is still ${version}`,
      unreadable: (version) => `cannot be compared: the file does not load in ${version}`,
      stepList: (ids) => `Steps: ${ids}`,
      step: (id) => `Step \`${id}\``,
      referral: (to) => `referral to \`${to}\``,
      stage: (name) => `stage "${name}"`,
      asRole: (actor, role) => `${actor}, as ${role}`,
      quote: (text) => `"${text}"`,
      item: { added: 'added', removed: 'removed', changed: 'changed' },
      itemFeminine: { added: 'added', removed: 'removed', changed: 'changed' },
      changedFrom: (what, from, to) => `${what} from ${from} to ${to}`,
      before: 'before',
      after: 'now',
      more: 'added',
      less: 'removed',
      unset: 'none',
      noTimeLimit: 'no time limit',
      field: {
        title: 'title changed',
        status: 'status changed',
        'approval.date': 'approval date changed',
        review_by: 'review date changed',
        stage: 'stage changed',
        actor: 'actor changed',
        local_actor: 'local actor changed',
        action: 'action changed',
        action_kind: 'action kind changed',
        time_limit: 'time limit changed',
        condition: 'condition changed',
        consent: 'consent changed',
        consent_note: 'consent note changed',
        name: 'name changed',
        'project.name': 'project name changed',
        'project.lead': 'lead body changed',
        network: 'network description changed',
        role: 'role changed',
        area: 'area changed',
        label: 'label changed',
        phone: 'phone changed',
        email: 'email changed',
        url: 'website changed',
        hours: 'hours changed',
        audience: 'audience changed',
        'approval.bodies': 'approving bodies',
        population: 'population',
        stages: 'stages',
        pathways: 'special pathways',
        roles: 'roles',
        legal_basis: 'legal basis',
        entry: 'entry steps',
        working_group: 'working group',
        step_order: 'order of the steps changed',
      },
      flag: {
        restricted: ['now for internal use only', 'no longer for internal use only'],
        terminal: ['now ends the pathway', 'no longer ends the pathway'],
        illustrative: ['now marked as illustrative', 'no longer marked as illustrative'],
        registered: ['now listed in the register (DPR 394/1999 art. 52)', 'no longer listed in the register (DPR 394/1999 art. 52)'],
      },
      audience: { public: 'public', restricted: 'internal use' },
      body: 'Procedure text',
      section: (heading) => `section "${heading}"`,
      opening: 'opening section (before the first heading)',
      region: (id) => `Region ${id} (region.yaml)`,
      actor: (id) => `Actor \`${id}\``,
      contact: (id) => `Contact \`${id}\``,
      catalogue: 'National catalogue (_national)',
      catalogueEntry: {
        roles: (id) => `Role \`${id}\``,
        actions: (id) => `Action kind \`${id}\``,
        legal_references: (id) => `Legal reference \`${id}\``,
        stages: (id) => `Stage \`${id}\``,
        pathways: (id) => `Special pathway \`${id}\``,
      },
      catalogueFeminine: [],
      fieldsChanged: (fields) => `fields changed: ${fields}`,
      loadErrors: (version, count) => `${version} has ${count === 1 ? '1 error' : `${count} errors`}: only what loads is compared`,
      missingDir: (dir, version) => `${dir} does not exist in ${version}: every procedure counts as added or removed`,
    },
  },
};

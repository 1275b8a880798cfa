// The national referral model's pages.
import type { Lang } from '../model/types.js';

export interface NationalMessages {
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
  coverageHelp: string;
  proceduresIn: (region: string, column: string) => string;
  roles: string;
  rolesIntro: string;
  actors: string;
  map: string;
  /** The map's index: each stage has its own page. */
  mapStagesLead: string;
  mapOfStage: (stage: string) => string;
  noReferralsFromStage: string;
  edges: string;
  regions: string;
  range: string;
  noTimeLimit: string;
  divergences: string;
  divergencesIntro: string;
  /** Above the list of the divergences' pages (one per kind) and their stages. */
  kindsContents: string;
  noDivergences: string;
  roleAtStage: (role: string, stage: string) => string;
  receiversOf: (sender: string) => string;
  referralFromTo: (sender: string, receiver: string) => string;
  inStage: (stage: string) => string;
  mostCommon: string;
  without: string;
  notProvided: string;
  everyRegion: string;
  filterLabel: string;
  filterPlaceholder: string;
  filterCount: (count: string) => string;
  regionsDiffering: (count: number) => string;
  kind: Record<'receiving-role' | 'time-limit' | 'consent' | 'legal-basis' | 'stage-gap' | 'pathway-gap', string>;
  json: string;
  stageInNational: string;
  roleInNational: string;
}

export const nationalMessages: Record<Lang, NationalMessages> = {
  it: {
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
  coverageHelp: 'Ogni cella indica quante procedure della Regione coprono la fase o il percorso e porta al loro elenco nel manuale regionale; «—» segnala una lacuna.',
  proceduresIn: (region, column) => `procedure di ${region} per «${column}»`,
  roles: 'Ruoli nazionali',
  rolesIntro: 'Il mandato di ogni ruolo e ciò che fa in ciascuna Regione, a confronto.',
  actors: 'Attori locali',
  map: 'Mappa nazionale dei referral',
  mapStagesLead: 'Ogni fase ha la sua pagina, con la mappa e la tabella degli invii che partono dalla fase.',
  mapOfStage: (stage) => `Mappa nazionale: ${stage}`,
  noReferralsFromStage: 'Nessun invio parte da questa fase.',
  edges: 'Invii tra fasi e ruoli',
  regions: 'Regioni',
  range: 'Tempi',
  noTimeLimit: 'nessun termine indicato',
  divergences: 'Divergenze e lacune',
  divergencesIntro: 'Dove le Regioni fanno scelte diverse o non hanno procedure, ordinate per numero di Regioni che si discostano dalla scelta più comune.',
  kindsContents: 'Per tipo e per fase',
  noDivergences: 'Nessuna divergenza di questo tipo: tutte le Regioni fanno la stessa scelta.',
  roleAtStage: (role, stage) => `${role} (${stage})`,
  receiversOf: (sender) => `${sender}: a chi invia`,
  referralFromTo: (sender, receiver) => `Invio da ${sender} a ${receiver}`,
  inStage: (stage) => `Chi invia nella fase «${stage}»`,
  mostCommon: 'scelta più diffusa',
  notProvided: 'non previsto',
  without: 'Senza procedura',
  everyRegion: 'Che cosa fa ogni Regione',
  filterLabel: 'Filtra per Regione, ruolo, fase o parola',
  filterPlaceholder: 'es. Lazio, Questura, consenso',
  filterCount: (count) => `${count} voci mostrate`,
  regionsDiffering: (count) => (count === 1 ? '1 Regione diverge' : `${count} Regioni divergono`),
  kind: { 'receiving-role': 'Ruolo che riceve l\'invio', 'time-limit': 'Tempi dell\'invio', consent: 'Consenso richiesto', 'legal-basis': 'Basi giuridiche citate', 'stage-gap': 'Fase senza procedura', 'pathway-gap': 'Percorso speciale senza procedura' },
  json: 'Scarica il modello (JSON)',
  stageInNational: 'Questa fase nel modello nazionale',
  roleInNational: 'Questo ruolo nel modello nazionale',
  },
  en: {
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
  coverageHelp: 'Each cell gives how many of the Region\'s procedures cover the stage or pathway and leads to their list in the regional handbook; “—” marks a gap.',
  proceduresIn: (region, column) => `procedures of ${region} for “${column}”`,
  roles: 'National roles',
  rolesIntro: 'The mandate of each role and what it does in each Region, side by side.',
  actors: 'Local actors',
  map: 'National referral map',
  mapStagesLead: 'Each stage has its own page, with its map and the table of the referrals leaving it.',
  mapOfStage: (stage) => `National map: ${stage}`,
  noReferralsFromStage: 'No referral leaves this stage.',
  edges: 'Referrals between stages and roles',
  regions: 'Regions',
  range: 'Time limits',
  noTimeLimit: 'no time limit given',
  divergences: 'Divergences and gaps',
  divergencesIntro: 'Where Regions choose differently or have no procedure, sorted by how many Regions depart from the most common choice.',
  kindsContents: 'By kind and by stage',
  noDivergences: 'No divergence of this kind: every Region makes the same choice.',
  roleAtStage: (role, stage) => `${role} (${stage})`,
  receiversOf: (sender) => `${sender}: whom it refers to`,
  referralFromTo: (sender, receiver) => `Referral from ${sender} to ${receiver}`,
  inStage: (stage) => `Sender in the stage “${stage}”`,
  mostCommon: 'most common choice',
  notProvided: 'not provided',
  without: 'Without a procedure',
  everyRegion: 'What each Region does',
  filterLabel: 'Filter by Region, role, stage or word',
  filterPlaceholder: 'e.g. Lazio, Questura, consent',
  filterCount: (count) => `${count} items shown`,
  regionsDiffering: (count) => (count === 1 ? '1 Region differs' : `${count} Regions differ`),
  kind: { 'receiving-role': 'Receiving role', 'time-limit': 'Time limit of the referral', consent: 'Consent required', 'legal-basis': 'Legal bases cited', 'stage-gap': 'Stage without procedure', 'pathway-gap': 'Special pathway without procedure' },
  json: 'Download the model (JSON)',
  stageInNational: 'This stage in the national model',
  roleInNational: 'This role in the national model',
  },
};

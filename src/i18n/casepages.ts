// The case studies in the HTML handbooks (cases/*.yaml published): the list, each case's
// timeline per Region and the comparison across Regions. Italian first; English with --lang en.
import type { Lang } from '../model/types.js';

export interface CasePageMessages {
  title: string;
  intro: string;
  open: string;
  illustrative: string;
  runsIn: string;
  runsNowhere: string;
  facts: string;
  factsHelp: string;
  question: string;
  pathIn: (region: string) => string;
  pathHelp: string;
  alternatives: (count: number) => string;
  alternative: (index: number) => string;
  assumes: string;
  actor: string;
  localBody: string;
  legalBasis: string;
  timeLimit: string;
  noTimeLimit: string;
  elapsed: string;
  consent: string;
  restricted: string;
  total: (words: string) => string;
  compare: string;
  compareHelp: string;
  compareCaption: (title: string) => string;
  stage: string;
  noStep: string;
  differs: string;
  /** The case's path drawn over the diagrams of the procedures it passes through. */
  onDiagrams: string;
  onDiagramsHelp: string;
  /** The legend: how a step and a referral on the path look, and how the rest does. */
  legendOnPath: string;
  legendOffPath: string;
  /** The first line of a step's box on the path: its number in the timeline. */
  stop: (stop: number) => string;
  pathDiagramTitle: (procedure: string) => string;
  /** A diagram's text alternative: the stops it shows, in order. */
  pathDiagramStops: (procedure: string, stops: string[]) => string;
  /** The link from a case's page to its PDF handout. */
  downloadHandout: string;
  handout: CaseHandoutMessages;
}

/** The PDF handout of a case, for training days. */
export interface CaseHandoutMessages {
  /** Above the title on the first page, and in the document's title. */
  kicker: string;
  /** In the running header of every page after the first. */
  running: string;
  /** The notice under the title: an illustrative case, or training material only. */
  illustrative: string;
  notOfficial: string;
  summary: string;
  fact: string;
  answer: string;
  noFacts: string;
  stop: string;
  step: string;
  actorAndContacts: string;
  timing: string;
  /** "dall'inizio: al massimo 21 giorni" under a step's time limit. */
  elapsed: (words: string) => string;
  procedure: (title: string) => string;
  notes: string;
  notesHelp: string;
}

export const casePageMessages: Record<Lang, CasePageMessages> = {
  it: {
    title: 'Casi di studio',
    intro: 'Casi esemplari seguiti attraverso le procedure: per ogni Regione, i passi che il caso attraversa, chi agisce e in quali tempi.',
    open: 'Casi di studio: il percorso di un caso in ogni Regione',
    illustrative: 'Caso illustrativo: non descrive una persona reale.',
    runsIn: 'Regioni',
    runsNowhere: 'nessuna Regione di questa edizione',
    facts: 'Fatti del caso',
    factsHelp: 'Ciò che si sa della persona. I fatti non indicati sono sconosciuti: il percorso mostra le alternative.',
    question: 'Domanda',
    pathIn: (region) => `Percorso in ${region}`,
    pathHelp: 'I passi in ordine di tempo massimo trascorso dall\'inizio del caso.',
    alternatives: (count) => `${count} alternative, secondo fatti non ancora noti.`,
    alternative: (index) => `Alternativa ${index}`,
    assumes: 'se',
    actor: 'Chi agisce',
    localBody: 'Ente locale',
    legalBasis: 'Base giuridica',
    timeLimit: 'Termine',
    noTimeLimit: 'nessun termine indicato',
    elapsed: 'Tempo massimo trascorso',
    consent: 'Consenso',
    restricted: 'riservato',
    total: (words) => `Durata massima del percorso: ${words}.`,
    compare: 'Confronto tra le Regioni',
    compareHelp: 'Per ogni fase nazionale, i passi del percorso in ciascuna Regione. Le celle segnate «≠ diverso» non coincidono con la scelta più comune tra le Regioni (a parità, nessuna scelta prevale e sono segnate tutte).',
    compareCaption: (title) => `${title}: fasi per Regione`,
    stage: 'Fase',
    noStep: 'nessun passo in questa fase',
    differs: '≠ diverso',
    onDiagrams: 'Il percorso sugli schemi delle procedure',
    onDiagramsHelp: 'Gli schemi delle procedure che il caso attraversa, con il percorso evidenziato. Le tappe sono numerate come nell\'elenco qui sopra.',
    legendOnPath: 'Bordo e frecce spessi e scuri, riquadro che inizia con «Tappa N»: passo del percorso (N è il suo numero nell\'elenco) e invio che il caso segue.',
    legendOffPath: 'Bordo sottile grigio e frecce tratteggiate: passi e invii che il caso non attraversa.',
    stop: (stop) => `Tappa ${stop}`,
    pathDiagramTitle: (procedure) => `Il percorso nello schema «${procedure}»`,
    pathDiagramStops: (procedure, stops) => `Tappe del percorso in «${procedure}»: ${stops.join('; ')}.`,
    downloadHandout: 'Scarica la scheda del caso in PDF, per le giornate di formazione',
    handout: {
      kicker: 'Caso di studio — scheda per la formazione',
      running: 'Caso di studio · illustrativo, non ufficiale',
      illustrative: 'Caso illustrativo, non ufficiale: non descrive una persona reale e non sostituisce le procedure approvate.',
      notOfficial: 'Materiale di formazione, non ufficiale: non sostituisce le procedure approvate.',
      summary: 'Il caso',
      fact: 'Fatto',
      answer: 'Risposta',
      noFacts: 'Il caso non indica alcun fatto: il percorso mostra le alternative.',
      stop: 'Tappa',
      step: 'Passo',
      actorAndContacts: 'Chi agisce, ente locale e contatti',
      timing: 'Termine e tempo trascorso',
      elapsed: (words) => `dall'inizio del caso: al massimo ${words}`,
      procedure: (title) => `Procedura «${title}»`,
      notes: 'Note dei partecipanti',
      notesHelp: 'Per il lavoro in gruppo: chi chiamereste per primo, quali fatti mancano, dove le Regioni differiscono e perché.',
    },
  },
  en: {
    title: 'Case studies',
    intro: 'Example cases followed through the procedures: for each Region, the steps the case goes through, who acts and how quickly.',
    open: 'Case studies: the path of a case in each Region',
    illustrative: 'Illustrative case: it describes no real person.',
    runsIn: 'Regions',
    runsNowhere: 'no Region of this edition',
    facts: 'Facts of the case',
    factsHelp: 'What is known about the person. Facts not listed are unknown: the path shows the alternatives.',
    question: 'Question',
    pathIn: (region) => `Path in ${region}`,
    pathHelp: 'The steps by the longest time elapsed since the case began.',
    alternatives: (count) => `${count} alternatives, depending on facts not yet known.`,
    alternative: (index) => `Alternative ${index}`,
    assumes: 'if',
    actor: 'Who acts',
    localBody: 'Local body',
    legalBasis: 'Legal basis',
    timeLimit: 'Time limit',
    noTimeLimit: 'no time limit given',
    elapsed: 'Longest time elapsed',
    consent: 'Consent',
    restricted: 'restricted',
    total: (words) => `Longest duration of the path: ${words}.`,
    compare: 'Comparison across Regions',
    compareHelp: 'For each national stage, the steps of the path in each Region. Cells marked “≠ differs” do not match the most common choice across Regions (on a tie no choice prevails and all are marked).',
    compareCaption: (title) => `${title}: stages by Region`,
    stage: 'Stage',
    noStep: 'no step in this stage',
    differs: '≠ differs',
    onDiagrams: 'The path on the procedures\' diagrams',
    onDiagramsHelp: 'The diagrams of the procedures the case passes through, with the path highlighted. The stops are numbered as in the list above.',
    legendOnPath: 'Thick dark border and arrows, box opening with “Stop N”: a step of the path (N is its number in the list) and a referral the case follows.',
    legendOffPath: 'Thin grey border and dashed arrows: steps and referrals the case does not pass through.',
    stop: (stop) => `Stop ${stop}`,
    pathDiagramTitle: (procedure) => `The path on the diagram “${procedure}”`,
    pathDiagramStops: (procedure, stops) => `Stops of the path in “${procedure}”: ${stops.join('; ')}.`,
    downloadHandout: 'Download the case handout as PDF, for training days',
    handout: {
      kicker: 'Case study — training handout',
      running: 'Case study · illustrative, not official',
      illustrative: 'Illustrative case, not official: it describes no real person and does not replace the approved procedures.',
      notOfficial: 'Training material, not official: it does not replace the approved procedures.',
      summary: 'The case',
      fact: 'Fact',
      answer: 'Answer',
      noFacts: 'The case states no fact: the path shows the alternatives.',
      stop: 'Stop',
      step: 'Step',
      actorAndContacts: 'Who acts, local body and contacts',
      timing: 'Time limit and time elapsed',
      elapsed: (words) => `since the case began: at most ${words}`,
      procedure: (title) => `Procedure “${title}”`,
      notes: 'Participants\' notes',
      notesHelp: 'For group work: whom would you call first, which facts are missing, where do the Regions differ and why.',
    },
  },
};

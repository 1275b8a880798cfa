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
  },
};

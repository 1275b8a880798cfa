// The guided pathway of each Region's handbook ("Cosa faccio adesso?"): the reader answers one
// question at a time and sees the next steps. Italian first; English with --lang en.
import type { Lang } from '../model/types.js';

export interface GuideMessages {
  title: string;
  /** The link on the Region's home page. */
  open: string;
  openHelp: string;
  intro: (region: string) => string;
  who: string;
  whoHelp: string;
  where: string;
  whereHelp: string;
  /** "Chi sei?" answered: the role's page title. */
  whereTitle: (role: string) => string;
  yourAnswers: string;
  change: string;
  /** Read after "cambia" by screen readers, so each change link says which answer it changes. */
  changeWhat: (question: string) => string;
  restart: string;
  now: string;
  nowHelp: string;
  nowHelpEnd: string;
  nowHelpHere: string;
  questionAt: (step: string) => string;
  whoActs: string;
  whomToCall: string;
  noContact: string;
  deadline: string;
  noDeadline: string;
  within: (words: string) => string;
  stepTime: (limit: string) => string;
  allContacts: (region: string) => string;
  inRegion: (region: string) => string;
  total: (words: string) => string;
  end: string;
  tooMany: string;
  readProcedure: (title: string) => string;
}

export const guideMessages: Record<Lang, GuideMessages> = {
  it: {
    title: 'Cosa faccio adesso?',
    open: 'Cosa faccio adesso? Il percorso guidato',
    openHelp: 'Rispondi a poche domande sulla persona e vedi i prossimi passi, chi agisce, chi chiamare e i tempi.',
    intro: (region) => `Un percorso guidato nelle procedure di ${region}: rispondi solo alle domande che servono e vedi i prossimi passi, chi agisce, chi chiamare e i tempi.`,
    who: 'Chi sei?',
    whoHelp: 'Scegli il ruolo del tuo ufficio o servizio.',
    where: 'Da dove parte il caso?',
    whereHelp: 'Scegli il passo che descrive la tua situazione.',
    whereTitle: (role) => `Cosa faccio adesso? ${role}`,
    yourAnswers: 'Le tue risposte',
    change: 'cambia',
    changeWhat: (question) => `la risposta a: ${question}`,
    restart: 'Ricomincia',
    now: 'Cosa fare adesso',
    nowHelp: 'I passi certi con quello che sai finora. Poi una domanda decide come prosegue il percorso.',
    nowHelpEnd: 'I passi da qui alla fine del percorso.',
    nowHelpHere: 'Il passo in cui ti trovi.',
    questionAt: (step) => `Dopo il passo «${step}» il percorso dipende dalla risposta.`,
    whoActs: 'Chi agisce',
    whomToCall: 'Chi chiamare',
    noContact: 'nessun recapito pubblico indicato',
    deadline: 'Tempi',
    noDeadline: 'nessun termine indicato',
    within: (words) => `al più tardi ${words} da adesso`,
    stepTime: (limit) => `il passo stesso: ${limit}`,
    allContacts: (region) => `Tutti i recapiti pubblici della rete in ${region}`,
    inRegion: (region) => `in ${region}`,
    total: (words) => `Durata massima del percorso da qui: ${words}.`,
    end: 'Fine del percorso guidato.',
    tooMany: 'Da questo passo il percorso si divide in troppe alternative per seguirle una domanda alla volta.',
    readProcedure: (title) => `Leggi la procedura «${title}».`,
  },
  en: {
    title: 'What do I do now?',
    open: 'What do I do now? The guided pathway',
    openHelp: 'Answer a few questions about the person and see the next steps, who acts, whom to call and the time limits.',
    intro: (region) => `A guided pathway through the procedures of ${region}: answer only the questions that matter and see the next steps, who acts, whom to call and the time limits.`,
    who: 'Who are you?',
    whoHelp: 'Choose the role of your office or service.',
    where: 'Where does the case start?',
    whereHelp: 'Choose the step that describes your situation.',
    whereTitle: (role) => `What do I do now? ${role}`,
    yourAnswers: 'Your answers',
    change: 'change',
    changeWhat: (question) => `the answer to: ${question}`,
    restart: 'Start again',
    now: 'What to do now',
    nowHelp: 'The steps that are certain with what you know so far. Then a question decides how the pathway goes on.',
    nowHelpEnd: 'The steps from here to the end of the pathway.',
    nowHelpHere: 'The step you are at.',
    questionAt: (step) => `After the step “${step}” the pathway depends on the answer.`,
    whoActs: 'Who acts',
    whomToCall: 'Whom to call',
    noContact: 'no public contact given',
    deadline: 'Time',
    noDeadline: 'no time limit given',
    within: (words) => `at the latest ${words} from now`,
    stepTime: (limit) => `the step itself: ${limit}`,
    allContacts: (region) => `All public contacts of the network in ${region}`,
    inRegion: (region) => `in ${region}`,
    total: (words) => `Longest duration of the pathway from here: ${words}.`,
    end: 'End of the guided pathway.',
    tooMany: 'From this step the pathway splits into too many alternatives to follow one question at a time.',
    readProcedure: (title) => `Read the procedure “${title}”.`,
  },
};

// The words of the diagrams and of the frames around them (HTML and PDF).
import type { Lang } from '../model/types.js';

export interface DiagramMessages {
  /** Above a diagram wider than the screen, which scrolls in its frame. */
  scrollHint: string;
  /** A node of a procedure diagram that stands for a step of another procedure. */
  otherProcedure: (procedure: string, step: string) => string;
  /** The line of a national node saying in how many Regions the role acts at the stage. */
  inRegions: (count: number, total: number) => string;
  /** A stage's diagram, when it is drawn in parts. */
  part: (stage: string, part: number, parts: number) => string;
  referralsAtStage: (stage: string) => string;
  /** How to read a stage's map, said once above them. */
  stageColumns: string;
  nationalStagesIntro: string;
  stagesIndex: string;
  coverageLink: string;
  edgesFromStage: (stage: string) => string;
  referralCount: (count: number) => string;
}

export const diagramMessages: Record<Lang, DiagramMessages> = {
  it: {
    scrollHint: 'Scorri per vedere tutto il diagramma.',
    otherProcedure: (procedure, step) => `Invio a «${procedure}»: ${step}`,
    inRegions: (count, total) => `in ${count} Regioni su ${total}`,
    part: (stage, part, parts) => `${stage} (parte ${part} di ${parts})`,
    referralsAtStage: (stage) => `Invii nella fase «${stage}».`,
    stageColumns: 'In ogni mappa: a sinistra chi agisce nella fase, a destra a chi invia (tra parentesi la fase in cui riceve, se è un’altra). Lo spessore delle frecce cresce con il numero degli invii.',
    nationalStagesIntro: 'Una mappa per fase: i ruoli che agiscono nella fase in tutte le Regioni e a chi inviano. Le tabelle degli invii ne sono l’equivalente testuale.',
    stagesIndex: 'Fasi',
    coverageLink: 'Matrice di copertura: Regioni × fasi',
    edgesFromStage: (stage) => `Invii dalla fase «${stage}»`,
    referralCount: (count) => (count === 1 ? '1 invio' : `${count} invii`),
  },
  en: {
    scrollHint: 'Scroll to see the whole diagram.',
    otherProcedure: (procedure, step) => `Refers to "${procedure}": ${step}`,
    inRegions: (count, total) => `in ${count} of ${total} Regions`,
    part: (stage, part, parts) => `${stage} (part ${part} of ${parts})`,
    referralsAtStage: (stage) => `Referrals at the stage "${stage}".`,
    stageColumns: 'In each map: on the left who acts at the stage, on the right to whom they refer (in brackets the stage at which these receive, when it is another). The thicker the arrow, the more referrals.',
    nationalStagesIntro: 'One map per stage: the roles acting at the stage in every Region and to whom they refer. The tables of referrals are their text equivalent.',
    stagesIndex: 'Stages',
    coverageLink: 'Coverage matrix: Regions × stages',
    edgesFromStage: (stage) => `Referrals from the stage "${stage}"`,
    referralCount: (count) => (count === 1 ? '1 referral' : `${count} referrals`),
  },
};

// Generated from schemas/*.schema.json by scripts/schema-types.mjs: do not edit.

/**
 * Identificativo in minuscolo con trattini / lowercase kebab-case id
 */
export type Id = string;

export interface RawActions {
  /**
   * @minItems 1
   */
  actions: [
    {
      id: Id;
      name: LangText;
      /**
       * L'azione riguarda la persona: chi la attiva deve indicare il consenso / acts on the person: a referral into it must state consent
       */
      needs_consent: boolean;
      /**
       * Termine massimo previsto dalla legge / longest time limit allowed by law
       */
      max_duration?: string;
      /**
       * Identificativo in minuscolo con trattini / lowercase kebab-case id
       */
      max_duration_source?: string;
      /**
       * removal: allontana la persona dal territorio (espulsione, respingimento, accompagnamento, rimpatrio forzato); detention: la priva della libertà (trattenimento). Il rimpatrio volontario assistito non ha effetto / removal: takes the person off the territory (expulsion, refoulement, escort, forced return); detention: deprives them of liberty (CPR detention). Assisted voluntary return has no effect
       */
      effect?: 'removal' | 'detention';
      /**
       * screening: rileva o segnala indicatori (identificazione preliminare); formal: completa l'identificazione formale; exclusion: conclude l'identificazione in senso negativo, con motivazione scritta nel passo (justification) / screening: detects or reports indicators (preliminary identification); formal: completes formal identification; exclusion: concludes identification negatively, with the reasons written in the step (justification)
       */
      identification?: 'screening' | 'formal' | 'exclusion';
    },
    ...{
      id: Id;
      name: LangText;
      /**
       * L'azione riguarda la persona: chi la attiva deve indicare il consenso / acts on the person: a referral into it must state consent
       */
      needs_consent: boolean;
      /**
       * Termine massimo previsto dalla legge / longest time limit allowed by law
       */
      max_duration?: string;
      /**
       * Identificativo in minuscolo con trattini / lowercase kebab-case id
       */
      max_duration_source?: string;
      /**
       * removal: allontana la persona dal territorio (espulsione, respingimento, accompagnamento, rimpatrio forzato); detention: la priva della libertà (trattenimento). Il rimpatrio volontario assistito non ha effetto / removal: takes the person off the territory (expulsion, refoulement, escort, forced return); detention: deprives them of liberty (CPR detention). Assisted voluntary return has no effect
       */
      effect?: 'removal' | 'detention';
      /**
       * screening: rileva o segnala indicatori (identificazione preliminare); formal: completa l'identificazione formale; exclusion: conclude l'identificazione in senso negativo, con motivazione scritta nel passo (justification) / screening: detects or reports indicators (preliminary identification); formal: completes formal identification; exclusion: concludes identification negatively, with the reasons written in the step (justification)
       */
      identification?: 'screening' | 'formal' | 'exclusion';
    }[]
  ];
}
export interface LangText {
  /**
   * Testo italiano / Italian text
   */
  it: string;
  /**
   * Testo inglese / English text
   */
  en: string;
}

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

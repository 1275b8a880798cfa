// Generated from schemas/*.schema.json by scripts/schema-types.mjs: do not edit.

/**
 * Identificativo in minuscolo con trattini / lowercase kebab-case id
 */
export type Id = string;

export interface RawRoles {
  /**
   * @minItems 1
   */
  roles: [
    {
      id: Id;
      name: LangText;
      /**
       * Mandato: cosa il ruolo può e deve fare / what the role may and must do
       */
      mandate: {
        text: LangText;
        /**
         * Tipi di azione di competenza (actions.yaml) / competent action kinds
         *
         * @minItems 1
         */
        actions: [Id, ...Id[]];
      };
      /**
       * Basi giuridiche (id) / legal bases (ids)
       */
      legal_basis?: Id[];
    },
    ...{
      id: Id;
      name: LangText;
      /**
       * Mandato: cosa il ruolo può e deve fare / what the role may and must do
       */
      mandate: {
        text: LangText;
        /**
         * Tipi di azione di competenza (actions.yaml) / competent action kinds
         *
         * @minItems 1
         */
        actions: [Id, ...Id[]];
      };
      /**
       * Basi giuridiche (id) / legal bases (ids)
       */
      legal_basis?: Id[];
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

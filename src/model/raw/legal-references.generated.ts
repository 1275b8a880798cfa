// Generated from schemas/*.schema.json by scripts/schema-types.mjs: do not edit.

/**
 * Identificativo in minuscolo con trattini / lowercase kebab-case id
 */
export type Id = string;

export interface RawLegalReferences {
  /**
   * @minItems 1
   */
  legal_references: [
    {
      id: Id;
      /**
       * Atto citato / the act
       */
      citation: string;
      /**
       * Articolo o oggetto / article or subject
       */
      article?: string;
      /**
       * URL ufficiale (https) / official URL (https)
       */
      url?: string;
      /**
       * Identificativo in minuscolo con trattini / lowercase kebab-case id
       */
      repealed_by?: string;
      /**
       * Identificativo in minuscolo con trattini / lowercase kebab-case id
       */
      replaced_by?: string;
    },
    ...{
      id: Id;
      /**
       * Atto citato / the act
       */
      citation: string;
      /**
       * Articolo o oggetto / article or subject
       */
      article?: string;
      /**
       * URL ufficiale (https) / official URL (https)
       */
      url?: string;
      /**
       * Identificativo in minuscolo con trattini / lowercase kebab-case id
       */
      repealed_by?: string;
      /**
       * Identificativo in minuscolo con trattini / lowercase kebab-case id
       */
      replaced_by?: string;
    }[]
  ];
}

// Generated from schemas/*.schema.json by scripts/schema-types.mjs: do not edit.

/**
 * Identificativo in minuscolo con trattini / lowercase kebab-case id
 */
export type Id = string;

export interface RawStages {
  /**
   * @minItems 1
   */
  stages: [
    {
      id: Id;
      /**
       * Posizione nel percorso / position in the pathway
       */
      order: number;
      name: LangText;
    },
    ...{
      id: Id;
      /**
       * Posizione nel percorso / position in the pathway
       */
      order: number;
      name: LangText;
    }[]
  ];
  pathways: {
    id: Id;
    name: LangText;
  }[];
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

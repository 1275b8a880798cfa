// Generated from schemas/*.schema.json by scripts/schema-types.mjs: do not edit.

/**
 * Identificativo in minuscolo con trattini / lowercase kebab-case id
 */
export type Id = string;

/**
 * Catalogo nazionale dei fatti di un caso, usati nelle condizioni «when» degli invii e nei casi / national catalogue of case facts, used by referral conditions (when) and case files
 */
export interface RawFacts {
  /**
   * @minItems 1
   */
  facts: [
    {
      id: Id;
      /**
       * sì/no, uno tra più valori, data / yes-no, one of several values, date
       */
      type: 'boolean' | 'enum' | 'date';
      question: LangText;
      label: LangText;
      /**
       * I valori possibili di un fatto di tipo enum / the possible values of an enum fact
       *
       * @minItems 2
       */
      values?: [
        {
          id: Id;
          label: LangText;
        },
        {
          id: Id;
          label: LangText;
        },
        ...{
          id: Id;
          label: LangText;
        }[]
      ];
      /**
       * Riferimenti normativi (legal-references.yaml) per cui il fatto conta / legal references (legal-references.yaml) why the fact matters
       */
      source?: Id[];
      note?: LangText;
    },
    ...{
      id: Id;
      /**
       * sì/no, uno tra più valori, data / yes-no, one of several values, date
       */
      type: 'boolean' | 'enum' | 'date';
      question: LangText;
      label: LangText;
      /**
       * I valori possibili di un fatto di tipo enum / the possible values of an enum fact
       *
       * @minItems 2
       */
      values?: [
        {
          id: Id;
          label: LangText;
        },
        {
          id: Id;
          label: LangText;
        },
        ...{
          id: Id;
          label: LangText;
        }[]
      ];
      /**
       * Riferimenti normativi (legal-references.yaml) per cui il fatto conta / legal references (legal-references.yaml) why the fact matters
       */
      source?: Id[];
      note?: LangText;
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

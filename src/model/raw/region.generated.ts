// Generated from schemas/*.schema.json by scripts/schema-types.mjs: do not edit.

/**
 * Identificativo in minuscolo con trattini / lowercase kebab-case id
 */
export type Id = string;

export interface RawRegion {
  /**
   * Uguale al nome della cartella / equal to the folder name
   */
  id: string;
  /**
   * Nome della Regione / Region name
   */
  name: string;
  /**
   * Contenuto illustrativo, non ufficiale / illustrative, not official content
   */
  illustrative?: boolean;
  /**
   * Progetto antitratta / anti-trafficking project
   */
  project: {
    name: string;
    /**
     * Ente capofila (id attore) / lead body (actor id)
     */
    lead: string;
  };
  /**
   * Descrizione della rete / network description
   */
  network?: string;
  /**
   * Enti del gruppo di lavoro / firmatari (id attori) / working group, signatories (actor ids)
   */
  working_group?: Id[];
  /**
   * Enti locali che ricoprono i ruoli nazionali / local bodies filling national roles
   *
   * @minItems 1
   */
  actors: [
    {
      id: Id;
      /**
       * Identificativo in minuscolo con trattini / lowercase kebab-case id
       */
      role: string;
      name: string;
      /**
       * Territorio di competenza / area served
       */
      area?: string;
      /**
       * Iscritto al registro art. 52 DPR 394/1999 / listed in the DPR 394/1999 art. 52 register
       */
      registered?: boolean;
    },
    ...{
      id: Id;
      /**
       * Identificativo in minuscolo con trattini / lowercase kebab-case id
       */
      role: string;
      name: string;
      /**
       * Territorio di competenza / area served
       */
      area?: string;
      /**
       * Iscritto al registro art. 52 DPR 394/1999 / listed in the DPR 394/1999 art. 52 register
       */
      registered?: boolean;
    }[]
  ];
  contacts?: {
    id: Id;
    actor?: Id;
    label: string;
    phone?: string;
    email?: string;
    url?: string;
    hours?: string;
    /**
     * public: in ogni edizione; restricted: solo uso interno / public: every edition; restricted: internal only
     */
    audience: 'public' | 'restricted';
  }[];
}

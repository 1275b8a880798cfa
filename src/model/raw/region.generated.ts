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
  /**
   * Protocolli d'intesa firmati nella Regione e le procedure che adottano / memoranda of understanding signed in the Region and the procedures they adopt
   */
  protocols?: {
    id: Id;
    title: string;
    /**
     * AAAA-MM-GG / YYYY-MM-DD
     */
    signed?: string;
    place?: string;
    /**
     * Durata ISO 8601 (es. P3Y, durata triennale); scaduta, è un avviso / ISO 8601 duration (e.g. P3Y); once past, a warning
     */
    duration?: string;
    /**
     * Ricostruzione illustrativa, non il testo ufficiale / an illustrative reconstruction, not the official text
     */
    illustrative?: boolean;
    url?: string;
    /**
     * Id delle procedure della Regione che il protocollo adotta / ids of the Region's procedures the protocol adopts
     */
    adopts?: Id[];
    /**
     * Un firmatario operativo è un attore della Regione (actor); uno che non agisce in alcun passo si dichiara con il solo nome (name), senza ruolo né mandato / an operational signatory is an actor of the Region (actor); one that acts in no step is declared by name alone, with no role or mandate
     *
     * @minItems 1
     */
    signatories: [
      {
        /**
         * Che tipo di ente firma / what kind of body signs
         */
        kind:
          | 'prefettura'
          | 'commissione-territoriale'
          | 'procura'
          | 'procura-minorenni'
          | 'tribunale-minorenni'
          | 'questura'
          | 'carabinieri'
          | 'guardia-di-finanza'
          | 'polizia-locale'
          | 'ispettorato-lavoro'
          | 'regione'
          | 'comune'
          | 'azienda-sanitaria'
          | 'ente-antitratta'
          | 'ente-terzo-settore'
          | 'anci'
          | 'istituto-ricerca'
          | 'universita'
          | 'sindacato'
          | 'associazione-datori'
          | 'altro';
        /**
         * Identificativo in minuscolo con trattini / lowercase kebab-case id
         */
        actor?: string;
        /**
         * Nome di un firmatario non operativo (senza attore) / name of a non-operational signatory (no actor)
         */
        name?: string;
      },
      ...{
        /**
         * Che tipo di ente firma / what kind of body signs
         */
        kind:
          | 'prefettura'
          | 'commissione-territoriale'
          | 'procura'
          | 'procura-minorenni'
          | 'tribunale-minorenni'
          | 'questura'
          | 'carabinieri'
          | 'guardia-di-finanza'
          | 'polizia-locale'
          | 'ispettorato-lavoro'
          | 'regione'
          | 'comune'
          | 'azienda-sanitaria'
          | 'ente-antitratta'
          | 'ente-terzo-settore'
          | 'anci'
          | 'istituto-ricerca'
          | 'universita'
          | 'sindacato'
          | 'associazione-datori'
          | 'altro';
        /**
         * Identificativo in minuscolo con trattini / lowercase kebab-case id
         */
        actor?: string;
        /**
         * Nome di un firmatario non operativo (senza attore) / name of a non-operational signatory (no actor)
         */
        name?: string;
      }[]
    ];
  }[];
}

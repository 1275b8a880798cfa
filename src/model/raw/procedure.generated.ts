// Generated from schemas/*.schema.json by scripts/schema-types.mjs: do not edit.

/**
 * Identificativo in minuscolo con trattini / lowercase kebab-case id
 */
export type Id = string;
/**
 * Data AAAA-MM-GG / date YYYY-MM-DD
 */
export type Date = string;
/**
 * Durata ISO 8601 / ISO 8601 duration
 */
export type Duration = string;

export interface RawProcedure {
  id: Id;
  title: string;
  /**
   * Identificativo in minuscolo con trattini / lowercase kebab-case id
   */
  region: string;
  version: string;
  /**
   * bozza, approvata, ritirata / draft, approved, retired
   */
  status: 'draft' | 'approved' | 'retired';
  /**
   * Solo per uso interno: esclusa dall'edizione pubblica / internal use only: left out of the public edition
   */
  restricted?: boolean;
  /**
   * Approvazione / approval
   */
  approval?: {
    date?: Date;
    /**
     * Enti che hanno approvato (id attori) / approving bodies (actor ids)
     */
    bodies?: Id[];
  };
  /**
   * Data AAAA-MM-GG / date YYYY-MM-DD
   */
  review_by: string;
  /**
   * Destinatari / population
   *
   * @minItems 1
   */
  population: ['adults' | 'minors' | 'families', ...('adults' | 'minors' | 'families')[]];
  /**
   * Fasi nazionali coperte / national stages covered
   *
   * @minItems 1
   */
  stages: [Id, ...Id[]];
  /**
   * Percorsi speciali / special pathways
   */
  pathways?: Id[];
  /**
   * Ruoli coinvolti / roles involved
   *
   * @minItems 1
   */
  roles: [Id, ...Id[]];
  /**
   * Basi giuridiche / legal bases
   */
  legal_basis?: Id[];
  /**
   * Passi di ingresso (predefinito: il primo) / entry steps (default: the first)
   *
   * @minItems 1
   */
  entry?: [Id, ...Id[]];
  /**
   * @minItems 1
   * @maxItems 500
   */
  steps: [
    {
      id: Id;
      /**
       * Nome breve del passo, come lo leggono i lettori nei diagrammi e nelle pagine (predefinito: ricavato dall'identificativo) / short name readers see in diagrams and pages (default: derived from the id)
       */
      title?: string;
      /**
       * Identificativo in minuscolo con trattini / lowercase kebab-case id
       */
      stage: string;
      /**
       * Identificativo in minuscolo con trattini / lowercase kebab-case id
       */
      actor: string;
      /**
       * Identificativo in minuscolo con trattini / lowercase kebab-case id
       */
      local_actor?: string;
      /**
       * Cosa fa / what it does
       */
      action: string;
      /**
       * Identificativo in minuscolo con trattini / lowercase kebab-case id
       */
      action_kind: string;
      time_limit?: Duration;
      /**
       * Basi giuridiche / legal bases
       */
      legal_basis?: Id[];
      /**
       * Invii ai passi successivi / referrals to next steps
       */
      referrals?: {
        /**
         * Passo successivo: passo, procedura#passo o regione/procedura#passo / next step
         */
        to: string;
        /**
         * Condizione dell'invio / condition
         */
        condition?: string;
        /**
         * Condizione sui fatti del caso (facts.yaml): più chiavi = tutte; una lista = una tra; all/any/not / condition on the case facts (facts.yaml): several keys = all of them; a list = one of; all/any/not
         */
        when?: Record<string, unknown>;
        time_limit?: Duration;
        /**
         * Consenso della persona: scritto, informato (orale), non richiesto, eccezione motivata / the person's consent
         */
        consent: 'written' | 'informed' | 'not-required' | 'exception';
        /**
         * Motivo dell'eccezione / why consent is not asked
         */
        consent_note?: string;
      }[];
      /**
       * Il passo conclude il percorso / the step ends the pathway
       */
      terminal?: boolean;
      /**
       * Passo per uso interno: escluso dall'edizione pubblica / internal-use step: left out of the public edition
       */
      restricted?: boolean;
    },
    ...{
      id: Id;
      /**
       * Nome breve del passo, come lo leggono i lettori nei diagrammi e nelle pagine (predefinito: ricavato dall'identificativo) / short name readers see in diagrams and pages (default: derived from the id)
       */
      title?: string;
      /**
       * Identificativo in minuscolo con trattini / lowercase kebab-case id
       */
      stage: string;
      /**
       * Identificativo in minuscolo con trattini / lowercase kebab-case id
       */
      actor: string;
      /**
       * Identificativo in minuscolo con trattini / lowercase kebab-case id
       */
      local_actor?: string;
      /**
       * Cosa fa / what it does
       */
      action: string;
      /**
       * Identificativo in minuscolo con trattini / lowercase kebab-case id
       */
      action_kind: string;
      time_limit?: Duration;
      /**
       * Basi giuridiche / legal bases
       */
      legal_basis?: Id[];
      /**
       * Invii ai passi successivi / referrals to next steps
       */
      referrals?: {
        /**
         * Passo successivo: passo, procedura#passo o regione/procedura#passo / next step
         */
        to: string;
        /**
         * Condizione dell'invio / condition
         */
        condition?: string;
        /**
         * Condizione sui fatti del caso (facts.yaml): più chiavi = tutte; una lista = una tra; all/any/not / condition on the case facts (facts.yaml): several keys = all of them; a list = one of; all/any/not
         */
        when?: Record<string, unknown>;
        time_limit?: Duration;
        /**
         * Consenso della persona: scritto, informato (orale), non richiesto, eccezione motivata / the person's consent
         */
        consent: 'written' | 'informed' | 'not-required' | 'exception';
        /**
         * Motivo dell'eccezione / why consent is not asked
         */
        consent_note?: string;
      }[];
      /**
       * Il passo conclude il percorso / the step ends the pathway
       */
      terminal?: boolean;
      /**
       * Passo per uso interno: escluso dall'edizione pubblica / internal-use step: left out of the public edition
       */
      restricted?: boolean;
    }[]
  ];
}

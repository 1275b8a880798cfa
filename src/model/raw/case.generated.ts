// Generated from schemas/*.schema.json by scripts/schema-types.mjs: do not edit.

/**
 * Identificativo in minuscolo con trattini / lowercase kebab-case id
 */
export type Id = string;
/**
 * true/false, l'id di un valore o una data AAAA-MM-GG / true/false, a value id or a date YYYY-MM-DD
 */
export type FactValue = boolean | string;

/**
 * Un caso realistico (senza dati personali reali): i fatti, dove comincia e cosa deve succedere / a realistic case (no real personal data): its facts, where it starts and what must happen
 */
export interface RawCase {
  id: Id;
  title: string;
  summary?: string;
  /**
   * Caso inventato a scopo formativo / invented for training
   */
  illustrative?: boolean;
  /**
   * I fatti noti (facts.yaml); quelli non elencati sono ignoti e sop run mostra ogni ramo / the known facts (facts.yaml); those not listed are unknown and sop run shows each branch
   */
  facts: {
    [k: string]: FactValue;
  };
  /**
   * Un passo iniziale con questo ruolo (e fase), in ogni Regione; oppure un passo preciso di una Regione / an entry step with this role (and stage), in any Region; or one step of one Region
   */
  start: {
    role?: Id;
    stage?: Id;
    step?: string;
  };
  /**
   * Le Regioni che devono gestire il caso (predefinito: ogni Regione con un passo iniziale adatto) / the Regions expected to handle the case (default: every Region with a matching entry step)
   *
   * @minItems 1
   */
  regions?: [Id, ...Id[]];
  /**
   * Verificate in ogni Regione e in ogni ramo / checked in every Region and every branch
   *
   * @minItems 1
   */
  expect: [Assertion, ...Assertion[]];
}
/**
 * Una verifica: reaches, passes, never o within / one assertion: reaches, passes, never or within
 */
export interface Assertion {
  reaches?: Target;
  passes?: Target;
  never?: Target;
  /**
   * La somma più lunga dei termini su un percorso raggiunto / the longest sum of time limits on any path reached
   */
  within?: string;
}
/**
 * Un passo raggiunto che ha tutte queste caratteristiche / a reached step with all of these
 */
export interface Target {
  /**
   * regione/procedura#passo: verificato solo in quella Regione / region/procedure#step: checked only in that Region
   */
  step?: string;
  role?: Id;
  action_kind?: Id;
  stage?: Id;
}

// Schema violations (validate/schema.ts turns ajv's errors into these). The element a message is
// about comes as a label, so each language can name it with its own grammar: `nel passo «x»`.
import { en, it } from './words.js';

/** The element a schema message is about: the front-matter, a key, or an item of a list. */
export type Label =
  | { kind: 'root' }
  | { kind: 'key'; key: string }
  | { kind: 'item'; list: string; n: number; id?: string; target?: string };

/** A value as the message describes it. */
export type ValueShape =
  | { kind: 'empty' | 'list' | 'mapping' }
  | { kind: 'text' | 'number' | 'boolean'; value: string };

export type JsonType = 'array' | 'object' | 'string' | 'boolean' | 'integer' | 'number' | 'null';

interface Noun { name: string; the: string; in: string }
const noun = (name: string, article: 'il' | 'l\'' | 'la'): Noun => {
  const prep = { il: 'nel ', 'l\'': 'nell\'', la: 'nella ' }[article];
  return { name, the: `${article === 'l\'' ? article : `${article} `}${name}`, in: `${prep}${name}` };
};
const IT_NOUNS: Record<string, Noun> = {
  steps: noun('passo', 'il'), referrals: noun('invio', 'l\''), actors: noun('attore', 'l\''),
  contacts: noun('contatto', 'il'), roles: noun('ruolo', 'il'), actions: noun('tipo di azione', 'il'),
  legal_references: noun('riferimento normativo', 'il'), stages: noun('fase', 'la'), pathways: noun('percorso', 'il'),
  facts: noun('fatto', 'il'),
};
const EN_NOUNS: Record<string, string> = {
  steps: 'step', referrals: 'referral', actors: 'actor', contacts: 'contact', roles: 'role',
  actions: 'action kind', legal_references: 'legal reference', stages: 'stage', pathways: 'pathway', facts: 'fact',
};

/** An `id:` key names itself: "not a valid id for "id"" says nothing more. */
const isId = (where: Label) => where.kind === 'key' && where.key === 'id';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Italian: the element with its article (`il passo «x»`), or after "in" (`nel passo «x»`). */
function itLabel(label: Label, form: 'the' | 'in'): string {
  if (label.kind === 'root') return form === 'in' ? 'nel front-matter' : 'il front-matter';
  if (label.kind === 'key') return form === 'in' ? `in ${it.q(label.key)}` : it.q(label.key);
  const name = label.id !== undefined ? it.q(label.id) : label.target !== undefined ? `a ${it.q(label.target)}` : String(label.n);
  const known = IT_NOUNS[label.list];
  if (known) return `${known[form]} ${name}`;
  return `${form === 'in' ? 'nell\'' : 'l\''}elemento ${label.n} di ${it.q(label.list)}`;
}

function enLabel(label: Label): string {
  if (label.kind === 'root') return 'the front-matter';
  if (label.kind === 'key') return en.q(label.key);
  const name = label.id !== undefined ? en.q(label.id) : label.target !== undefined ? `to ${en.q(label.target)}` : String(label.n);
  return `${EN_NOUNS[label.list] ?? `item of ${en.q(label.list)}`} ${name}`;
}

const IT_TYPES: Record<JsonType, string> = { array: 'un elenco', object: 'un insieme di chiavi e valori', string: 'un testo', boolean: 'true o false', integer: 'un numero intero', number: 'un numero', null: 'vuoto' };
const EN_TYPES: Record<JsonType, string> = { array: 'a list', object: 'a mapping of keys to values', string: 'a text', boolean: 'true or false', integer: 'a whole number', number: 'a number', null: 'empty' };

function itValue(value: ValueShape): string {
  switch (value.kind) {
    case 'empty': return 'vuoto';
    case 'list': return 'un elenco';
    case 'mapping': return 'un insieme di chiavi';
    case 'text': return `il testo ${it.q(value.value)}`;
    case 'number': return `il numero ${value.value}`;
    case 'boolean': return `il valore ${value.value}`;
  }
}

function enValue(value: ValueShape): string {
  switch (value.kind) {
    case 'empty': return 'empty';
    case 'list': return 'a list';
    case 'mapping': return 'a mapping';
    case 'text': return `the text ${en.q(value.value)}`;
    case 'number': return `number ${value.value}`;
    case 'boolean': return `boolean ${value.value}`;
  }
}

type Where = { where: Label };

const itSchema = {
  required: (p: Where & { property: string }) => `Manca ${it.q(p.property)}, obbligatorio ${itLabel(p.where, 'in')}${it.hint(`aggiungi la riga ${it.q(`${p.property}: …`)}`)}`,
  unknownProperty: (p: { key: string; suggestion?: string; allowed: string[] }) =>
    `Chiave sconosciuta ${it.q(p.key)}${it.maybe(p.suggestion)}${p.suggestion ? '' : it.hint(`qui sono ammesse le chiavi ${it.list(p.allowed)}`)}`,
  enum: (p: Where & { value: string; allowed: string[]; suggestion?: string; fromItalian?: boolean }) =>
    `Valore non ammesso ${it.q(p.value)} per ${itLabel(p.where, 'the')}: i valori ammessi sono ${it.list(p.allowed)}${it.maybe(p.suggestion)}` +
    (p.fromItalian && p.suggestion ? it.hint(`i valori si scrivono in inglese: al posto di ${it.q(p.value)} scrivi ${it.q(p.suggestion)}`) : ''),
  type: (p: Where & { expected: JsonType; actual: ValueShape }) => `${capitalise(itLabel(p.where, 'the'))} deve essere ${IT_TYPES[p.expected]}, non ${itValue(p.actual)}`,
  versionNumber: (p: { written: string; fixed: string }) =>
    `La versione ${p.written} è letta da YAML come un numero: una versione ha tre numeri separati da punti${it.hint(`scrivi version: ${p.fixed}`)}`,
  id: (p: Where & { value: string }) => `${it.q(p.value)} non è un id valido${isId(p.where) ? '' : ` per ${itLabel(p.where, 'the')}`}${it.hint('usa lettere minuscole, cifre e trattini singoli, es. «ente-antitratta»')}`,
  duration: (p: Where & { value: string }) => `${it.q(p.value)} non è una durata ISO 8601 valida per ${itLabel(p.where, 'the')}${it.hint('scrivi es. PT24H per 24 ore, P2D per 2 giorni, P3M per 3 mesi')}`,
  target: (p: { value: string }) => `${it.q(p.value)} non è una destinazione di invio valida${it.hint('scrivi «passo», «procedura#passo» o «regione/procedura#passo»')}`,
  version: (p: { value: string }) => `${it.q(p.value)} non è una versione valida${it.hint('scrivi tre numeri separati da punti, es. 1.0.0')}`,
  pattern: (p: Where & { value: string }) => `${it.q(p.value)} non ha la forma richiesta per ${itLabel(p.where, 'the')}`,
  date: (p: Where & { value: string; fixed?: string }) =>
    `${it.q(p.value)} non è una data valida per ${itLabel(p.where, 'the')}: le date si scrivono AAAA-MM-GG${it.hint(p.fixed ? `scrivi ${p.fixed}` : 'scrivi es. 2030-01-10 per il 10 gennaio 2030')}`,
  format: (p: Where & { value: string; format: string }) => `${it.q(p.value)} non è un valore valido (${p.format}) per ${itLabel(p.where, 'the')}`,
  minItems: (p: Where & { limit: number }) => `${capitalise(itLabel(p.where, 'the'))} deve avere almeno ${p.limit === 1 ? 'un elemento' : `${p.limit} elementi`}`,
  maxItems: (p: Where & { limit: number }) => `${capitalise(itLabel(p.where, 'the'))} ha più di ${p.limit} elementi${it.hint('dividi la procedura in procedure più piccole')}`,
  minLength: (p: Where) => `${capitalise(itLabel(p.where, 'the'))} non può essere vuoto`,
  minimum: (p: Where & { limit: number; value: string }) => `${capitalise(itLabel(p.where, 'the'))} deve essere almeno ${p.limit}, non ${p.value}`,
  uniqueItems: (p: Where & { value: string }) => `${capitalise(itLabel(p.where, 'the'))} elenca ${it.q(p.value)} più di una volta`,
  other: (p: Where & { detail: string }) => `${capitalise(itLabel(p.where, 'the'))} non è valido (${p.detail})`,
};

const enSchema: typeof itSchema = {
  required: (p) => `Missing required property ${en.q(p.property)} in ${enLabel(p.where)}${en.hint(`add the line ${en.q(`${p.property}: …`)}`)}`,
  unknownProperty: (p) => `Unknown property ${en.q(p.key)}${en.maybe(p.suggestion)}${p.suggestion ? '' : en.hint(`the keys allowed here are ${en.list(p.allowed)}`)}`,
  enum: (p) =>
    `Invalid value ${en.q(p.value)} for ${enLabel(p.where)}: expected one of ${en.list(p.allowed)}${en.maybe(p.suggestion)}` +
    (p.fromItalian && p.suggestion ? en.hint(`values are written in English: write ${en.q(p.suggestion)} instead of ${en.q(p.value)}`) : ''),
  type: (p) => `${capitalise(enLabel(p.where))} must be ${EN_TYPES[p.expected]}, not ${enValue(p.actual)}`,
  versionNumber: (p) => `YAML reads version ${p.written} as a number: a version has three numbers separated by dots${en.hint(`write version: ${p.fixed}`)}`,
  id: (p) => `${en.q(p.value)} is not a valid id${isId(p.where) ? '' : ` for ${enLabel(p.where)}`}${en.hint('use lowercase letters, digits and single hyphens, e.g. "ente-antitratta"')}`,
  duration: (p) => `${en.q(p.value)} is not a valid ISO 8601 duration for ${enLabel(p.where)}${en.hint('write e.g. PT24H for 24 hours, P2D for 2 days, P3M for 3 months')}`,
  target: (p) => `${en.q(p.value)} is not a valid referral target${en.hint('write "step", "procedure#step" or "region/procedure#step"')}`,
  version: (p) => `${en.q(p.value)} is not a valid version${en.hint('write three numbers separated by dots, e.g. 1.0.0')}`,
  pattern: (p) => `${en.q(p.value)} has the wrong form for ${enLabel(p.where)}`,
  date: (p) => `${en.q(p.value)} is not a valid date for ${enLabel(p.where)}: dates are written YYYY-MM-DD${en.hint(p.fixed ? `write ${p.fixed}` : 'write e.g. 2030-01-10 for 10 January 2030')}`,
  format: (p) => `${en.q(p.value)} is not a valid ${p.format} for ${enLabel(p.where)}`,
  minItems: (p) => `${capitalise(enLabel(p.where))} must list at least ${p.limit} item${p.limit === 1 ? '' : 's'}`,
  maxItems: (p) => `${capitalise(enLabel(p.where))} lists more than ${p.limit} items${en.hint('split the procedure into smaller ones')}`,
  minLength: (p) => `${capitalise(enLabel(p.where))} must not be empty`,
  minimum: (p) => `${capitalise(enLabel(p.where))} must be at least ${p.limit}, not ${p.value}`,
  uniqueItems: (p) => `${capitalise(enLabel(p.where))} lists ${en.q(p.value)} more than once`,
  other: (p) => `${capitalise(enLabel(p.where))} is invalid (${p.detail})`,
};

export const schemaMessages = { it: itSchema, en: enSchema };

/**
 * Italian words editors write for allowed values, by the value they mean: `consent: scritto`
 * gets "did you mean «written»?". The values themselves stay English (they are the data format).
 */
export const ITALIAN_VALUES: Readonly<Record<string, string>> = {
  // consent
  scritto: 'written', scritta: 'written', informato: 'informed', informata: 'informed', orale: 'informed',
  'non-richiesto': 'not-required', 'non richiesto': 'not-required', nessuno: 'not-required', eccezione: 'exception',
  // status
  bozza: 'draft', approvata: 'approved', approvato: 'approved', ritirata: 'retired', ritirato: 'retired', abrogata: 'retired',
  // population
  adulti: 'adults', adulto: 'adults', minori: 'minors', minore: 'minors', famiglie: 'families', famiglia: 'families', nuclei: 'families',
  // audience
  pubblico: 'public', pubblica: 'public', riservato: 'restricted', riservata: 'restricted', interno: 'restricted',
};

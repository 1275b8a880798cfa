// Realistic mistakes of a working-group member editing procedures, each injected into a copy of
// test/fixtures/base (which passes every rule), with the one diagnostic it must produce: the
// root cause, in Italian (the default) and in English, and nothing else.
import type { Mutation } from '../helpers.js';

export interface Mistake {
  name: string;
  mutations: Mutation[];
  /** The only line `sop check` prints, in Italian and with `--lang en`. */
  it: string;
  en: string;
}

const A = 'alfa/adulti.md';
const ASILO = 'alfa/asilo.md';

/** A step pasted from the one above, its id left as it was. */
const PASTED_STEP = `    terminal: true
  - id: rilascio
    stage: regolarizzazione
    actor: questura-ufficio-immigrazione
    action: Il Questore rinnova il permesso di soggiorno.
    action_kind: issue-residence-permit
    legal_basis: [dlgs-286-1998-art-18]
    terminal: true
---`;

export const mistakes: Mistake[] = [
  { name: 'mistyped referral target', mutations: [{ file: A, replace: '      - to: colloqui', with: '      - to: coloqui' }],
    it: 'alfa/adulti.md:22:13  errore  Invio: il passo «coloqui» non esiste (forse intendevi «colloqui»?)  refs/unknown-step',
    en: 'alfa/adulti.md:22:13  error  Referral to unknown step "coloqui" (did you mean "colloqui"?)  refs/unknown-step' },
  { name: 'tab as indentation', mutations: [{ file: A, replace: '    action_kind: detect-indicators', with: '\taction_kind: detect-indicators' }],
    it: 'alfa/adulti.md:20:1  errore  Riga rientrata con una tabulazione: in YAML i rientri si fanno solo con gli spazi. Suggerimento: sostituisci la tabulazione con spazi (2 per livello), allineando la riga a quelle dello stesso livello  parse/yaml',
    en: 'alfa/adulti.md:20:1  error  Line indented with a tab: YAML indents with spaces only. Hint: replace the tab with spaces (2 per level), in line with the lines of the same level  parse/yaml' },
  { name: 'consent in Italian', mutations: [{ file: A, replace: 'consent: informed', with: 'consent: scritto' }],
    it: 'alfa/adulti.md:25:18  errore  Valore non ammesso «scritto» per «consent»: i valori ammessi sono written, informed, not-required, exception (forse intendevi «written»?). Suggerimento: i valori si scrivono in inglese: al posto di «scritto» scrivi «written»  schema/enum',
    en: 'alfa/adulti.md:25:18  error  Invalid value "scritto" for "consent": expected one of written, informed, not-required, exception (did you mean "written"?). Hint: values are written in English: write "written" instead of "scritto"  schema/enum' },
  { name: 'status in Italian', mutations: [{ file: A, replace: 'status: approved', with: 'status: approvata' }],
    it: 'alfa/adulti.md:6:9  errore  Valore non ammesso «approvata» per «status»: i valori ammessi sono draft, approved, retired (forse intendevi «approved»?). Suggerimento: i valori si scrivono in inglese: al posto di «approvata» scrivi «approved»  schema/enum',
    en: 'alfa/adulti.md:6:9  error  Invalid value "approvata" for "status": expected one of draft, approved, retired (did you mean "approved"?). Hint: values are written in English: write "approved" instead of "approvata"  schema/enum' },
  { name: 'population in Italian', mutations: [{ file: A, replace: 'population: [adults]', with: 'population: [minori]' }],
    it: 'alfa/adulti.md:11:14  errore  Valore non ammesso «minori» per «population»: i valori ammessi sono adults, minors, families (forse intendevi «minors»?). Suggerimento: i valori si scrivono in inglese: al posto di «minori» scrivi «minors»  schema/enum',
    en: 'alfa/adulti.md:11:14  error  Invalid value "minori" for "population": expected one of adults, minors, families (did you mean "minors"?). Hint: values are written in English: write "minors" instead of "minori"  schema/enum' },
  { name: 'version with two numbers', mutations: [{ file: A, replace: 'version: 1.0.0', with: 'version: 1.0' }],
    it: 'alfa/adulti.md:5:10  errore  La versione 1.0 è letta da YAML come un numero: una versione ha tre numeri separati da punti. Suggerimento: scrivi version: 1.0.0  schema/type',
    en: 'alfa/adulti.md:5:10  error  YAML reads version 1.0 as a number: a version has three numbers separated by dots. Hint: write version: 1.0.0  schema/type' },
  { name: 'missing closing ---', mutations: [{ file: A, replace: '    terminal: true\n---\n', with: '    terminal: true\n\n' }],
    it: 'alfa/adulti.md:1:1  errore  Il front-matter aperto qui non è chiuso: manca la riga «---» che lo termina. Suggerimento: aggiungi una riga con solo «---» dopo l\'ultima riga YAML, prima del testo  parse/unclosed-frontmatter',
    en: 'alfa/adulti.md:1:1  error  The front-matter opened here is not closed: the "---" line that ends it is missing. Hint: add a line with only "---" after the last YAML line, before the text  parse/unclosed-frontmatter' },
  { name: 'copied file keeps the id', mutations: [{ file: 'alfa/adulti-copia.md', copyOf: A }],
    it: 'alfa/adulti-copia.md:2:5  errore  Id di procedura duplicato «adulti»: compare già in alfa/adulti.md:2. Suggerimento: se questo file è una copia, dagli un id nuovo e rinominalo allo stesso modo  refs/duplicate-id',
    en: 'alfa/adulti-copia.md:2:5  error  Duplicate procedure id "adulti": it is already defined in alfa/adulti.md:2. Hint: if this file is a copy, give it a new id and rename it to match  refs/duplicate-id' },
  { name: 'pasted step keeps the id', mutations: [{ file: A, replace: '    terminal: true\n---', with: PASTED_STEP }],
    it: 'alfa/adulti.md:52:9  errore  Id di passo duplicato «rilascio»: compare già alla riga 44. Suggerimento: dai a questo passo un id diverso  refs/duplicate-id',
    en: 'alfa/adulti.md:52:9  error  Duplicate step id "rilascio": it is already defined at line 44. Hint: give this step another id  refs/duplicate-id' },
  { name: 'key written twice', mutations: [{ file: A, replace: 'region: alfa\n', with: 'region: alfa\ntitle: Percorso adulti\n' }],
    it: 'alfa/adulti.md:5:1  errore  La chiave «title» compare due volte nello stesso blocco. Suggerimento: tieni una sola riga «title:»  parse/yaml',
    en: 'alfa/adulti.md:5:1  error  Key "title" appears twice in the same block. Hint: keep a single "title:" line  parse/yaml' },
  { name: 'unknown role', mutations: [{ file: A, replace: 'actor: forze-ordine', with: 'actor: questura-rm' }],
    it: 'alfa/adulti.md:18:12  errore  Ruolo sconosciuto «questura-rm». Suggerimento: i ruoli sono definiti in _national/roles.yaml  refs/unknown-role',
    en: 'alfa/adulti.md:18:12  error  Unknown role "questura-rm". Hint: roles are defined in _national/roles.yaml  refs/unknown-role' },
  { name: 'unknown local actor', mutations: [{ file: A, replace: 'local_actor: questura-alfa', with: 'local_actor: questura-roma' }],
    it: 'alfa/adulti.md:47:18  errore  Attore sconosciuto «questura-roma» (forse intendevi «questura-alfa»?). Suggerimento: gli attori della Regione sono elencati sotto «actors:» nel suo region.yaml  refs/unknown-actor',
    en: 'alfa/adulti.md:47:18  error  Unknown actor "questura-roma" (did you mean "questura-alfa"?). Hint: actors are listed under "actors:" in the Region\'s region.yaml  refs/unknown-actor' },
  { name: 'unknown stage', mutations: [{ file: A, replace: '    stage: identificazione-formale\n', with: '    stage: identificazione-formal\n' }],
    it: 'alfa/adulti.md:27:12  errore  Fase sconosciuta «identificazione-formal» (forse intendevi «identificazione-formale»?). Suggerimento: le fasi sono definite in _national/stages.yaml  refs/unknown-stage',
    en: 'alfa/adulti.md:27:12  error  Unknown stage "identificazione-formal" (did you mean "identificazione-formale"?). Hint: stages are defined in _national/stages.yaml  refs/unknown-stage' },
  { name: 'unknown legal reference', mutations: [{ file: A, replace: 'legal_basis: [dlgs-286-1998-art-18]\nsteps', with: 'legal_basis: [dlgs-286-98-art-18]\nsteps' }],
    it: 'alfa/adulti.md:14:15  errore  Riferimento normativo sconosciuto «dlgs-286-98-art-18» (forse intendevi «dlgs-286-1998-art-18»?). Suggerimento: i riferimenti normativi sono definiti in _national/legal-references.yaml  refs/unknown-legal-reference',
    en: 'alfa/adulti.md:14:15  error  Unknown legal reference "dlgs-286-98-art-18" (did you mean "dlgs-286-1998-art-18"?). Hint: legal references are defined in _national/legal-references.yaml  refs/unknown-legal-reference' },
  { name: 'unknown action kind', mutations: [{ file: A, replace: 'action_kind: detect-indicators', with: 'action_kind: detect-indicator' }],
    it: 'alfa/adulti.md:20:18  errore  Tipo di azione sconosciuto «detect-indicator» (forse intendevi «detect-indicators»?). Suggerimento: i tipi di azione sono definiti in _national/actions.yaml  refs/unknown-action',
    en: 'alfa/adulti.md:20:18  error  Unknown action kind "detect-indicator" (did you mean "detect-indicators"?). Hint: action kinds are defined in _national/actions.yaml  refs/unknown-action' },
  { name: 'referral without consent', mutations: [{ file: A, replace: '        time_limit: PT24H\n        consent: informed\n', with: '        time_limit: PT24H\n' }],
    it: 'alfa/adulti.md:22:9  errore  Manca «consent», obbligatorio nell\'invio a «colloqui». Suggerimento: aggiungi la riga «consent: …»  schema/required',
    en: 'alfa/adulti.md:22:9  error  Missing required property "consent" in referral to "colloqui". Hint: add the line "consent: …"  schema/required' },
  { name: 'date written day first', mutations: [{ file: A, replace: 'review_by: 2030-01-10', with: 'review_by: 10/01/2030' }],
    it: 'alfa/adulti.md:10:12  errore  «10/01/2030» non è una data valida per «review_by»: le date si scrivono AAAA-MM-GG. Suggerimento: scrivi 2030-01-10  schema/format',
    en: 'alfa/adulti.md:10:12  error  "10/01/2030" is not a valid date for "review_by": dates are written YYYY-MM-DD. Hint: write 2030-01-10  schema/format' },
  { name: 'step without actor', mutations: [{ file: A, replace: '    actor: forze-ordine\n', with: '' }],
    it: 'alfa/adulti.md:16:5  errore  Manca «actor», obbligatorio nel passo «rilevazione». Suggerimento: aggiungi la riga «actor: …»  schema/required',
    en: 'alfa/adulti.md:16:5  error  Missing required property "actor" in step "rilevazione". Hint: add the line "actor: …"  schema/required' },
  { name: 'list item indented one space too far', mutations: [{ file: A, replace: '  - id: colloqui', with: '   - id: colloqui' }],
    it: 'alfa/adulti.md:26:4  errore  Rientro sbagliato: questa riga non è allineata con le altre dello stesso livello. Suggerimento: dai lo stesso numero di spazi a tutte le voci di un elenco («- ») e a tutte le chiavi dello stesso blocco  parse/yaml',
    en: 'alfa/adulti.md:26:4  error  Wrong indentation: this line is not aligned with the others of the same level. Hint: give every item of a list ("- ") and every key of the same block the same number of spaces  parse/yaml' },
  { name: 'unclosed quote', mutations: [{ file: A, replace: 'title: Percorso per persone adulte', with: 'title: "Percorso per persone adulte' }],
    it: 'alfa/adulti.md:3:8  errore  Virgolette non chiuse: il testo che inizia qui con " non ha le virgolette di chiusura. Suggerimento: aggiungi " alla fine del testo  parse/yaml',
    en: 'alfa/adulti.md:3:8  error  Unclosed quotes: the text starting here with " has no closing quote. Hint: add " at the end of the text  parse/yaml' },
  { name: 'colon inside a value', mutations: [{ file: A, replace: 'action: Rileva gli indicatori', with: 'action: Rileva: gli indicatori' }],
    it: 'alfa/adulti.md:19:13  errore  Il valore contiene «: » (due punti seguiti da uno spazio), che YAML legge come l\'inizio di una nuova chiave. Suggerimento: metti il valore tra virgolette, es. action: "Verifica: i documenti"  parse/yaml',
    en: 'alfa/adulti.md:19:13  error  The value contains ": " (a colon and a space), which YAML reads as the start of a new key. Hint: put the value in quotes, e.g. action: "Check: the documents"  parse/yaml' },
  { name: 'key without colon', mutations: [{ file: A, replace: 'review_by: 2030-01-10', with: 'review_by 2030-01-10' }],
    it: 'alfa/adulti.md:10:1  errore  Questa riga non è nella forma «chiave: valore». Suggerimento: scrivi la chiave seguita da «:» e da uno spazio; se la riga continua il testo di quella sopra, rientrala di più  parse/yaml',
    en: 'alfa/adulti.md:10:1  error  This line is not of the form "key: value". Hint: write the key followed by ":" and a space; if the line continues the text above, indent it more  parse/yaml' },
  { name: 'list not closed', mutations: [{ file: A, replace: 'population: [adults]', with: 'population: [adults' }],
    it: 'alfa/adulti.md:11:20  errore  Parentesi non chiusa: manca «]» alla fine dell\'elenco. Suggerimento: chiudi l\'elenco sulla stessa riga, es. [adults, minors]  parse/yaml',
    en: 'alfa/adulti.md:11:20  error  Unclosed bracket: "]" is missing at the end of the list. Hint: close the list on the same line, e.g. [adults, minors]  parse/yaml' },
  { name: 'misspelt key', mutations: [{ file: A, replace: '    terminal: true', with: '    terminale: true' }],
    it: 'alfa/adulti.md:51:5  errore  Chiave sconosciuta «terminale» (forse intendevi «terminal»?)  schema/additionalProperties',
    en: 'alfa/adulti.md:51:5  error  Unknown property "terminale" (did you mean "terminal"?)  schema/additionalProperties' },
  { name: 'last step not terminal', mutations: [{ file: ASILO, replace: "    action: Riprende l'esame e decide.\n    action_kind: asylum-decision\n    terminal: true\n", with: "    action: Riprende l'esame e decide.\n    action_kind: asylum-decision\n" }],
    it: 'alfa/asilo.md:32:9  errore  Il passo «decisione» non invia la persona da nessuna parte e non è un passo finale. Suggerimento: aggiungi «referrals» oppure «terminal: true»  graph/dead-end',
    en: 'alfa/asilo.md:32:9  error  Step "decisione" refers the person nowhere and is not terminal. Hint: add "referrals" or "terminal: true"  graph/dead-end' },
  { name: 'approved without approving bodies', mutations: [{ file: ASILO, replace: '  bodies: [ct-alfa]\n', with: '' }],
    it: 'alfa/asilo.md:8:3  errore  La procedura è «approved» ma nella sua approvazione mancano gli organi che l\'hanno approvata. Suggerimento: aggiungi «approval:» con «date:» e «bodies:», oppure scrivi «status: draft»  domain/approval-data',
    en: 'alfa/asilo.md:8:3  error  Procedure is "approved" but its approval has no bodies. Hint: add "approval:" with "date:" and "bodies:", or set "status: draft"  domain/approval-data' },
  { name: 'review date before approval', mutations: [{ file: A, replace: 'review_by: 2030-01-10', with: 'review_by: 2023-01-10' }],
    it: 'alfa/adulti.md:10:12  errore  La data di revisione 2023-01-10 non è successiva alla data di approvazione 2024-01-10. Suggerimento: fissa «review_by» dopo la data di approvazione  domain/review-before-approval',
    en: 'alfa/adulti.md:10:12  error  Review date 2023-01-10 is not after the approval date 2024-01-10. Hint: set "review_by" after the approval date  domain/review-before-approval' },
  { name: 'wrong helpline number', mutations: [{ file: 'alfa/region.yaml', replace: 'phone: 800 290 290', with: 'phone: 800 209 209' }],
    it: 'alfa/region.yaml:47:12  errore  Il Numero Verde Antitratta è 800 290 290, non «800 209 209»  domain/helpline-number',
    en: 'alfa/region.yaml:47:12  error  The Numero Verde Antitratta is 800 290 290, not "800 209 209"  domain/helpline-number' },
  { name: 'link to a missing step', mutations: [{ file: A, replace: '(step:proposta)', with: '(step:proposte)' }],
    it: 'alfa/adulti.md:57:1  errore  Collegamento interrotto: il passo «proposte» non esiste (forse intendevi «proposta»?)  refs/unknown-step',
    en: 'alfa/adulti.md:57:1  error  Broken link: unknown step "proposte" (did you mean "proposta"?)  refs/unknown-step' },
  { name: 'link to a procedure by a name of its own', mutations: [{ file: A, replace: '(procedure:asilo)', with: '(procedure:richiedenti-asilo)' }],
    it: 'alfa/adulti.md:58:33  errore  Collegamento interrotto: la procedura «richiedenti-asilo» non esiste nella Regione «alfa». Suggerimento: le procedure della Regione sono adulti, asilo, minori  refs/unknown-procedure',
    en: 'alfa/adulti.md:58:33  error  Broken link: unknown procedure "richiedenti-asilo" in Region "alfa". Hint: the Region\'s procedures are adulti, asilo, minori  refs/unknown-procedure' },
  { name: 'time limit in words', mutations: [{ file: A, replace: 'time_limit: PT24H', with: 'time_limit: 24 ore' }],
    it: 'alfa/adulti.md:24:21  errore  «24 ore» non è una durata ISO 8601 valida per «time_limit». Suggerimento: scrivi es. PT24H per 24 ore, P2D per 2 giorni, P3M per 3 mesi  schema/pattern',
    en: 'alfa/adulti.md:24:21  error  "24 ore" is not a valid ISO 8601 duration for "time_limit". Hint: write e.g. PT24H for 24 hours, P2D for 2 days, P3M for 3 months  schema/pattern' },
  { name: 'role acting but not listed', mutations: [{ file: A, replace: 'roles: [forze-ordine, ente-antitratta', with: 'roles: [ente-antitratta' }],
    it: 'alfa/adulti.md:18:12  errore  Il ruolo «forze-ordine» agisce nel passo «rilevazione» ma non è elencato nei «roles» della procedura. Suggerimento: aggiungi «forze-ordine» a «roles»  refs/undeclared-role',
    en: 'alfa/adulti.md:18:12  error  Role "forze-ordine" acts in step "rilevazione" but is not listed in the procedure\'s "roles". Hint: add "forze-ordine" to "roles"  refs/undeclared-role' },
  { name: 'Region folder without region.yaml', mutations: [{ file: 'beta/region.yaml', remove: true }],
    it: 'beta/region.yaml:1:1  errore  La cartella «beta» non ha il file region.yaml, quindi non è una Regione. Suggerimento: crealo con sop new region beta --name "…"  structure/missing-file',
    en: 'beta/region.yaml:1:1  error  Region folder "beta" has no region.yaml, so it is not a Region. Hint: create it with sop new region beta --name "…"  structure/missing-file' },
  { name: 'step id with capitals and spaces', mutations: [{ file: A, replace: '  - id: proposta', with: '  - id: Proposta permesso' }],
    it: 'alfa/adulti.md:35:9  errore  «Proposta permesso» non è un id valido. Suggerimento: usa lettere minuscole, cifre e trattini singoli, es. «ente-antitratta»  schema/pattern',
    en: 'alfa/adulti.md:35:9  error  "Proposta permesso" is not a valid id. Hint: use lowercase letters, digits and single hyphens, e.g. "ente-antitratta"  schema/pattern' },
];

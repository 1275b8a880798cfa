// Reading the corpus: files that cannot be read, front-matter that is not there, YAML that does
// not parse. YAML parser jargon is turned into what an editor can fix (see load/yaml.ts for
// which parser error becomes which message).
import { en, it } from './words.js';

const itLoad = {
  encoding: () => `Il file non è salvato in UTF-8${it.hint("salvalo con la codifica UTF-8 (nell'editor: «Salva con codifica» → UTF-8)")}`,
  tooLarge: (p: { mb: number }) => `Il file pesa ${p.mb.toLocaleString('it-IT', { maximumFractionDigits: 1 })} MB, oltre il limite di 1 MB${it.hint('dividilo in più procedure')}`,
  symlink: () => `I collegamenti simbolici non vengono seguiti: il corpus non può rimandare a file fuori dalla sua cartella${it.hint('copia qui il file invece di collegarlo')}`,
  missingCatalogue: (p: { file: string }) => `Manca il file del catalogo nazionale ${it.q(p.file)}${it.hint('il catalogo nazionale è nella cartella _national/ del corpus')}`,
  missingRegionFile: (p: { folder: string; file: string }) =>
    `La cartella ${it.q(p.folder)} non ha il file ${p.file}, quindi non è una Regione${it.hint(`crealo con sop new region ${p.folder} --name "…"`)}`,
  emptyFile: () => `Il file è vuoto: una procedura inizia con il front-matter YAML tra due righe «---»`,
  noFrontmatter: () => `Manca il front-matter: una procedura inizia con il front-matter YAML tra due righe «---»${it.hint('la prima riga del file deve essere «---»')}`,
  unclosedFrontmatter: () => `Il front-matter aperto qui non è chiuso: manca la riga «---» che lo termina${it.hint("aggiungi una riga con solo «---» dopo l'ultima riga YAML, prima del testo")}`,
  yamlTab: () => `Riga rientrata con una tabulazione: in YAML i rientri si fanno solo con gli spazi${it.hint('sostituisci la tabulazione con spazi (2 per livello), allineando la riga a quelle dello stesso livello')}`,
  yamlIndent: () => `Rientro sbagliato: questa riga non è allineata con le altre dello stesso livello${it.hint('dai lo stesso numero di spazi a tutte le voci di un elenco («- ») e a tutte le chiavi dello stesso blocco')}`,
  yamlUnclosedFlow: (p: { close: string }) => `Parentesi non chiusa: manca ${it.q(p.close)} alla fine dell'elenco${it.hint(`chiudi l'elenco sulla stessa riga, es. [adults, minors]`)}`,
  yamlFlowItems: () => `Elenco tra parentesi scritto male: gli elementi vanno separati da virgole${it.hint('scrivi es. [adults, minors]; un testo che contiene virgole o «:» va tra virgolette')}`,
  yamlUnclosedQuote: (p: { quote: string }) => `Virgolette non chiuse: il testo che inizia qui con ${p.quote} non ha le virgolette di chiusura${it.hint(`aggiungi ${p.quote} alla fine del testo`)}`,
  yamlMissingColon: () => `Questa riga non è nella forma «chiave: valore»${it.hint('scrivi la chiave seguita da «:» e da uno spazio; se la riga continua il testo di quella sopra, rientrala di più')}`,
  yamlColonInValue: () => `Il valore contiene «: » (due punti seguiti da uno spazio), che YAML legge come l'inizio di una nuova chiave${it.hint('metti il valore tra virgolette, es. action: "Verifica: i documenti"')}`,
  yamlNestedKey: () => `Riga letta come parte della chiave precedente: manca «:» dopo una chiave, o il rientro è sbagliato${it.hint('ogni chiave finisce con «:» e uno spazio; le chiavi dello stesso blocco hanno lo stesso rientro')}`,
  yamlDuplicateKey: (p: { key: string }) => `La chiave ${it.q(p.key)} compare due volte nello stesso blocco${it.hint(`tieni una sola riga ${it.q(`${p.key}:`)}`)}`,
  yamlBadStart: (p: { char: string }) => `Un valore non può iniziare con ${it.q(p.char)}${it.hint('metti il valore tra virgolette')}`,
  yamlSpace: () => `Manca uno spazio: YAML vuole uno spazio dopo «:» e prima di «#»${it.hint('aggiungi lo spazio, o metti il valore tra virgolette')}`,
  yamlSyntax: (p: { detail: string }) => `Errore di sintassi YAML (${p.detail})${it.hint('controlla rientri, «:» e virgolette di questa riga e di quella sopra')}`,
  yamlTooDeep: () => 'Lo YAML è annidato troppo in profondità per essere una procedura',
  yamlUnreadable: (p: { detail: string }) => `Lo YAML non si può leggere: ${p.detail}`,
};

const enLoad: typeof itLoad = {
  encoding: () => `File is not valid UTF-8${en.hint('save it with UTF-8 encoding')}`,
  tooLarge: (p) => `File is ${p.mb.toFixed(1)} MB; the limit is 1 MB${en.hint('split it into several procedures')}`,
  symlink: () => `Symbolic links are not followed: the corpus may not reach outside its folder${en.hint('copy the file here instead')}`,
  missingCatalogue: (p) => `Missing national catalogue file ${en.q(p.file)}${en.hint('the national catalogue is in the _national/ folder of the corpus')}`,
  missingRegionFile: (p) => `Region folder ${en.q(p.folder)} has no ${p.file}, so it is not a Region${en.hint(`create it with sop new region ${p.folder} --name "…"`)}`,
  emptyFile: () => 'File is empty: a procedure starts with YAML front-matter between "---" lines',
  noFrontmatter: () => `Missing front-matter: a procedure starts with YAML front-matter between "---" lines${en.hint('the first line of the file must be "---"')}`,
  unclosedFrontmatter: () => `The front-matter opened here is not closed: the "---" line that ends it is missing${en.hint('add a line with only "---" after the last YAML line, before the text')}`,
  yamlTab: () => `Line indented with a tab: YAML indents with spaces only${en.hint('replace the tab with spaces (2 per level), in line with the lines of the same level')}`,
  yamlIndent: () => `Wrong indentation: this line is not aligned with the others of the same level${en.hint('give every item of a list ("- ") and every key of the same block the same number of spaces')}`,
  yamlUnclosedFlow: (p) => `Unclosed bracket: ${en.q(p.close)} is missing at the end of the list${en.hint('close the list on the same line, e.g. [adults, minors]')}`,
  yamlFlowItems: () => `Badly written bracketed list: items are separated by commas${en.hint('write e.g. [adults, minors]; a text with commas or ":" goes in quotes')}`,
  yamlUnclosedQuote: (p) => `Unclosed quotes: the text starting here with ${p.quote} has no closing quote${en.hint(`add ${p.quote} at the end of the text`)}`,
  yamlMissingColon: () => `This line is not of the form "key: value"${en.hint('write the key followed by ":" and a space; if the line continues the text above, indent it more')}`,
  yamlColonInValue: () => `The value contains ": " (a colon and a space), which YAML reads as the start of a new key${en.hint('put the value in quotes, e.g. action: "Check: the documents"')}`,
  yamlNestedKey: () => `Line read as part of the previous key: a ":" is missing after a key, or the indentation is wrong${en.hint('every key ends with ":" and a space; keys of the same block have the same indentation')}`,
  yamlDuplicateKey: (p) => `Key ${en.q(p.key)} appears twice in the same block${en.hint(`keep a single ${en.q(`${p.key}:`)} line`)}`,
  yamlBadStart: (p) => `A value cannot start with ${en.q(p.char)}${en.hint('put the value in quotes')}`,
  yamlSpace: () => `Missing space: YAML needs a space after ":" and before "#"${en.hint('add the space, or put the value in quotes')}`,
  yamlSyntax: (p) => `YAML syntax error (${p.detail})${en.hint('check the indentation, ":" and quotes of this line and the one above')}`,
  yamlTooDeep: () => 'YAML is nested too deeply to be a procedure',
  yamlUnreadable: (p) => `YAML cannot be read: ${p.detail}`,
};

export const loadMessages = { it: itLoad, en: enLoad };

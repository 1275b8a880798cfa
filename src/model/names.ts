// Readers see words, not ids: a step without a `title` is named after its id, made readable.

/** Abbreviations that stay in capitals when an id becomes a name. */
const ACRONYMS = new Set(['ct', 'cnda', 'msna', 'cpr', 'cas', 'sai', 'asl', 'inl', 'itl', 'ud', 'dda', 'ag', 'oim', 'iom', 'rva', 'pds', 'ue', 'nv']);

/** "primo-colloquio" → "Primo colloquio"; "ct-informativa" → "CT informativa"; "art-18" → "Art. 18". */
export function titleFromId(id: string): string {
  const words = id.split('-').map((word, i) => {
    if (ACRONYMS.has(word)) return word.toUpperCase();
    if (word === 'art' && /^\d/.test(id.split('-')[i + 1] ?? '')) return 'art.';
    return word;
  });
  // The first word capitalised before the join, not the text after: `join` makes one flat
  // string, where a letter joined to a slice of the text is three strings in V8's heap, and the
  // 47,000 steps of a large corpus may take their titles from here.
  words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
  return words.join(' ');
}

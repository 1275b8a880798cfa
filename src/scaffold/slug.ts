// Ids derived from titles, as an editor would type them: file names and links stay predictable.

/** Ids longer than this are hard to type in links; longer titles are cut at a word boundary. */
const MAX_ID_LENGTH = 60;

/** "Identificazione e prima accoglienza" → "identificazione-e-prima-accoglienza"; "" when nothing is left. */
export function slugify(text: string): string {
  // NFKD splits "à" into "a" + a combining accent, which is then dropped.
  const words = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const longer = slug ? `${slug}-${word}` : word;
    if (slug && longer.length > MAX_ID_LENGTH) break;
    slug = longer;
  }
  return slug.slice(0, MAX_ID_LENGTH);
}

/** `base`, or the first of `base-2`, `base-3`… that is not taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

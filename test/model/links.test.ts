// A procedure's typed links are kept as columns and made into objects as they are gone through:
// each must come back as written, with its place, and the public edition must leave out exactly
// the restricted ones.
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { bodyUrls, typedLinks } from '../../src/model/links.js';
import type { BodyReference } from '../../src/model/types.js';

const text = [
  'Vedi [Questura](role:questura-ufficio-immigrazione).',
  ':::restricted',
  'Solo uso interno: [colloquio](step:colloquio) e [art. 18](legal:dlgs-286-1998-art-18).',
  ':::',
  '![Schema](schema.png) e [sito](https://example.org) e [procedura](procedure:lazio/adulti).',
].join('\n');
const file = new VFile({ path: 'lazio/adulti.md', value: text });
const at = (written: string, restricted = false, image = false): BodyReference => {
  const from = text.indexOf(written);
  const url = /\]\(([^)]*)\)/.exec(written)![1]!;
  return { url, image, restricted, from, to: from + written.length };
};
const references = [
  at('[Questura](role:questura-ufficio-immigrazione)'),
  at('[colloquio](step:colloquio)', true),
  at('[art. 18](legal:dlgs-286-1998-art-18)', true),
  at('![Schema](schema.png)', false, true),
  at('[sito](https://example.org)'),
  at('[procedura](procedure:lazio/adulti)'),
];
const seen = (links: Iterable<{ kind: string; target: string; restricted: boolean; start: { line: number; column: number }; end: { line: number; column: number } }>) =>
  [...links].map(({ kind, target, restricted, start, end }) => ({ kind, target, restricted, start: [start.line, start.column], end: [end.line, end.column] }));

describe('typed links', () => {
  it('come back as written, in order, with their kind, target and place', () => {
    const links = typedLinks(file, references, (value) => value);
    expect(links.length).toBe(4);
    expect(seen(links)).toEqual([
      { kind: 'role', target: 'questura-ufficio-immigrazione', restricted: false, start: [1, 6], end: [1, 52] },
      { kind: 'step', target: 'colloquio', restricted: true, start: [3, 19], end: [3, 46] },
      { kind: 'legal', target: 'dlgs-286-1998-art-18', restricted: true, start: [3, 49], end: [3, 86] },
      { kind: 'procedure', target: 'lazio/adulti', restricted: false, start: [5, 55], end: [5, 90] },
    ]);
    // Gone through again, the same.
    expect(seen(links)).toEqual(seen(links));
  });

  it('leave out exactly the restricted ones for the public edition, and are kept as they are when none is', () => {
    const links = typedLinks(file, references, (value) => value);
    const unrestricted = links.unrestricted();
    expect(seen(unrestricted).map(({ target }) => target)).toEqual(['questura-ufficio-immigrazione', 'lazio/adulti']);
    expect(unrestricted.length).toBe(2);
    expect(unrestricted.unrestricted()).toBe(unrestricted);
  });

  it('leave the other URLs and images to the URL checks', () => {
    expect(bodyUrls(file, references).map(({ url, image }) => [url, image])).toEqual([['schema.png', true], ['https://example.org', false]]);
  });
});

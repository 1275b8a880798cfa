// The quick YAML reading (js-yaml) must give exactly the data `yaml` gives, or step aside: the
// shipped corpus, core-schema scalars and thousands of seeded mutations of real front-matter.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { splitFrontmatter } from '../../src/load/frontmatter.js';
import { quickYaml } from '../../src/load/yaml-fast.js';
import { mulberry32 } from '../../bench/generate.mjs';
import { copyFixture, diagnose, REPO } from '../helpers.js';

/** What `yaml` reads, as the loader reads it; an error code when it reports one. */
function fullYaml(text: string): { data: unknown } | { error: string } {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) return { error: doc.errors[0]!.code };
  try {
    return { data: doc.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

async function corpusYaml(): Promise<Array<{ file: string; text: string }>> {
  const root = path.join(REPO, 'procedures');
  const found: Array<{ file: string; text: string }> = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.relative(root, path.join(entry.parentPath, entry.name));
    const text = await readFile(path.join(root, file), 'utf8');
    if (file.endsWith('.yaml')) found.push({ file, text });
    else if (file.endsWith('.md')) found.push({ file, text: splitFrontmatter(text)!.yaml });
  }
  return found;
}

describe('quick YAML reading', () => {
  it('reads every procedure of the shipped corpus, with the data yaml gives', async () => {
    const texts = await corpusYaml();
    for (const { file, text } of texts) {
      const quick = quickYaml(text);
      if (file.endsWith('.md')) {
        expect(quick, file).toBeDefined();
        // Saved with Windows line endings, it is as quick to read.
        expect(quickYaml(text.replace(/\n/g, '\r\n')), file).toBeDefined();
      }
      if (quick) expect(quick.data, file).toEqual((fullYaml(text) as { data: unknown }).data);
    }
  });

  it('reads scalars by YAML 1.2 core schema, as yaml does', () => {
    const scalars = ['0b101', '-.5', '.5', '5.', '1e3', '+12', '-0', '0o17', '0x1F', '1_000', '.inf', '-.Inf', '.NaN', '~', 'null', 'Null', 'yes', 'on', 'True', 'FALSE', '2026-01-01', '12:30:00', "'it''s'", '"caf\\u00e9"', '!!str 12', '"0x1F"'];
    for (const scalar of scalars) {
      const text = `value: ${scalar}`;
      const quick = quickYaml(text);
      const full = fullYaml(text);
      if (quick) expect(quick.data, text).toEqual((full as { data: unknown }).data);
    }
    expect(quickYaml('value: 0b101')?.data).toEqual({ value: '0b101' });
    expect(quickYaml('value: -.5')?.data).toEqual({ value: -0.5 });
    expect(quickYaml('legal_basis: [a, b] # nota\r\nid: x\r\n')?.data).toEqual({ legal_basis: ['a', 'b'], id: 'x' });
  });

  it('leaves aliases, directives, odd keys and values split over lines to yaml', () => {
    const unusual = [
      'a: &x [1]\nb: *x',
      '%YAML 1.1\n---\na: yes',
      '~: a',
      '1.0: a',
      '? [a]\n: b',
      '- ? a\n  : b',
      '[a]: b',
      'a: "riga\n  seguente"',
      'a: [uno,\n  due]',
      'a: [uno]#commento',
      'a: 1\na: 2',
      'a: !custom x',
      '',
    ];
    for (const text of unusual) expect(quickYaml(text), text).toBeUndefined();
  });

  it('agrees with yaml on thousands of mutated front-matters, or steps aside', async () => {
    const texts = (await corpusYaml()).map(({ text }) => text);
    // Seeded: the same mutations on every run.
    const next = mulberry32(20261202);
    const pieces = [':', ' ', '-', '"', "'", '\t', '#', '[', ']', '{', '}', ',', '\n', '&a ', '*a', '!!str ', '? ', '|', '>', '0b1', '-.5', '~', '%YAML 1.1\n', '\\', 'null', '  ', '\n  '];
    let quick = 0;
    const disagreements: string[] = [];
    for (let round = 0; round < 3000; round++) {
      let text = texts[Math.floor(next() * texts.length)]!;
      for (let edits = 1 + Math.floor(next() * 3); edits > 0; edits--) {
        const at = Math.floor(next() * text.length);
        text = next() < 0.4 ? text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 5)) : text.slice(0, at) + pieces[Math.floor(next() * pieces.length)] + text.slice(at);
      }
      const read = quickYaml(text);
      if (!read) continue;
      quick++;
      const full = fullYaml(text);
      if (!('data' in full) || !isDeepStrictEqual(read.data, full.data)) disagreements.push(text);
    }
    expect(disagreements).toEqual([]);
    // Most mutations leave valid YAML: the quick path must have been taken for them.
    expect(quick).toBeGreaterThan(1000);
  });

  it('still reports what yaml finds in a document js-yaml would accept', async () => {
    const dir = await copyFixture('base', [{ file: 'alfa/adulti.md', replace: 'review_by: 2030-01-10', with: 'review_by: [2030-01-10]#' }]);
    const lines = await diagnose(dir, 'en');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^alfa\/adulti\.md:10:\d+ error Missing space: YAML needs a space after ":" and before "#". Hint: add the space, or put the value in quotes parse\/yaml$/);
  });
});

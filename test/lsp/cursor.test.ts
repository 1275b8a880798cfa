// Where the cursor is in half-typed YAML: `|` marks it in each text.
import { describe, expect, it } from 'vitest';
import { cursorAt, scalarAt, yamlOf } from '../../src/lsp/cursor.js';

function at(marked: string) {
  const cursor = cursorAt(marked.replace('|', ''), marked.indexOf('|'));
  return cursor && { mode: cursor.mode, path: cursor.path, present: cursor.present, listed: cursor.listed, itemOrKey: cursor.itemOrKey, inFlow: cursor.inFlow, needsSpace: cursor.needsSpace };
}

describe('cursorAt', () => {
  const plain = { present: [], listed: [], itemOrKey: false, inFlow: false, needsSpace: false };
  it.each([
    ['a value after `key: `', 'id: a\nsteps:\n  - id: x\n    actor: |\n    action: y\n', { ...plain, mode: 'value', path: ['steps', 0, 'actor'] }],
    ['a value right after the colon', 'id: a\nsteps:\n  - id: x\n    actor:|\n', { ...plain, mode: 'value', path: ['steps', 0, 'actor'], needsSpace: true }],
    ['a half-typed value', 'steps:\n  - id: x\n    referrals:\n      - to: alfa/pro|\n', { ...plain, mode: 'value', path: ['steps', 0, 'referrals', 0, 'to'] }],
    ['an item of an unclosed flow sequence', 'id: a\nroles: [forze-ordine, |\nsteps:\n', { ...plain, mode: 'value', path: ['roles', 1], inFlow: true, listed: ['forze-ordine'] }],
    ['a whole array after its key', 'id: a\nstages: |\n', { ...plain, mode: 'value', path: ['stages'] }],
    ['a new key in a step', 'steps:\n  - id: x\n    actor: y\n    |\n  - id: z\n', { ...plain, mode: 'key', path: ['steps', 0], present: ['id', 'actor'] }],
    ['a half-typed key at the top', 'id: a\nsteps:\n  - id: x\n\nti|', { ...plain, mode: 'key', path: [], present: ['id', 'steps'] }],
    ['a key of a sequence written at its key\'s indentation', 'steps:\n- id: x\n  |\n', { ...plain, mode: 'key', path: ['steps', 0], present: ['id'] }],
    ['an empty item: a mapping or a scalar', 'population:\n  - |\n', { ...plain, mode: 'key', path: ['population', 0], itemOrKey: true }],
    ['a new item after others', 'population:\n  - adults\n  - |\n  - families\n', { ...plain, mode: 'key', path: ['population', 1], itemOrKey: true, listed: ['adults', 'families'] }],
    ['an empty document', '|', { ...plain, mode: 'key', path: [] }],
    ['after a tab the parser complains about', 'id: a\n\ttitle: x\nsteps:\n  - id: x\n    actor: |\n', { ...plain, mode: 'value', path: ['steps', 0, 'actor'] }],
  ])('finds %s', (_name, marked, expected) => {
    expect(at(marked)).toEqual(expected);
  });

  it('finds nothing to complete in prose', () => {
    expect(at('steps:\n  - id: x\n    action: Rileva gli |\n')).toBeUndefined();
  });

  it('replaces the whole id around the cursor', () => {
    const text = 'steps:\n  - actor: que|stura\n';
    const cursor = cursorAt(text.replace('|', ''), text.indexOf('|'))!;
    expect(text.replace('|', '').slice(cursor.replace.start, cursor.replace.end)).toBe('questura');
  });
});

describe('yamlOf', () => {
  it('reads the front-matter of a procedure, closed or still being written', () => {
    expect(yamlOf('---\nid: a\n---\n# Testo\n', true)).toEqual({ yaml: 'id: a', offset: 4 });
    expect(yamlOf('---\nid: a\nsteps:\n', true)).toEqual({ yaml: 'id: a\nsteps:\n', offset: 4 });
    expect(yamlOf('\uFEFF---\r\nid: a\r\n---\r\n', true)).toEqual({ yaml: 'id: a', offset: 6 });
    expect(yamlOf('# Solo testo\n', true)).toBeUndefined();
  });
});

describe('scalarAt', () => {
  it('finds the value or the key under the cursor', () => {
    const text = 'roles: [forze-ordine, procura]\nsteps:\n  - id: x\n';
    expect(scalarAt(text, text.indexOf('procura') + 2)).toEqual({ path: ['roles', 1], value: 'procura', isKey: false });
    expect(scalarAt(text, 2)).toEqual({ path: ['roles'], value: 'roles', isKey: true });
    expect(scalarAt(text, text.indexOf('id:'))).toEqual({ path: ['steps', 0, 'id'], value: 'id', isKey: true });
    expect(scalarAt(text, text.indexOf('\n'))).toBeUndefined();
  });
});

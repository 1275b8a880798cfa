import { describe, expect, it } from 'vitest';
import { combinations, conditionKey, evaluate, factsOf, parseCondition } from '../../src/model/condition.js';
import type { Fact } from '../../src/model/types.js';

const fact = (id: string, type: Fact['type'], values: string[] = []): Fact => ({
  id, type, question: { it: id, en: id }, label: { it: id, en: id }, values: values.map((v) => ({ id: v, label: { it: v, en: v } })), source: [],
  origin: { source: undefined as never, path: [] },
});

describe('when: conditions', () => {
  const condition = parseCondition({ any: [{ minore: true }, { 'eta-incerta': true }], sfruttamento: ['lavorativo', 'accattonaggio'] }, ['when']);

  it('parses several keys as all, lists as in, and keeps the path of each fact test', () => {
    expect(condition).toMatchObject({ kind: 'all', path: ['when'], of: [
      { kind: 'any', path: ['when', 'any'], of: [{ kind: 'fact', fact: 'minore', values: [true], list: false, path: ['when', 'any', 0, 'minore'] }, { kind: 'fact', fact: 'eta-incerta', path: ['when', 'any', 1, 'eta-incerta'] }] },
      { kind: 'fact', fact: 'sfruttamento', values: ['lavorativo', 'accattonaggio'], list: true, path: ['when', 'sfruttamento'] },
    ] });
    expect(factsOf(condition)).toEqual(['minore', 'eta-incerta', 'sfruttamento']);
  });

  it('evaluates in three values: unknown facts leave a condition undecided unless the known ones decide it', () => {
    const facts = (entries: Record<string, boolean | string>) => new Map(Object.entries(entries));
    expect(evaluate(condition, facts({ minore: true, sfruttamento: 'lavorativo' }))).toBe(true);
    expect(evaluate(condition, facts({ minore: true, sfruttamento: 'sessuale' }))).toBe(false);
    expect(evaluate(condition, facts({ sfruttamento: 'sessuale' }))).toBe(false);
    expect(evaluate(condition, facts({ minore: false, sfruttamento: 'accattonaggio' }))).toBeUndefined();
    expect(evaluate(parseCondition({ not: { minore: true } }, []), facts({}))).toBeUndefined();
    expect(evaluate(parseCondition({ not: { minore: true } }, []), facts({ minore: false }))).toBe(true);
  });

  it('names conditions that say the same thing alike, whatever the order of keys and values', () => {
    expect(conditionKey(parseCondition({ minore: true, sfruttamento: ['b', 'a'] }, []))).toBe(conditionKey(parseCondition({ sfruttamento: ['a', 'b'], minore: true }, [])));
    expect(conditionKey(parseCondition({ minore: true }, []))).not.toBe(conditionKey(parseCondition({ minore: false }, [])));
  });

  it('enumerates the combinations worth trying (dates: those named and one other), and gives up beyond 4,096', () => {
    const arrival = parseCondition({ 'data-arrivo': '2024-01-31' }, []);
    const all = combinations([fact('minore', 'boolean'), fact('sfruttamento', 'enum', ['a', 'b', 'c']), fact('data-arrivo', 'date')], [arrival])!;
    expect(all).toHaveLength(2 * 3 * 2);
    expect([...all[0]!]).toEqual([['minore', true], ['sfruttamento', 'a'], ['data-arrivo', '2024-01-31']]);
    expect([...all.at(-1)!]).toEqual([['minore', false], ['sfruttamento', 'c'], ['data-arrivo', '']]);
    expect(combinations(Array.from({ length: 13 }, (_, i) => fact(`f${i}`, 'boolean')), [])).toBeUndefined();
  });
});

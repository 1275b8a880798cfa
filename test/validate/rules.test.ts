import { describe, expect, it } from 'vitest';
import { rules } from '../../src/validate/rules/index.js';
import { copyFixture, diagnose } from '../helpers.js';
import { conditionCases } from './condition-cases.js';
import { domainCases } from './domain-cases.js';
import { ruleCases as baseCases } from './rule-cases.js';

const ruleCases = [...baseCases, ...domainCases, ...conditionCases];

describe('rules', () => {
  it('the base fixture passes every rule', async () => {
    expect(await diagnose(await copyFixture('base'))).toEqual([]);
  });

  it.each(ruleCases.map((c) => [c.rule, c.name, c] as const))('%s: %s', async (_rule, _name, ruleCase) => {
    const dir = await copyFixture('base', ruleCase.mutations);
    expect(await diagnose(dir, 'en')).toEqual(ruleCase.expected);
  });

  it.each(ruleCases.map((c) => [c.rule, c.name, c] as const))('%s in Italian: %s', async (_rule, _name, ruleCase) => {
    const dir = await copyFixture('base', ruleCase.mutations);
    const italian = await diagnose(dir);
    // The same findings at the same places, each in Italian words: ids and values quoted «so».
    const where = (line: string) => [line.split(' ')[0], line.split(' ').at(-1)];
    expect(italian.map(where)).toEqual(ruleCase.expected.map(where));
    const message = (line: string) => line.split(' ').slice(2, -1).join(' ');
    for (const line of italian) expect(message(line)).not.toMatch(/Hint:|did you mean|Unknown|\b(?:the|must|is not)\b|"[\w-]/);
  });

  it('every rule has a failing case that reports it', () => {
    const tested = new Set(ruleCases.filter((c) => c.expected.some((line) => line.endsWith(` ${c.rule}`))).map((c) => c.rule));
    expect(rules.map((rule) => rule.id).filter((id) => !tested.has(id))).toEqual([]);
  });

  it('every root cause a rule follows runs before it, and its findings are kept no longer than the rule\'s own', () => {
    // A rule's cached findings (validate/cache.ts) must be made again whenever its causes' are.
    const reach = { own: 0, corpus: 1, graph: 2 } as const;
    for (const [index, rule] of rules.entries()) {
      for (const cause of rule.follows ?? []) {
        const before = rules.findIndex((candidate) => candidate.id === cause.rule);
        expect([rule.id, cause.rule, before >= 0 && before < index]).toEqual([rule.id, cause.rule, true]);
        // Only `procedure` parts keep findings; a `corpus` part reports afresh on every check.
        if (rule.procedure) expect(reach[rules[before]!.reads ?? 'own']).toBeLessThanOrEqual(reach[rule.reads ?? 'own']);
      }
    }
  });

  it('rule ids are unique and every rule is documented', () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules) expect(rule.description.length).toBeGreaterThan(20);
  });
});

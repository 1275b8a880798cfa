import { describe, expect, it } from 'vitest';
import { stepAt } from '../../src/cases/steps.js';
import { walkCase } from '../../src/cases/walk.js';
import { parseStepRef } from '../../src/model/build.js';
import { check } from '../../src/index.js';
import { copyFixture, TODAY } from '../helpers.js';
import { AGE_BRANCHES } from './project.js';

/** The guardian and the provider meet again after the interviews, in a loop the pathway leaves by ending. */
const LOOP = { file: 'alfa/minori.md', replace: '    action_kind: formal-identification\n    terminal: true\n', with: '    action_kind: formal-identification\n    time_limit: P5D\n    terminal: true\n    referrals:\n      - to: tutela\n        time_limit: P1D\n        consent: not-required\n' };

async function corpusOf(mutations: Parameters<typeof copyFixture>[1]) {
  const result = await check('.', { cwd: await copyFixture('base', mutations), today: TODAY });
  return result.loaded.corpus;
}

describe('walking a case', () => {
  it('counts the longest time to each step along paths that never visit a step twice', async () => {
    const corpus = await corpusOf([LOOP]);
    const start = stepAt(corpus, parseStepRef('alfa/minori#rintraccio', '', ''))!;
    const [branch] = walkCase(corpus, [start], new Map())!;
    const byKey = new Map(branch!.steps.map((step) => [step.key, step]));
    // rintraccio → prima-accoglienza (30 days) → tutela → colloqui-ente (5 days); back to tutela is a loop.
    expect(byKey.get('alfa/minori#colloqui-ente')).toMatchObject({ elapsed: 'P35D', path: ['alfa/minori#rintraccio', 'alfa/minori#prima-accoglienza', 'alfa/minori#tutela', 'alfa/minori#colloqui-ente'] });
    expect(byKey.get('alfa/minori#tutela')!.elapsed).toBe('P30D');
    expect(branch!.referrals.has('alfa/minori#colloqui-ente>0')).toBe(true);
  });

  it('follows only the referrals whose conditions hold, and forks one fact at a time where the case does not say', async () => {
    const corpus = await corpusOf([AGE_BRANCHES]);
    const start = stepAt(corpus, parseStepRef('alfa/minori#rintraccio', '', ''))!;
    const adult = walkCase(corpus, [start], new Map<string, boolean>([['minore', false], ['eta-incerta', false]]))!;
    expect(adult).toHaveLength(1);
    expect(adult[0]!.steps.map((step) => step.key)).toEqual(['alfa/minori#rintraccio', 'alfa/adulti#colloqui', 'alfa/adulti#proposta', 'alfa/adulti#rilascio']);
    expect([...adult[0]!.referrals]).toEqual(['alfa/minori#rintraccio>2', 'alfa/adulti#colloqui>0', 'alfa/adulti#proposta>0']);
    const unknown = walkCase(corpus, [start], new Map())!;
    expect(unknown.map((branch) => [...branch.assumed])).toEqual([[['minore', true]], [['minore', false], ['eta-incerta', true]], [['minore', false], ['eta-incerta', false]]]);
  });
});

// The graph rules ask the referral graph one step at a time, and `sop dev` keeps what the graph is
// made of (and, in its load cache, who refers into each step) from one check to the next: what
// they find must be the graph made whole, from scratch.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { LoadCache } from '../../src/load/cache.js';
import { referralGraph, type Edge, type ReferralGraph } from '../../src/model/graph.js';
import type { Corpus } from '../../src/model/types.js';
import { copyFixture, TODAY } from '../helpers.js';

const edge = ({ from, referral, to }: Edge) => `${from.procedure.id}#${from.step.id} -> ${to.procedure.id}#${to.step.id} (${referral.to.raw})`;

/** The graph as found key by key, before anything went through it whole. */
function stepByStep(graph: ReferralGraph, keys: string[]) {
  return keys.map((key) => [key, graph.nodes.get(key)?.step.id, graph.outgoing.get(key)?.map(edge), graph.incoming.get(key)?.map(edge)]);
}

function whole(graph: ReferralGraph) {
  return [...graph.nodes.keys()].map((key) => [key, graph.nodes.get(key)?.step.id, graph.outgoing.get(key)?.map(edge), graph.incoming.get(key)?.map(edge)]);
}

describe('the referral graph', () => {
  it('found step by step is the graph made whole, after the corpus is loaded again with a changed referral', async () => {
    const dir = await copyFixture('base');
    const cache = new LoadCache();
    const corpusNow = async () => (await check('.', { cwd: dir, today: TODAY, cache })).loaded.corpus;
    const keysOf = (corpus: Corpus) => [...referralGraph(corpus).nodes.keys()];
    let corpus = await corpusNow();
    const keys = keysOf(corpus);
    expect(keys.length).toBeGreaterThan(10);
    expect(stepByStep(referralGraph(corpus, cache.referrers), keys)).toEqual(whole(referralGraph(corpus)));
    const file = path.join(dir, 'beta/trasferimento.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('to: alfa/adulti#colloqui', 'to: alfa/adulti#rilevazione'));
    corpus = await corpusNow();
    const found = stepByStep(referralGraph(corpus, cache.referrers), keys);
    expect(found).toEqual(whole(referralGraph(corpus)));
    expect(found.find(([key]) => key === 'alfa/adulti#rilevazione')?.[3]).toContain('trasferimento#coordinamento -> adulti#rilevazione (alfa/adulti#rilevazione)');
  });
});

// The referral graph answers one step at a time and, separately, as whole maps (made only when
// something goes through them): both must tell the same edges, on the shipped corpus.
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { refKey, stepKey, type Edge, type ReferralGraph } from '../../src/model/graph.js';
import type { Corpus } from '../../src/model/types.js';
import { REPO } from '../helpers.js';

let corpus: Corpus;
let graph: ReferralGraph;
beforeAll(async () => {
  const result = await check('procedures', { cwd: REPO, today: '2026-06-01' });
  expect(result.errors).toBe(0);
  ({ corpus, graph } = result.loaded);
});

const node = ({ region, procedure, step }: Edge['from']) => stepKey(region.folder, procedure.id, step.id);
const edgeName = ({ from, to, referral }: Edge) => `${node(from)} -> ${node(to)} ${JSON.stringify(referral)}`;

describe('the referral graph', () => {
  it('has a node for every step of every procedure', () => {
    const keys = [...corpus.regions.values()].flatMap((region) => [...region.procedures.values()].flatMap((procedure) => procedure.steps.map((step) => stepKey(procedure.folder, procedure.id, step.id))));
    expect(graph.nodes.size).toBe(new Set(keys).size);
    for (const key of keys) expect(graph.nodes.get(key)?.step.id).toBe(key.slice(key.indexOf('#') + 1));
  });

  it('gives the same outgoing edges step by step and whole: every referral that resolves', () => {
    const whole = [...graph.outgoing.entries()];
    expect(whole.length).toBeGreaterThan(0);
    for (const [key, edges] of whole) expect(graph.outgoing.get(key)).toEqual(edges);
    const resolving = [...graph.nodes.values()].flatMap((node) => node.step.referrals.filter((referral) => graph.nodes.has(refKey(referral.to))));
    expect(whole.flatMap(([, edges]) => edges).map((edge) => edge.referral)).toEqual(expect.arrayContaining(resolving));
  });

  it('gives the same incoming edges step by step and whole, each an outgoing edge of its source', () => {
    const incoming = [...graph.incoming.entries()];
    expect(incoming.length).toBeGreaterThan(0);
    for (const [key, edges] of incoming) expect(graph.incoming.get(key)?.map(edgeName).sort()).toEqual(edges.map(edgeName).sort());
    const outgoing = [...graph.outgoing.values()].flat().map(edgeName).sort();
    expect(incoming.flatMap(([, edges]) => edges).map(edgeName).sort()).toEqual(outgoing);
  });
});

// The referral graph over the whole corpus: every step keyed by region/procedure#step,
// with the referrals that lead into it. Built once and shared by the graph and domain rules.
import type { Corpus, Procedure, Referral, Region, Step, StepRef } from './types.js';

export interface StepNode {
  region: Region;
  procedure: Procedure;
  step: Step;
}

export interface Edge {
  from: StepNode;
  referral: Referral;
  to: StepNode;
}

export interface ReferralGraph {
  nodes: Map<string, StepNode>;
  /** Incoming edges per step key. */
  incoming: Map<string, Edge[]>;
  /** Outgoing edges that resolve, per step key. */
  outgoing: Map<string, Edge[]>;
}

export const stepKey = (region: string, procedure: string, step: string): string => `${region}/${procedure}#${step}`;
export const refKey = (ref: StepRef): string => stepKey(ref.region, ref.procedure, ref.step);

/** The referrals that leave a procedure of the model and resolve, in the order of its steps. */
export function outgoingOf(graph: ReferralGraph, procedure: Procedure): Edge[] {
  // A duplicated step id is one node, whose referrals are the first step's.
  const keys = new Set(procedure.steps.map((step) => stepKey(procedure.folder, procedure.id, step.id)));
  return [...keys].flatMap((key) => graph.outgoing.get(key) ?? []);
}

/**
 * What the graph is made of, kept with the objects it came from: each Region's nodes with their
 * keys and their referrals' target keys, and each node's edges. `sop dev` builds the graph again
 * after every save, and making every key, node and edge anew took longer than the rest of the
 * save's check; now only what changed is made again.
 */
interface Entry {
  key: string;
  node: StepNode;
  targets: string[];
}
const entriesOf = new WeakMap<Region, Entry[]>();
const keysOf = new WeakMap<Procedure, { steps: string[]; targets: string[][] }>();
/** A node's edges, with the nodes its referrals resolved to when they were made and their keys. */
interface Edges {
  to: Array<StepNode | undefined>;
  edges: Edge[];
  keys: string[];
}
const edgesOf = new WeakMap<StepNode, Edges>();

/** A Region's nodes; a duplicated step id is one node, the first step's. */
function regionEntries(region: Region): Entry[] {
  let made = entriesOf.get(region);
  if (!made) {
    const entries = new Map<string, Entry>();
    for (const procedure of region.procedures.values()) {
      let keys = keysOf.get(procedure);
      if (!keys) {
        keys = { steps: procedure.steps.map((step) => stepKey(procedure.folder, procedure.id, step.id)), targets: procedure.steps.map((step) => step.referrals.map((referral) => refKey(referral.to))) };
        keysOf.set(procedure, keys);
      }
      for (const [i, step] of procedure.steps.entries()) {
        const key = keys.steps[i]!;
        if (!entries.has(key)) entries.set(key, { key, node: { region, procedure, step }, targets: keys.targets[i]! });
      }
    }
    entriesOf.set(region, (made = [...entries.values()]));
  }
  return made;
}

/** The referrals of a node that resolve among `nodes`. */
function nodeEdges({ node: from, targets }: Entry, nodes: ReadonlyMap<string, StepNode>): Edges {
  const to = targets.map((key) => nodes.get(key));
  let made = edgesOf.get(from);
  if (!made || made.to.some((node, i) => node !== to[i])) {
    made = { to, edges: [], keys: [] };
    for (const [i, referral] of from.step.referrals.entries()) {
      if (!to[i]) continue;
      made.edges.push({ from, referral, to: to[i] });
      made.keys.push(targets[i]!);
    }
    edgesOf.set(from, made);
  }
  return made;
}

export function referralGraph(corpus: Corpus): ReferralGraph {
  const entries = [...corpus.regions.values()].flatMap(regionEntries);
  const nodes = new Map(entries.map(({ key, node }) => [key, node]));
  const incoming = new Map<string, Edge[]>();
  const outgoing = new Map<string, Edge[]>();
  for (const entry of entries) {
    const { edges, keys } = nodeEdges(entry, nodes);
    if (edges.length === 0) continue;
    outgoing.set(entry.key, edges);
    edges.forEach((edge, i) => {
      const into = incoming.get(keys[i]!);
      if (into) into.push(edge);
      else incoming.set(keys[i]!, [edge]);
    });
  }
  return { nodes, incoming, outgoing };
}

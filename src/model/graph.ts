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
  nodes: ReadonlyMap<string, StepNode>;
  /** Incoming edges per step key. */
  incoming: ReadonlyMap<string, Edge[]>;
  /** Outgoing edges that resolve, per step key. */
  outgoing: ReadonlyMap<string, Edge[]>;
}

/**
 * Joined rather than concatenated: V8 keeps a concatenation as a tree of its parts, four strings
 * for one key, and the graph holds a key for every step and every referral (a tenth of the live
 * heap's strings at 5,000 procedures); `join` makes one flat string.
 */
export const stepKey = (region: string, procedure: string, step: string): string => [region, '/', procedure, '#', step].join('');
export const refKey = (ref: StepRef): string => stepKey(ref.region, ref.procedure, ref.step);

/** The referrals that leave a procedure of the model and resolve, in the order of its steps. */
export function outgoingOf(graph: ReferralGraph, procedure: Procedure): Edge[] {
  // A duplicated step id is one node, whose referrals are the first step's.
  return [...new Set(keys(procedure).steps)].flatMap((key) => graph.outgoing.get(key) ?? []);
}

/**
 * What the graph is made of, kept with the objects it came from: each procedure's keys, each
 * Region's nodes and each node's edges (and, in a `ReferrerMemo`, which referrals lead into
 * each step while no procedure's keys change). `sop dev` loads the corpus again after every
 * save; making every key, node and edge anew took longer than the rest of the save's check.
 */
interface Keys {
  steps: string[];
  targets: string[][];
}
/**
 * A step's node is its entry in the Region's map: with its key, and the keys its referrals are
 * written to (its procedure's `keys`). An entry beside each node was 2.3 MB of the graph of
 * 5,000 procedures.
 */
interface Entry extends StepNode {
  key: string;
  targets: string[];
}
/**
 * Per steps array: a procedure's edition shares its steps when it leaves none out, and then its
 * keys too. A build checks the corpus and renders its edition; with keys per procedure both
 * corpora's keys were live while rendering, 9 MB at 5,000 procedures.
 */
const keysOf = new WeakMap<readonly Step[], Keys>();
const entriesOf = new WeakMap<Region, Map<string, Entry>>();
/** Each node's edges, made again when one of its referrals resolves to another node than it did. */
const edgesOf = new WeakMap<Entry, Edge[]>();
/** Step key → the referrals into it, as the key of the step they are written in and their index there. */
type ReferrerIndex = Map<string, Array<[string, number]>>;

/**
 * The referrer indexes of the last two corpora loaded, kept by whoever loads the same corpus
 * again after every save (`sop dev`, the language server) and made anew only when some
 * procedure's keys changed. A build checks once: kept for it, they were 9 MB of live heap
 * through the rendering of 5,000 procedures, which goes through outgoing edges only.
 */
export class ReferrerMemo {
  indexes: Array<{ keys: Keys[]; index: ReferrerIndex }> = [];
}

/** Shared by every step without referrals, and every node without edges: a fifth of the steps. */
const NONE: never[] = Object.freeze([]) as never[];

function keys(procedure: Procedure): Keys {
  let made = keysOf.get(procedure.steps);
  if (!made) {
    made = {
      steps: procedure.steps.map((step) => stepKey(procedure.folder, procedure.id, step.id)),
      targets: procedure.steps.map((step) => (step.referrals.length > 0 ? step.referrals.map((referral) => refKey(referral.to)) : NONE)),
    };
    keysOf.set(procedure.steps, made);
  }
  return made;
}

/** A Region's nodes; a duplicated step id is one node, the first step's. */
function regionEntries(region: Region): Map<string, Entry> {
  let made = entriesOf.get(region);
  if (!made) {
    made = new Map();
    for (const procedure of region.procedures.values()) {
      const { steps, targets } = keys(procedure);
      for (const [i, step] of procedure.steps.entries()) {
        if (!made.has(steps[i]!)) made.set(steps[i]!, { region, procedure, step, key: steps[i]!, targets: targets[i]! });
      }
    }
    entriesOf.set(region, made);
  }
  return made;
}

/** The referrals of a node that resolve to a node. */
function nodeEdges(from: Entry, node: (key: string) => Entry | undefined): Edge[] {
  const to = from.targets.map(node);
  // The target's own key in place of the equal string made from the referral: one string per
  // step rather than one more per referral (2.9 MB at 5,000 procedures).
  for (const [i, target] of to.entries()) if (target) from.targets[i] = target.key;
  const made = edgesOf.get(from);
  if (made && resolvesAsMade(from, to, made)) return made;
  // Mapped, not pushed: an array grown by `push` keeps room for 16 more, and most steps have one
  // or two referrals; those rooms were 12 MB of the graph of 5,000 procedures.
  const resolved = to.flatMap((target, i) => (target ? [i] : []));
  const edges = resolved.length > 0 ? resolved.map((i): Edge => ({ from, referral: from.step.referrals[i]!, to: to[i]! })) : NONE;
  edgesOf.set(from, edges);
  return edges;
}

/** Whether the edges made before go to the nodes the referrals resolve to now. */
function resolvesAsMade(from: Entry, to: Array<Entry | undefined>, made: Edge[]): boolean {
  let next = 0;
  for (const [i, target] of to.entries()) {
    if (!target) continue;
    const edge = made[next++];
    if (edge?.to !== target || edge.referral !== from.step.referrals[i]) return false;
  }
  return next === made.length;
}

/** Which referrals lead into each step, made again only when some procedure's keys changed. */
function referrersIn(corpus: Corpus, memo: ReferrerMemo | undefined): ReferrerIndex {
  const all = [...corpus.regions.values()].flatMap((region) => [...region.procedures.values()].map(keys));
  if (!memo) return indexReferrers(all);
  const { indexes } = memo;
  // The closest of the two: procedures that did not change keep their keys' object.
  const changed = (known: Keys[]) => (known.length === all.length ? all.filter((item, i) => item !== known[i]).length : Infinity);
  const [closest] = [...indexes].sort((a, b) => changed(a.keys) - changed(b.keys));
  const same = (a: Keys, b: Keys) => a === b || (JSON.stringify(a.steps) === JSON.stringify(b.steps) && JSON.stringify(a.targets) === JSON.stringify(b.targets));
  const index = closest && closest.keys.length === all.length && all.every((item, i) => same(item, closest.keys[i]!)) ? closest.index : indexReferrers(all);
  // Mostly other objects: another corpus's, kept beside this one's.
  const replaced = closest && changed(closest.keys) <= all.length / 2 ? closest : undefined;
  memo.indexes = [{ keys: all, index }, ...indexes.filter((other) => other !== replaced)].slice(0, 2);
  return index;
}

function indexReferrers(all: Keys[]): ReferrerIndex {
  const index: ReferrerIndex = new Map();
  for (const { steps, targets } of all) {
    const seen = new Set<string>();
    steps.forEach((from, i) => {
      if (seen.has(from)) return;
      seen.add(from);
      targets[i]!.forEach((target, j) => {
        const into = index.get(target);
        if (into) into.push([from, j]);
        else index.set(target, [[from, j]]);
      });
    });
  }
  return index;
}

/**
 * Made as it is used: a step's node, edges and referrers are found when asked for, and the
 * whole graph is made only when something goes through all of it. A `sop dev` save checks again
 * one procedure, which needs little of the graph.
 */
export function referralGraph(corpus: Corpus, memo?: ReferrerMemo): ReferralGraph {
  const entry = (key: string) => {
    const region = corpus.regions.get(key.slice(0, key.indexOf('/')));
    return region && regionEntries(region).get(key);
  };
  const outgoing = (key: string) => {
    const from = entry(key);
    const edges = from && nodeEdges(from, entry);
    return edges?.length ? edges : undefined;
  };
  let referrers: ReturnType<typeof referrersIn> | undefined;
  const incoming = new Map<string, Edge[] | undefined>();
  const into = (key: string) => {
    if (!incoming.has(key)) {
      const edges = ((referrers ??= referrersIn(corpus, memo)).get(key) ?? []).flatMap(([from, j]) => {
        const source = entry(from)!;
        return outgoing(from)?.filter((edge) => edge.referral === source.step.referrals[j]) ?? [];
      });
      incoming.set(key, edges.length > 0 ? edges : undefined);
    }
    return incoming.get(key);
  };
  // Each made whole on its own: the pages go through every outgoing edge (plan.ts, role pages),
  // and when that made all three, every step's incoming edges and the node map stayed live
  // through the rendering too: 7 MB of live heap at 5,000 procedures (167 → 160 MB).
  const entries = () => [...corpus.regions.values()].flatMap((region) => [...regionEntries(region).values()]);
  let nodes: Map<string, StepNode> | undefined;
  let outgoingEdges: Map<string, Edge[]> | undefined;
  let incomingEdges: Map<string, Edge[]> | undefined;
  return {
    nodes: view(entry, () => (nodes ??= new Map(entries().map((item) => [item.key, item])))),
    incoming: view(into, () => (incomingEdges ??= incomingMap(entries(), entry))),
    outgoing: view(outgoing, () => (outgoingEdges ??= outgoingMap(entries(), entry))),
  };
}

/** A map whose values are found one at a time, and which is made whole to be gone through. */
function view<V>(get: (key: string) => V | undefined, whole: () => ReadonlyMap<string, V>): ReadonlyMap<string, V> {
  return {
    get,
    has: (key) => get(key) !== undefined,
    get size() {
      return whole().size;
    },
    forEach: (callback, thisArg) => whole().forEach(callback, thisArg),
    entries: () => whole().entries(),
    keys: () => whole().keys(),
    values: () => whole().values(),
    [Symbol.iterator]: () => whole()[Symbol.iterator](),
  };
}

function outgoingMap(entries: Entry[], node: (key: string) => Entry | undefined): Map<string, Edge[]> {
  const outgoing = new Map<string, Edge[]>();
  for (const entry of entries) {
    const edges = nodeEdges(entry, node);
    if (edges.length > 0) outgoing.set(entry.key, edges);
  }
  return outgoing;
}

function incomingMap(entries: Entry[], node: (key: string) => Entry | undefined): Map<string, Edge[]> {
  const incoming = new Map<string, Edge[]>();
  for (const entry of entries) {
    for (const edge of nodeEdges(entry, node)) {
      // Its target is a node, hence an entry, whose key is the one the referral is written to.
      const { key } = edge.to as Entry;
      const into = incoming.get(key);
      if (into) into.push(edge);
      else incoming.set(key, [edge]);
    }
  }
  return incoming;
}

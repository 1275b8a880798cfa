import { text } from '../../diagnostics.js';
import type { Edge, ReferralGraph, StepNode } from '../../model/graph.js';
import type { Rule } from '../context.js';

/** Strongly connected components of the referral graph (Tarjan). */
function components(nodes: Iterable<StepNode>, edgesOf: (node: StepNode) => Edge[]): StepNode[][] {
  let counter = 0;
  const index = new Map<StepNode, number>();
  const low = new Map<StepNode, number>();
  const stack: StepNode[] = [];
  const onStack = new Set<StepNode>();
  const result: StepNode[][] = [];
  const visit = (node: StepNode): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const { to } of edgesOf(node)) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node)!, index.get(to)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: StepNode[] = [];
      let member: StepNode;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      result.push(component.reverse());
    }
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return result;
}

/** Each cycle with no way out: the key of the step to report it on, and the steps in it. */
function closedCycles(graph: ReferralGraph): Array<{ key: string; steps: string[] }> {
  const keys = new Map<StepNode, string>();
  const edges = new Map<StepNode, Edge[]>();
  for (const [key, node] of graph.nodes) {
    keys.set(node, key);
    edges.set(node, graph.outgoing.get(key) ?? []);
  }
  const edgesOf = (node: StepNode) => edges.get(node)!;
  const found: Array<{ key: string; steps: string[] }> = [];
  for (const component of components(graph.nodes.values(), edgesOf)) {
    const members = new Set(component);
    const loops = component.length > 1 || edgesOf(component[0]!).some(({ to }) => members.has(to));
    if (!loops) continue;
    // A referral that resolves nowhere leaves the cycle too.
    const exits = component.some((node) => node.step.terminal || edgesOf(node).length < node.step.referrals.length || edgesOf(node).some(({ to }) => !members.has(to)));
    if (!exits) found.push({ key: keys.get(component[0]!)!, steps: component.map((node) => node.step.id) });
  }
  return found;
}

/** The cycles found, while the graph stays the same: the search takes longer than a save's whole check. */
const known = new WeakMap<object, ReturnType<typeof closedCycles>>();

export const closedCycle: Rule = {
  id: 'graph/closed-cycle',
  severity: 'error',
  description: 'Referrals that loop back must leave a way out: a cycle needs a terminal step or a referral out of it.',
  // The way out may be the referral whose target is mistyped.
  follows: [{ rule: 'refs/unknown-step', scope: 'procedure' }],
  corpus(context) {
    let cycles = known.get(context.structure);
    if (!cycles) known.set(context.structure, (cycles = closedCycles(context.graph)));
    for (const { key, steps } of cycles) {
      context.report(context.graph.nodes.get(key)!.step.origin, text('graph.closedCycle', { steps: [...steps, steps[0]!] }), { field: 'id' });
    }
  },
};

import type { Edge, StepNode } from '../../model/graph.js';
import { refKey } from '../../model/graph.js';
import type { Rule } from '../context.js';

/** Strongly connected components of the referral graph (Tarjan). */
function components(nodes: Map<string, StepNode>, outgoing: Map<string, Edge[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const result: string[][] = [];
  const visit = (key: string): void => {
    index.set(key, counter);
    low.set(key, counter++);
    stack.push(key);
    onStack.add(key);
    for (const edge of outgoing.get(key) ?? []) {
      const next = refKey(edge.referral.to);
      if (!index.has(next)) {
        visit(next);
        low.set(key, Math.min(low.get(key)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(key, Math.min(low.get(key)!, index.get(next)!));
      }
    }
    if (low.get(key) === index.get(key)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== key);
      result.push(component.reverse());
    }
  };
  for (const key of nodes.keys()) if (!index.has(key)) visit(key);
  return result;
}

export const closedCycle: Rule = {
  id: 'graph/closed-cycle',
  severity: 'error',
  description: 'Referrals that loop back must leave a way out: a cycle needs a terminal step or a referral out of it.',
  check(context) {
    const { nodes, outgoing } = context.graph;
    for (const component of components(nodes, outgoing)) {
      const members = new Set(component);
      const steps = component.map((key) => nodes.get(key)!);
      const loops = component.length > 1 || (outgoing.get(component[0]!) ?? []).some((edge) => members.has(refKey(edge.referral.to)));
      if (!loops) continue;
      const exits = steps.some(
        (node) => node.step.terminal || node.step.referrals.some((referral) => !members.has(refKey(referral.to))),
      );
      if (exits) continue;
      const [first] = steps;
      const names = [...steps.map((node) => node.step.id), first!.step.id].join(' → ');
      context.report(first!.step.origin, `Steps ${names} form a cycle with no way out. Hint: add a referral out of the cycle or mark a step "terminal: true"`, { field: 'id' });
    }
  },
};

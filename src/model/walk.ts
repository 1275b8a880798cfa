// Walks over the referral graph for the rules that must hold on every path, not only on one
// referral: breadth-first, so that what a walk finds is the nearest instance, which is what a
// diagnostic should name.
import { stepKey, type StepNode } from './graph.js';

export const nodeKey = (node: StepNode): string => stepKey(node.region.folder, node.procedure.id, node.step.id);

/**
 * The nearest node, from `starts` on, for which `isTarget` holds. `next` gives the nodes one step
 * on from a node that is not a target; returning none stops the walk there.
 */
export function nearest(starts: StepNode[], next: (node: StepNode) => StepNode[], isTarget: (node: StepNode) => boolean): StepNode | undefined {
  const seen = new Set<string>();
  let layer = starts;
  while (layer.length > 0) {
    const following: StepNode[] = [];
    for (const node of layer) {
      const key = nodeKey(node);
      if (seen.has(key)) continue;
      seen.add(key);
      if (isTarget(node)) return node;
      following.push(...next(node));
    }
    layer = following;
  }
  return undefined;
}

/** How a step is written in a referral of `procedure`: `step`, `procedure#step` or `region/procedure#step`. */
export function writtenFrom(node: StepNode, region: string, procedure: string): string {
  if (node.region.folder !== region) return `${node.region.folder}/${node.procedure.id}#${node.step.id}`;
  return node.procedure.id === procedure ? node.step.id : `${node.procedure.id}#${node.step.id}`;
}

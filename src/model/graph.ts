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

export function referralGraph(corpus: Corpus): ReferralGraph {
  const nodes = new Map<string, StepNode>();
  for (const region of corpus.regions.values()) {
    for (const procedure of region.procedures.values()) {
      for (const step of procedure.steps) {
        const key = stepKey(region.folder, procedure.id, step.id);
        if (!nodes.has(key)) nodes.set(key, { region, procedure, step });
      }
    }
  }
  const incoming = new Map<string, Edge[]>();
  const outgoing = new Map<string, Edge[]>();
  for (const [key, from] of nodes) {
    for (const referral of from.step.referrals) {
      const to = nodes.get(refKey(referral.to));
      if (!to) continue;
      const edge = { from, referral, to };
      const targetKey = refKey(referral.to);
      const into = incoming.get(targetKey);
      if (into) into.push(edge);
      else incoming.set(targetKey, [edge]);
      const out = outgoing.get(key);
      if (out) out.push(edge);
      else outgoing.set(key, [edge]);
    }
  }
  return { nodes, incoming, outgoing };
}

// Follows a case through the referrals whose conditions hold. Where a condition reads a fact the
// case does not know, the walk forks: one branch per value the fact can take, each carrying what
// it assumed, so that `sop run` shows every alternative instead of guessing.
import { addDurations, durationHours, NO_TIME } from '../model/duration.js';
import { combinations, evaluate, factsOf } from '../model/condition.js';
import type { Actor, Condition, Corpus, Fact, FactValue, Referral } from '../model/types.js';
import { referralKey, stepAt, type StepAt } from './steps.js';

/** More branches than anyone can read: the case should state more of its facts. */
export const MAX_BRANCHES = 64;

export interface ReachedStep extends StepAt {
  /** The longest sum of time limits from the start to the end of this step (ISO 8601). */
  elapsed: string;
  /** The steps (keys) of that longest path, from a start to this step. */
  path: string[];
}

export interface Branch {
  /** Facts the case does not state and this branch assumes, in the order the walk met them. */
  assumed: Map<string, FactValue>;
  /** Every step reached, by the longest time elapsed, then in the order the walk first reached it. */
  steps: ReachedStep[];
  /** The keys of the referrals followed (see referralKey). */
  referrals: Set<string>;
}

interface Followed {
  from: StepAt;
  referral: Referral;
  to: StepAt;
}

type Walked = { order: StepAt[]; followed: Followed[] } | { fork: { facts: Fact[]; conditions: Condition[] } };

/** The branches of the case from `starts`; undefined when there would be more than MAX_BRANCHES. */
export function walkCase(corpus: Corpus, starts: StepAt[], facts: ReadonlyMap<string, FactValue>): Branch[] | undefined {
  const pending: Array<Map<string, FactValue>> = [new Map()];
  const done: Branch[] = [];
  while (pending.length > 0) {
    const assumed = pending.shift()!;
    const walked = walk(corpus, starts, new Map([...facts, ...assumed]));
    if ('order' in walked) {
      done.push(branchOf(assumed, starts, walked.order, walked.followed));
      continue;
    }
    const values = combinations(walked.fork.facts, walked.fork.conditions);
    if (!values || done.length + pending.length + values.length > MAX_BRANCHES) return undefined;
    for (const value of values) pending.push(new Map([...assumed, ...value]));
  }
  return done;
}

function walk(corpus: Corpus, starts: StepAt[], knowledge: ReadonlyMap<string, FactValue>): Walked {
  const seen = new Set(starts.map((start) => start.key));
  const order = [...starts];
  const followed: Followed[] = [];
  for (let i = 0; i < order.length; i++) {
    const from = order[i]!;
    const holds = from.step.referrals.map((referral) => (referral.when ? evaluate(referral.when, knowledge) : true));
    const undecided = from.step.referrals.flatMap((referral, j) => (holds[j] === undefined ? [referral.when!] : []));
    if (undecided.length > 0) {
      // One fact at a time: once it is assumed, the others may no longer matter (any: [minore, eta-incerta]).
      const unknown = undecided.flatMap(factsOf).find((id) => !knowledge.has(id))!;
      // A validated corpus names only facts of the catalogue.
      return { fork: { facts: [corpus.catalogue.facts.get(unknown)!], conditions: undecided } };
    }
    from.step.referrals.forEach((referral, j) => {
      const to = holds[j] ? stepAt(corpus, referral.to) : undefined;
      if (!to) return;
      followed.push({ from, referral, to });
      if (!seen.has(to.key)) {
        seen.add(to.key);
        order.push(to);
      }
    });
  }
  return { order, followed };
}

function branchOf(assumed: Map<string, FactValue>, starts: StepAt[], order: StepAt[], followed: Followed[]): Branch {
  const longest = longestPaths(starts, followed);
  return {
    assumed,
    // A timeline: by the longest time elapsed, and in the order the walk reached them (sort is stable).
    steps: order.map((at) => ({ ...at, ...longest.get(at.key)! })).sort((a, b) => durationHours(a.elapsed) - durationHours(b.elapsed)),
    referrals: new Set(followed.map(({ from, referral }) => referralKey(from, from.step.referrals.indexOf(referral)))),
  };
}

/**
 * The longest elapsed time to each step over the referrals followed, along paths that never
 * visit a step twice (a pathway may loop back, but time limits are not counted round a loop).
 * A later arrival is explored further only when it is later than the best known.
 */
function longestPaths(starts: StepAt[], followed: Followed[]): Map<string, { elapsed: string; path: string[] }> {
  const out = new Map<string, Followed[]>();
  for (const edge of followed) out.set(edge.from.key, [...(out.get(edge.from.key) ?? []), edge]);
  const best = new Map<string, { elapsed: string; hours: number; path: string[] }>();
  const visit = (at: StepAt, elapsed: string, path: string[]): void => {
    const hours = durationHours(elapsed);
    const known = best.get(at.key);
    if (known && known.hours >= hours) return;
    best.set(at.key, { elapsed, hours, path });
    for (const edge of out.get(at.key) ?? []) {
      if (path.includes(edge.to.key)) continue;
      const next = addDurations(addDurations(elapsed, edge.referral.timeLimit ?? NO_TIME), edge.to.step.timeLimit ?? NO_TIME);
      visit(edge.to, next, [...path, edge.to.key]);
    }
  };
  for (const start of starts) visit(start, start.step.timeLimit ?? NO_TIME, [start.key]);
  return new Map([...best].map(([key, { elapsed, path }]) => [key, { elapsed, path }]));
}

/** The Region's bodies that perform a reached step: the one the procedure names, or every body with the step's role. */
export function localBodies(at: ReachedStep): Actor[] {
  const { region, step } = at;
  return [...region.actors.values()].filter((actor) => (step.localActor ? actor.id === step.localActor : actor.role === step.actor));
}

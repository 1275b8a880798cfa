// The guided pathway's answer states ("Cosa faccio adesso?"), worked out before any page is made.
// A state is where the reader stands (a step) and the answers that still matter from there: two
// readers who reach the same step knowing the same relevant facts see the same page, whatever
// they answered on the way. The case walker (cases/walk.ts) does the following; this only reads
// its branches: what is certain, which fact it forks on first, and where.
import { createHash } from 'node:crypto';
import { entrySteps } from '../../cases/start.js';
import type { StepAt } from '../../cases/steps.js';
import { walkCase, type Branch, type ReachedStep } from '../../cases/walk.js';
import { evaluate, factsOf, valuesToTry } from '../../model/condition.js';
import { NO_TIME } from '../../model/duration.js';
import type { Corpus, Fact, FactValue, Procedure, Region } from '../../model/types.js';

/**
 * At most this many answer pages per Region (the shipped Regions need 35–155). An entry step
 * whose pages would pass it gets none (the Region's guide leaves it out) rather than dead ends;
 * a generated corpus of hundreds of procedures per Region, one entry step each, stops here
 * instead of doubling the build's pages.
 */
export const MAX_GUIDE_STATES = 300;

export interface GuideAnswer {
  value: FactValue;
  /** The state the answer leads to. */
  next: GuideState;
}

export interface GuideQuestion {
  fact: Fact;
  /** The step whose next referrals the answer decides. */
  at: ReachedStep;
  answers: GuideAnswer[];
}

export interface GuideState {
  /** The page's file name inside the guide folder. */
  file: string;
  /** Where the reader stands. */
  position: StepAt;
  /** The answers that still matter from here, in the order of the facts catalogue. */
  known: Map<string, FactValue>;
  /**
   * The steps from here up to the next question, or to the end of the pathway when no question
   * is left; only this step when the pathway branches too much to follow (`unfollowed`).
   */
  steps: ReachedStep[];
  /** More branches from here than the walker follows (walk.ts MAX_BRANCHES): the reader is sent to the procedure. */
  unfollowed: boolean;
  question?: GuideQuestion;
  /** Known facts one can change here: each without it (it is then asked again where it matters). */
  changes: Map<string, GuideState>;
}

export interface GuideStart {
  role: string;
  /** The Region's entry steps with this role, each the state the guide starts from there. */
  entries: GuideState[];
}

export interface RegionGuide {
  /** By role, in the order the Region's procedures first name them. */
  starts: GuideStart[];
  states: GuideState[];
  /** Every procedure a state shows a step of (in any Region), for the build's sources. */
  procedures: Set<Procedure>;
}

/** The guide of a Region: every answer state reachable from its entry steps, up to MAX_GUIDE_STATES. */
export function regionGuide(corpus: Corpus, region: Region): RegionGuide {
  const states = new Map<string, GuideState>();
  const starts = new Map<string, GuideState[]>();
  const walks = new Map<string, Branch[] | undefined>();
  // Changing an answer and pruning the answers walk the same (step, answers) again and again.
  const walk: Walk = (position, known) => {
    const key = stateKey(position, known);
    if (!walks.has(key)) walks.set(key, walkCase(corpus, [position], known));
    return walks.get(key);
  };
  const context = { corpus, walk };
  for (const entry of entrySteps(region)) {
    const found = new Map<string, GuideState>();
    let first: GuideState;
    try {
      first = explore(context, entry, new Map(), states, found);
    } catch (error) {
      if (error === OVER_BUDGET) continue;
      throw error;
    }
    for (const [key, state] of found) states.set(key, state);
    starts.set(entry.step.actor, [...(starts.get(entry.step.actor) ?? []), first]);
  }
  const all = [...states.values()];
  return {
    starts: [...starts].map(([role, entries]) => ({ role, entries })),
    states: all,
    procedures: new Set(all.flatMap((state) => [state.position.procedure, ...state.steps.map((at) => at.procedure)])),
  };
}

/** Thrown out of `explore` when an entry step's states would pass MAX_GUIDE_STATES. */
const OVER_BUDGET = new Error('guide over budget');

/**
 * The state at `position` knowing what matters of `answered`, and every state its answers and
 * changes lead to; new ones land in `found`, so a state is made once.
 */
type Walk = (position: StepAt, known: ReadonlyMap<string, FactValue>) => Branch[] | undefined;

interface Context {
  corpus: Corpus;
  walk: Walk;
}

function explore(context: Context, position: StepAt, answered: Map<string, FactValue>, made: Map<string, GuideState>, found: Map<string, GuideState>): GuideState {
  const known = (key: string) => made.get(key) ?? found.get(key);
  // A state's answers are already only those that matter, so the walk below can be skipped.
  const same = known(stateKey(position, answered));
  if (same) return same;
  // Before the walk: past the budget, every further entry step is refused at no cost.
  if (made.size + found.size >= MAX_GUIDE_STATES) throw OVER_BUDGET;
  const { corpus } = context;
  const { known: mattered, branches } = mattering(context, position, answered);
  const key = stateKey(position, mattered);
  const existing = known(key);
  if (existing) return existing;
  const state: GuideState = { file: `${createHash('sha1').update(key).digest('hex').slice(0, 12)}.html`, position, known: mattered, steps: [{ ...position, elapsed: position.step.timeLimit ?? NO_TIME, path: [position.key] }], unfollowed: !branches, changes: new Map() };
  found.set(key, state);
  if (branches) {
    const fork = firstFork(corpus, branches, mattered);
    state.steps = fork ? fork.before : branches[0]!.steps;
    if (fork) {
      state.question = {
        fact: fork.fact,
        at: fork.at,
        answers: fork.values.map((value) => ({ value, next: explore(context, fork.at, new Map([...mattered, [fork.fact.id, value]]), made, found) })),
      };
    }
  }
  for (const fact of mattered.keys()) {
    state.changes.set(fact, explore(context, position, new Map([...mattered].filter(([id]) => id !== fact)), made, found));
  }
  return state;
}

interface Fork {
  fact: Fact;
  values: FactValue[];
  at: ReachedStep;
  /** The steps certain before the answer: in every branch, and not only reached through an undecided step. */
  before: ReachedStep[];
}

/** Where the branches first part: the fact the walk assumed first, its values, and the step that asks it. */
function firstFork(corpus: Corpus, branches: Branch[], known: ReadonlyMap<string, FactValue>): Fork | undefined {
  const [first] = branches[0]!.assumed.keys();
  if (first === undefined) return undefined;
  const fact = corpus.catalogue.facts.get(first)!;
  // As the catalogue lists them (yes before no), whatever order the walk met them in.
  const order = valuesToTry(fact, []);
  const values = [...new Set(branches.map((branch) => branch.assumed.get(first)!))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const everywhere = branches[0]!.steps.filter((at) => branches.every((branch) => branch.steps.some((other) => other.key === at.key)));
  const undecided = (at: StepAt, fact?: string) =>
    at.step.referrals.some((referral) => referral.when && evaluate(referral.when, known) === undefined && (!fact || factsOf(referral.when).includes(fact)));
  const undecidedKeys = new Set(everywhere.filter((at) => undecided(at)).map((at) => at.key));
  const before = everywhere.filter((at) => !at.path.slice(0, -1).some((key) => undecidedKeys.has(key)));
  const at = before.find((candidate) => undecided(candidate, first)) ?? everywhere.find((candidate) => undecided(candidate, first))!;
  return { fact, values, at, before: before.includes(at) ? before : [...before, at] };
}

interface Mattering {
  known: Map<string, FactValue>;
  /** The walk from the position: the same with or without the facts that do not matter. */
  branches: Branch[] | undefined;
}

/**
 * Of `answered`, the facts that still decide something on the way from `position`: first those
 * some referral reached reads, then each of those the walk can do without (it never has to assume
 * it), so that "minore: sì" makes "età incerta" moot and both answers lead to one page.
 */
function mattering({ corpus, walk }: Context, position: StepAt, answered: Map<string, FactValue>): Mattering {
  let branches = walk(position, answered);
  // Too many branches to tell: keep every answer rather than lose one that matters.
  if (!branches) return { known: answered, branches };
  const read = new Set(branches.flatMap((branch) => branch.steps.flatMap((at) => at.step.referrals.flatMap((referral) => (referral.when ? factsOf(referral.when) : [])))));
  let known = new Map([...corpus.catalogue.facts.keys()].filter((id) => answered.has(id) && read.has(id)).map((id) => [id, answered.get(id)!]));
  for (const id of [...known.keys()]) {
    const without = new Map([...known].filter(([other]) => other !== id));
    const walked = walk(position, without);
    if (walked?.every((branch) => !branch.assumed.has(id))) [known, branches] = [without, walked];
  }
  return { known, branches };
}

function stateKey(position: StepAt, known: ReadonlyMap<string, FactValue>): string {
  return [position.key, ...[...known].map(([id, value]) => `${id}=${String(value)}`)].join('|');
}

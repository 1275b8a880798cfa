// A case's assertions against its branches in one Region: each failure is a diagnostic at the
// assertion, naming the Region and the branch it failed in.
import { caseDiagnostics, type Assumed, type TargetWords } from '../i18n/cases.js';
import { durationHours } from '../model/duration.js';
import type { Assertion, Case, FactValue, Lang, Region, StepTarget } from '../model/types.js';
import { reportOnCase } from './report.js';
import type { StepAt } from './steps.js';
import type { Branch } from './walk.js';

export function matches(target: StepTarget, at: StepAt): boolean {
  const { step } = at;
  if (target.step && (target.step.region !== at.region.id || target.step.procedure !== at.procedure.id || target.step.step !== step.id)) return false;
  if (target.role && step.actor !== target.role) return false;
  if (target.actionKind && step.actionKind !== target.actionKind) return false;
  return !target.stage || step.stage === target.stage;
}

export const assumedList = (assumed: ReadonlyMap<string, FactValue>): Assumed[] => [...assumed].map(([fact, value]) => ({ fact, value }));

const words = (target: StepTarget): TargetWords => ({
  ...(target.step ? { step: target.step.raw } : {}),
  ...(target.role ? { role: target.role } : {}),
  ...(target.actionKind ? { action: target.actionKind } : {}),
  ...(target.stage ? { stage: target.stage } : {}),
});

/**
 * Reports every assertion of `item` that fails in `region`; returns how many failed. A step of
 * another Region is checked in that Region's run, or, when the case does not start there, in
 * every run (a transfer takes the person there).
 */
export function checkAssertions(item: Case, region: Region, branches: Branch[], startRegions: ReadonlySet<string>, lang: Lang): number {
  const t = caseDiagnostics[lang];
  let failed = 0;
  const fail = (assertion: Assertion, message: string) => {
    reportOnCase(assertion.origin, [], `cases/${assertion.kind}`, message, 'key');
    failed++;
  };
  for (const assertion of item.expect) {
    const elsewhere = assertion.kind !== 'within' ? assertion.target.step?.region : undefined;
    if (elsewhere && elsewhere !== region.id && startRegions.has(elsewhere)) continue;
    for (const branch of branches) {
      const assumed = assumedList(branch.assumed);
      if (assertion.kind === 'within') {
        const longest = branch.steps.reduce((a, b) => (durationHours(b.elapsed) > durationHours(a.elapsed) ? b : a));
        if (durationHours(longest.elapsed) > durationHours(assertion.duration)) {
          fail(assertion, t.tooLong({ region: region.name, elapsed: longest.elapsed, limit: assertion.duration, step: longest.key, assumed }));
          break;
        }
        continue;
      }
      const hit = branch.steps.find((at) => matches(assertion.target, at));
      if (assertion.kind === 'never' && hit) fail(assertion, t.reachedNever({ region: region.name, target: words(assertion.target), step: hit.key, assumed }));
      if (assertion.kind !== 'never' && !hit) fail(assertion, t.notReached({ region: region.name, target: words(assertion.target), assumed }));
      // One failure per assertion and Region: the first branch it fails in says enough.
      if ((assertion.kind === 'never') === Boolean(hit)) break;
    }
  }
  return failed;
}

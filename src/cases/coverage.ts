// Coverage, as process-test-coverage tools give it for BPMN: per Region, the steps and referrals
// that no case goes through.
import type { Procedure, Referral, Region, Step } from '../model/types.js';
import type { CaseRun } from './index.js';
import { referralKey, stepKey, type StepAt } from './steps.js';

export interface Uncovered<T> {
  procedure: Procedure;
  step: Step;
  item: T;
}

export interface RegionCoverage {
  region: Region;
  steps: { total: number; covered: number; missed: Array<Uncovered<Step>> };
  referrals: { total: number; covered: number; missed: Array<Uncovered<Referral>> };
}

export function coverage(regions: Iterable<Region>, runs: readonly CaseRun[]): RegionCoverage[] {
  const steps = new Set<string>();
  const referrals = new Set<string>();
  for (const run of runs) {
    for (const { branches } of run.regions) {
      for (const branch of branches) {
        for (const step of branch.steps) steps.add(step.key);
        for (const referral of branch.referrals) referrals.add(referral);
      }
    }
  }
  return [...regions].map((region) => {
    const all = [...region.procedures.values()].flatMap((procedure) => procedure.steps.map((step): StepAt => ({ region, procedure, step, key: stepKey(region.id, procedure.id, step.id) })));
    const allReferrals = all.flatMap((at) => at.step.referrals.map((referral, i) => ({ at, referral, key: referralKey(at, i) })));
    const missedSteps = all.filter((at) => !steps.has(at.key));
    const missedReferrals = allReferrals.filter(({ key }) => !referrals.has(key));
    return {
      region,
      steps: { total: all.length, covered: all.length - missedSteps.length, missed: missedSteps.map(({ procedure, step }) => ({ procedure, step, item: step })) },
      referrals: {
        total: allReferrals.length,
        covered: allReferrals.length - missedReferrals.length,
        missed: missedReferrals.map(({ at, referral }) => ({ procedure: at.procedure, step: at.step, item: referral })),
      },
    };
  });
}

// Steps found across the corpus by their `region/procedure#step` key.
import type { Corpus, Procedure, Region, Step, StepRef } from '../model/types.js';

export interface StepAt {
  region: Region;
  procedure: Procedure;
  step: Step;
  /** `region/procedure#step`. */
  key: string;
}

export const stepKey = (region: string, procedure: string, step: string): string => `${region}/${procedure}#${step}`;

/** A referral's key: the step it leaves and its position among the step's referrals. */
export const referralKey = (from: Pick<StepAt, 'key'>, index: number): string => `${from.key}>${index}`;

export function stepAt(corpus: Corpus, ref: StepRef): StepAt | undefined {
  const region = corpus.regions.get(ref.region);
  const procedure = region?.procedures.get(ref.procedure);
  const step = procedure?.steps.find((candidate) => candidate.id === ref.step);
  return region && procedure && step ? { region, procedure, step, key: stepKey(region.id, procedure.id, step.id) } : undefined;
}

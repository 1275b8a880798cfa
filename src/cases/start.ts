// Where a case starts in each Region: the entry steps with the case's role (and stage), or the
// one step it names.
import type { Case, Corpus, Region } from '../model/types.js';
import { stepAt, stepKey, type StepAt } from './steps.js';

/** Region id → the steps the case starts from there; only Regions with at least one. */
export function startsByRegion(item: Case, corpus: Corpus): Map<string, StepAt[]> {
  const starts = new Map<string, StepAt[]>();
  if (item.start.step) {
    const at = stepAt(corpus, item.start.step);
    if (at) starts.set(at.region.id, [at]);
    return starts;
  }
  for (const region of corpus.regions.values()) {
    if (item.regions && !item.regions.includes(region.id)) continue;
    const found = entrySteps(region).filter(({ step }) => step.actor === item.start.role && (!item.start.stage || step.stage === item.start.stage));
    if (found.length > 0) starts.set(region.id, found);
  }
  return starts;
}

/** The steps a Region's pathways can start from (each procedure's entry steps), in corpus order. */
export function entrySteps(region: Region): StepAt[] {
  return [...region.procedures.values()].flatMap((procedure) =>
    procedure.steps.filter((step) => procedure.entry.includes(step.id)).map((step) => ({ region, procedure, step, key: stepKey(region.id, procedure.id, step.id) })),
  );
}

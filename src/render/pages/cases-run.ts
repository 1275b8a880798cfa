// What the case-study pages share: each case run through the edition's procedures (so restricted
// steps are never reached in a public edition), and the words for facts and local bodies.
import { startsByRegion } from '../../cases/start.js';
import { walkCase, type Branch, type ReachedStep } from '../../cases/walk.js';
import type { Case, FactValue, Referral, Region } from '../../model/types.js';
import { factValueInWords as valueInWords } from '../conditions.js';
import type { Site } from '../site.js';

export interface CaseRegionRun {
  region: Region;
  branches: Branch[];
}

/** The case in every Region it starts in, by corpus order; a Region with too many branches to show is left out. */
export function caseRuns(site: Site, item: Case): CaseRegionRun[] {
  const runs: CaseRegionRun[] = [];
  for (const [id, starts] of startsByRegion(item, site.corpus)) {
    const branches = walkCase(site.corpus, starts, item.facts);
    if (branches) runs.push({ region: site.corpus.regions.get(id)!, branches });
  }
  return runs;
}

/** "sì", "sessuale", "18 giugno 2024": a fact's value as a reader says it. */
export function factValueInWords(site: Site, fact: string, value: FactValue): string {
  return valueInWords(site.corpus.catalogue.facts.get(fact), value, site.t.lang);
}

/** The referral the step's longest path arrives by; none for a step the case starts at. */
export function arrivedBy(at: ReachedStep, branch: Branch): Referral | undefined {
  const previous = at.path.at(-2);
  const from = previous ? branch.steps.find((candidate) => candidate.key === previous) : undefined;
  return from?.step.referrals.find((referral) => referral.to.region === at.region.id && referral.to.procedure === at.procedure.id && referral.to.step === at.step.id);
}

// What the case-study pages share: each case run through the edition's procedures (so restricted
// steps are never reached in a public edition), and the words for facts and local bodies.
import { startsByRegion } from '../../cases/start.js';
import { walkCase, type Branch, type ReachedStep } from '../../cases/walk.js';
import { durationHours } from '../../model/duration.js';
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

/** Whether a Region's path is shown as alternatives: it forks, or its one branch assumed a fact. */
export function hasAlternatives(branches: readonly Branch[]): boolean {
  return branches.length > 1 || branches.some((branch) => branch.assumed.size > 0);
}

/** "Alternativa 1: se La persona è minorenne…? — sì": an alternative's heading. */
export function alternativeHeading(site: Site, branch: Branch, index: number): string {
  const { t } = site;
  const assumed = [...branch.assumed].map(([fact, value]) => `${site.corpus.catalogue.facts.get(fact)?.question[t.lang] ?? fact} — ${factValueInWords(site, fact, value)}`);
  return `${t.casePages.alternative(index + 1)}: ${t.casePages.assumes} ${assumed.join('; ')}`;
}

/** The longest time elapsed on the branch (ISO 8601). */
export function longestElapsed(branch: Branch): string {
  return branch.steps.reduce((a, b) => (durationHours(b.elapsed) > durationHours(a.elapsed) ? b : a)).elapsed;
}

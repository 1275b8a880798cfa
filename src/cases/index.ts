// Runs case studies through the procedures: where each case starts in each Region, the branches
// it takes there, and whether its assertions hold.
import { caseDiagnostics } from '../i18n/cases.js';
import type { Case, Corpus, Lang, Region } from '../model/types.js';
import { checkAssertions } from './assert.js';
import { reportOnCase } from './report.js';
import { startsByRegion } from './start.js';
import { walkCase, type Branch } from './walk.js';

export interface RegionRun {
  region: Region;
  branches: Branch[];
}

export interface CaseRun {
  case: Case;
  regions: RegionRun[];
  /** Assertions failed, and problems with where the case starts or how far it branches. */
  failures: number;
}

export interface RunOptions {
  /** Only this Region. */
  region?: string;
  lang: Lang;
}

/** Runs a case whose ids were checked (cases/check.ts) on a corpus without errors; failures land on its file. */
export function runCase(item: Case, corpus: Corpus, { region: only, lang }: RunOptions): CaseRun {
  const t = caseDiagnostics[lang];
  const starts = startsByRegion(item, corpus);
  let failures = 0;
  item.regions?.forEach((id, i) => {
    if (starts.has(id)) return;
    reportOnCase(item.origin, ['regions', i], 'cases/start', t.noStart({ region: id }));
    failures++;
  });
  if (starts.size === 0 && !item.regions) {
    reportOnCase(item.origin, ['start'], 'cases/start', t.noStartAnywhere(), 'key');
    failures++;
  }
  const regions: RegionRun[] = [];
  for (const [id, steps] of starts) {
    if (only && id !== only) continue;
    const region = corpus.regions.get(id)!;
    const branches = walkCase(corpus, steps, item.facts);
    if (!branches) {
      reportOnCase(item.origin, ['facts'], 'cases/too-many-branches', t.tooManyBranches({ region: region.name }), 'key');
      failures++;
      continue;
    }
    failures += checkAssertions(item, region, branches, new Set(starts.keys()), lang);
    regions.push({ region, branches });
  }
  return { case: item, regions, failures };
}

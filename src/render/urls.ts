// Where every page lives in the output, and relative links between pages: the handbooks must
// work from file:// and under any sub-path, so no link is ever absolute.
import path from 'node:path';
import type { Population } from '../model/types.js';

export const page = {
  landing: (): string => 'index.html',
  regionHome: (region: string): string => `${region}/index.html`,
  procedure: (region: string, procedure: string): string => `${region}/procedures/${procedure}.html`,
  role: (region: string, role: string): string => `${region}/roles/${role}.html`,
  legal: (region: string): string => `${region}/legal.html`,
  population: (region: string, population: Population): string => `${region}/population/${population}.html`,
  asset: (name: string): string => `assets/${name}`,
  searchIndex: (region: string): string => `${region}/search-index.js`,
  regionPdf: (region: string): string => `${region}/${region}.pdf`,
  nationalPdf: (): string => 'national/national-model.pdf',
  national: (): string => 'national/index.html',
  nationalCoverage: (): string => 'national/coverage.html',
  nationalRole: (role: string): string => `national/roles/${role}.html`,
  nationalMap: (): string => 'national/map.html',
  /** Beside the map's index, so that the diagrams' links hold on every stage's page. */
  nationalMapStage: (stage: string): string => `national/map-${stage}.html`,
  nationalDivergences: (): string => 'national/divergences.html',
  nationalDivergenceKind: (kind: string): string => `national/divergences-${kind}.html`,
  nationalJson: (): string => 'national/national-model.json',
  nationalRegionJson: (region: string): string => `national/regions/${region}.json`,
  cases: (): string => 'cases/index.html',
  case: (id: string): string => `cases/${id}.html`,
  casePdf: (id: string): string => `cases/${id}.pdf`,
  /** A page of a Region's guided pathway: its start (index.html), a role's entry steps, an answer state. */
  guide: (region: string, file = 'index.html'): string => `${region}/guide/${file}`,
};

export const anchor = {
  step: (step: string): string => `step-${step}`,
  legal: (legal: string): string => `legal-${legal}`,
  stage: (stage: string): string => `stage-${stage}`,
  pathway: (pathway: string): string => `pathway-${pathway}`,
  edge: (index: number): string => `edge-${index + 1}`,
  divergence: (index: number): string => `divergence-${index + 1}`,
};

/**
 * Relative paths by the folder linked from, then the page linked to: a build links the same few
 * folders to the same pages over and over, and `path.relative` was 4% of its main thread. Only
 * the last few folders: pages are made folder by folder, and kept for every folder the paths
 * were 20,000 strings (1.6 MB) held to the end of a build of 1,000 procedures.
 */
const relatives = new Map<string, Map<string, string>>();
const FOLDERS_KEPT = 4;

/** The href from page `from` to page `to` (both relative to the output root). */
export function href(from: string, to: string, fragment?: string): string {
  const folder = path.posix.dirname(from);
  let known = relatives.get(folder);
  if (!known) {
    if (relatives.size >= FOLDERS_KEPT) relatives.delete(relatives.keys().next().value!);
    relatives.set(folder, (known = new Map()));
  }
  let relative = known.get(to);
  if (relative === undefined) known.set(to, (relative = path.posix.relative(folder, to) || path.posix.basename(to)));
  return fragment ? `${relative}#${fragment}` : relative;
}

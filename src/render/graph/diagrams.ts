// No diagram is kept for the whole build: a large corpus has thousands of procedure diagrams and
// hundreds of stage maps. `layout` keeps the few laid out lately (by DOT source), enough for the
// page that asked for them ahead, for the PDF handbook of the Region being typeset and for the
// national map's pages, which share their drawings.
import type { Procedure, Region } from '../../model/types.js';
import type { Site } from '../site.js';
import { page } from '../urls.js';
import { procedureDot } from './dot.js';
import { nationalViews } from './national.js';
import type { PathHighlight } from './path.js';
import { regionViews } from './region.js';
import { stageDot, type StageView } from './stages.js';
import { layout } from './svg.js';

/** One stage's drawing (or part of it) with the name readers see above it. */
export interface StageDiagram {
  view: StageView;
  stageName: string;
  /** The stage's name, with the part when it is drawn in parts. */
  title: string;
  /** Laid out when asked for: a page of the national map shows only its stage's drawings. */
  svg: () => Promise<string>;
}

/** The procedure's diagram; its node links are relative to the procedure's HTML page. */
export function procedureDiagram(site: Site, procedure: Procedure): Promise<string> {
  const path = page.procedure(procedure.folder, procedure.id);
  return layout(procedureDot(site.corpus, procedure, path, site.t, site.built));
}

/** A procedure's diagram with a case's path drawn over it, on the case's page (`from`). */
export function casePathDiagram(site: Site, from: string, procedure: Procedure, highlight: PathHighlight): Promise<string> {
  return layout(procedureDot(site.corpus, procedure, from, site.t, site.built, highlight));
}

function drawn(site: Site, views: StageView[]): StageDiagram[] {
  const { t, corpus } = site;
  return views.map((view) => {
    const stageName = corpus.catalogue.stages.get(view.stage)?.name[t.lang] ?? view.stage;
    const title = view.parts > 1 ? t.diagrams.part(stageName, view.part, view.parts) : stageName;
    return { view, stageName, title, svg: () => layout(stageDot(view)) };
  });
}

/** The Region's referral map, stage by stage, on its home page. */
export function regionDiagrams(site: Site, region: Region): StageDiagram[] {
  const path = page.regionHome(region.folder);
  return drawn(site, regionViews(site.corpus, region, path, site.t, site.built));
}

/** The national referral map, stage by stage, on its page and in the national PDF. */
export function nationalDiagrams(site: Site): StageDiagram[] {
  const path = page.nationalMap();
  return drawn(site, nationalViews(site, path));
}

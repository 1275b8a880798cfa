// A Region's and the national maps are laid out once per build and the same SVG serves the HTML
// page and the PDF. A procedure's diagram is not kept: a large corpus has thousands, and
// `layout` keeps the few laid out lately (by DOT source), enough for the page that asked for
// them ahead and for the PDF handbook of the Region being typeset.
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
  svg: Promise<string>;
}

function once(site: Site, key: string, make: () => string): Promise<string> {
  let svg = site.diagrams.get(key);
  if (!svg) {
    svg = layout(make());
    site.diagrams.set(key, svg);
  }
  return svg;
}

/** The procedure's diagram; its node links are relative to the procedure's HTML page. */
export function procedureDiagram(site: Site, procedure: Procedure): Promise<string> {
  const path = page.procedure(procedure.folder, procedure.id);
  return layout(procedureDot(site.corpus, procedure, path, site.t, site.built));
}

/**
 * A procedure's diagram with a case's path drawn over it, on the case's page (`from`); `branch`
 * names the path among the page's others.
 */
export function casePathDiagram(site: Site, from: string, branch: string, procedure: Procedure, highlight: PathHighlight): Promise<string> {
  return once(site, `${from}#${branch}/${procedure.folder}/${procedure.id}`, () => procedureDot(site.corpus, procedure, from, site.t, site.built, highlight));
}

function drawn(site: Site, path: string, views: StageView[]): StageDiagram[] {
  const { t, corpus } = site;
  return views.map((view) => {
    const stageName = corpus.catalogue.stages.get(view.stage)?.name[t.lang] ?? view.stage;
    const title = view.parts > 1 ? t.diagrams.part(stageName, view.part, view.parts) : stageName;
    return { view, stageName, title, svg: once(site, `${path}#${view.stage}-${view.part}`, () => stageDot(view)) };
  });
}

/** The Region's referral map, stage by stage, on its home page. */
export function regionDiagrams(site: Site, region: Region): StageDiagram[] {
  const path = page.regionHome(region.folder);
  return drawn(site, path, regionViews(site.corpus, region, path, site.t, site.built));
}

/** The national referral map, stage by stage, on its page and in the national PDF. */
export function nationalDiagrams(site: Site): StageDiagram[] {
  const path = page.nationalMap();
  return drawn(site, path, nationalViews(site, path));
}

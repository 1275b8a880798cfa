// The merged referral map: an index of the stages, and a page per stage with its view (its
// diagrams) beside the table of its referrals (the text equivalent). One page per stage keeps
// each page light however many Regions and procedures the model merges.
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { nationalDiagrams, type StageDiagram } from '../graph/diagrams.js';
import { diagramFigure } from '../graph/figure.js';
import { timeRangeInWords } from '../../i18n/format.js';
import { serialised } from '../html.js';
import { renderPage } from '../layout.js';
import type { Page, Site } from '../site.js';
import { anchor, href, page } from '../urls.js';
import { nationalCrumbs, nationalScope, nodeLabel, regionName, stepLink } from './common.js';

/**
 * Every stage of the catalogue, in its order: a stage no Region acts in has its page too, so that
 * the pages a build makes do not depend on the merge (`sop dev` plans them before it merges).
 */
export function mapStages(site: Site): string[] {
  return [...site.corpus.catalogue.stages.keys()];
}

/** The edges leaving each stage, by their index in the model (the table rows' anchors). */
function edgesByStage(site: Site): Map<string, number[]> {
  const found = new Map<string, number[]>();
  for (const [i, edge] of site.national!().edges.entries()) {
    const stage = edge.from.split('/')[0]!;
    (found.get(stage) ?? found.set(stage, []).get(stage)!).push(i);
  }
  return found;
}

const stageName = (site: Site, id: string) => site.corpus.catalogue.stages.get(id)?.name[site.t.lang] ?? id;

/** Every stage's page, with how many referrals leave it; the current one marked. */
function stagesNav(site: Site, path: string, current?: string): ElementContent {
  const { t } = site;
  const edges = edgesByStage(site);
  return h('nav', { 'aria-label': t.diagrams.stagesIndex }, [
    h('ul.section-links', [
      ...mapStages(site).map((stage) => {
        const label = `${stageName(site, stage)} (${t.diagrams.referralCount(edges.get(stage)?.length ?? 0)})`;
        return h('li', [stage === current ? h('a', { href: href(path, page.nationalMapStage(stage)), 'aria-current': 'page' }, label) : h('a', { href: href(path, page.nationalMapStage(stage)) }, label)]);
      }),
      h('li', [h('a', { href: href(path, page.nationalCoverage()) }, t.diagrams.coverageLink)]),
    ]),
  ]);
}

export function nationalMapPage(site: Site): Page {
  const { t } = site;
  const path = page.nationalMap();
  const main = [
    h('h1', t.national.map),
    h('p', t.diagrams.nationalStagesIntro),
    h('p', t.national.mapStagesLead),
    stagesNav(site, path),
  ];
  return renderPage(site, { path, title: t.national.map, scope: nationalScope(site), crumbs: nationalCrumbs(site), main });
}

export async function nationalMapStagePage(site: Site, stage: string): Promise<Page> {
  const { t } = site;
  const model = site.national!();
  const path = page.nationalMapStage(stage);
  const diagrams: StageDiagram[] = nationalDiagrams(site).filter((d) => d.view.stage === stage);
  const svgs = await Promise.all(diagrams.map((d) => d.svg()));
  const name = stageName(site, stage);
  const edges = edgesByStage(site).get(stage) ?? [];
  const edgeRow = (i: number): ElementContent => {
    const edge = model.edges[i]!;
    return h('tr', { id: anchor.edge(i) }, [
      h('td', nodeLabel(site, edge.from)),
      h('td', nodeLabel(site, edge.to)),
      h('td', [h('ul', edge.referrals.map((r) => h('li', [stepLink(site, path, r.from)])))]),
      h('td', timeRangeInWords(edge.timeLimit, t.national.noTimeLimit, t)),
      h('td', Object.entries(edge.consent).map(([region, consents]) => `${regionName(site, region)}: ${consents.map((c) => t.consentName[c]).join(', ')}`).join('; ')),
    ]);
  };
  const main = [
    h('h1', t.national.mapOfStage(name)),
    h('p', t.diagrams.stageColumns),
    ...diagrams.map((d, i) => diagramFigure(svgs[i]!, `map-${stage}-${d.view.part}`, d.title, t.diagrams.referralsAtStage(d.title), t)),
    edges.length > 0
      ? h('div.table-scroll', { role: 'region', 'aria-label': t.diagrams.edgesFromStage(name), tabIndex: 0 }, [
          h('table', [
            h('caption', t.diagrams.edgesFromStage(name)),
            h('thead', [h('tr', [t.from, t.to, t.national.referrals, t.national.range, t.consent].map((label) => h('th', { scope: 'col' }, label)))]),
            h('tbody', edges.map((i) => serialised(edgeRow(i)))),
          ]),
        ])
      : h('p', t.national.noReferralsFromStage),
    // After the map, not above it: on a phone the list of stages would push the map off the first screen.
    stagesNav(site, path, stage),
  ];
  return renderPage(site, { path, title: t.national.mapOfStage(name), scope: nationalScope(site), crumbs: [...nationalCrumbs(site), { label: t.national.map, path: page.nationalMap() }], main });
}

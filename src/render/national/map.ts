// The merged referral map as one view per stage, each beside the table of its referrals (the
// text equivalent), under a short index of the stages.
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { nationalDiagrams } from '../graph/diagrams.js';
import { diagramFigure } from '../graph/figure.js';
import { timeRangeInWords } from '../../i18n/format.js';
import { renderPage } from '../layout.js';
import type { Page, Site } from '../site.js';
import { anchor, href, page } from '../urls.js';
import { nationalCrumbs, nationalScope, nodeLabel, regionName, stepLink } from './common.js';

export async function nationalMapPage(site: Site): Promise<Page> {
  const { t, corpus } = site;
  const model = site.national!;
  const path = page.nationalMap();
  const diagrams = nationalDiagrams(site);
  const svgs = await Promise.all(diagrams.map((d) => d.svg));
  const stages = [...new Set(diagrams.map((d) => d.view.stage))];
  const stageName = (id: string) => corpus.catalogue.stages.get(id)?.name[t.lang] ?? id;
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
  const sections = stages.map((stage) => {
    const id = anchor.stage(stage);
    const edges = model.edges.flatMap((edge, i) => (edge.from.split('/')[0] === stage ? [i] : []));
    const figures = diagrams.flatMap((d, i) => (d.view.stage === stage ? [diagramFigure(svgs[i]!, `map-${stage}-${d.view.part}`, d.title, t.diagrams.referralsAtStage(d.title), t)] : []));
    return h('section', { 'aria-labelledby': id }, [
      h('h2', { id }, stageName(stage)),
      ...figures,
      edges.length > 0
        ? h('div.table-scroll', { role: 'region', 'aria-label': t.diagrams.edgesFromStage(stageName(stage)), tabIndex: 0 }, [
            h('table', [
              h('caption', t.diagrams.edgesFromStage(stageName(stage))),
              h('thead', [h('tr', [t.from, t.to, t.national.referrals, t.national.range, t.consent].map((label) => h('th', { scope: 'col' }, label)))]),
              h('tbody', edges.map(edgeRow)),
            ]),
          ])
        : null,
    ]);
  });
  const main = [
    h('h1', t.national.map),
    h('p', t.diagrams.nationalStagesIntro),
    h('p', t.diagrams.stageColumns),
    h('nav', { 'aria-label': t.diagrams.stagesIndex }, [
      h('ul.section-links', [
        ...stages.map((stage) => h('li', [h('a', { href: `#${anchor.stage(stage)}` }, stageName(stage))])),
        h('li', [h('a', { href: href(path, page.nationalCoverage()) }, t.diagrams.coverageLink)]),
      ]),
    ]),
    ...sections,
  ];
  return renderPage(site, { path, title: t.national.map, scope: nationalScope(site), crumbs: nationalCrumbs(site), main });
}

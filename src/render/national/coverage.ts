import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { linkTo } from '../components.js';
import { renderPage } from '../layout.js';
import type { Page, Site } from '../site.js';
import { anchor, page } from '../urls.js';
import { nationalCrumbs, nationalScope } from './common.js';

/** The Regions × stages (and × pathways) matrix: each cell links down, empty cells show the gap. */
export function nationalCoveragePage(site: Site): Page {
  const { t, corpus } = site;
  const model = site.national!;
  const path = page.nationalCoverage();
  const matrix = (caption: string, columns: Array<{ id: string; name: string }>, coverage: Record<string, Record<string, string[]>>, idPrefix: string): ElementContent =>
    h('div.table-scroll', { role: 'region', 'aria-label': caption, tabIndex: 0 }, [
      h('table.matrix', [
        h('caption', caption),
        h('thead', [h('tr', [h('th', { scope: 'col' }, t.national.region), ...columns.map((c) => h('th', { scope: 'col', id: `${idPrefix}${c.id}` }, c.name))])]),
        h('tbody', model.regions.map((region) => h('tr', [
          h('th', { scope: 'row' }, [linkTo(site, path, region.id, page.regionHome(region.id), region.name)]),
          ...columns.map((column) => {
            const procedures = coverage[region.id]?.[column.id] ?? [];
            if (procedures.length === 0) return h('td.gap', [h('span', { 'aria-hidden': 'true' }, '—'), h('span.visually-hidden', t.national.gap)]);
            return h('td', [h('ul', procedures.map((id) => h('li', [linkTo(site, path, region.id, page.procedure(region.id, id), corpus.regions.get(region.id)?.procedures.get(id)?.title ?? id)])))]);
          }),
        ]))),
      ]),
    ]);
  const stages = [...corpus.catalogue.stages.values()].map((s) => ({ id: s.id, name: s.name[t.lang] }));
  const pathways = [...corpus.catalogue.pathways.values()].map((p) => ({ id: p.id, name: p.name[t.lang] }));
  const main = [
    h('h1', t.national.coverage),
    matrix(t.national.coverageCaption, stages, model.stageCoverage, `${anchor.stage('')}`),
    h('h2', t.national.pathwayCoverage),
    matrix(t.national.pathwayCaption, pathways, model.pathwayCoverage, 'pathway-'),
  ];
  return renderPage(site, { path, title: t.national.coverage, scope: nationalScope(site), crumbs: nationalCrumbs(site), main });
}

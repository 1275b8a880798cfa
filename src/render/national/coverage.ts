import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { linkTo } from '../components.js';
import { serialised } from '../html.js';
import { renderPage } from '../layout.js';
import type { Page, Site } from '../site.js';
import { anchor, href, page } from '../urls.js';
import { nationalCrumbs, nationalScope } from './common.js';

/**
 * The Regions × stages (and × pathways) matrices. A cell holds a short link, the number of
 * procedures, down to the Region home's list for that stage or pathway; the titles are in the
 * link's accessible name. Empty cells show the gap.
 */
export function nationalCoveragePage(site: Site): Page {
  const { t, corpus } = site;
  const model = site.national!();
  const path = page.nationalCoverage();
  const matrix = (caption: string, columns: Array<{ id: string; name: string; anchor: string }>, coverage: Record<string, Record<string, string[]>>, idPrefix: string): ElementContent =>
    h('div.table-scroll.matrix-scroll', { role: 'region', 'aria-label': caption, tabIndex: 0 }, [
      h('table.matrix', [
        h('caption', caption),
        h('thead', [h('tr', [h('th', { scope: 'col' }, t.national.region), ...columns.map((c) => h('th', { scope: 'col', id: `${idPrefix}${c.id}` }, c.name))])]),
        h('tbody', model.regions.map((region) => serialised(h('tr', [
          h('th', { scope: 'row' }, [linkTo(site, path, region.id, page.regionHome(region.id), region.name)]),
          ...columns.map((column) => {
            const procedures = coverage[region.id]?.[column.id] ?? [];
            if (procedures.length === 0) return h('td.gap', [h('span', { 'aria-hidden': 'true' }, '—'), h('span.visually-hidden', t.national.gap)]);
            const titles = procedures.map((id) => corpus.regions.get(region.id)?.procedures.get(id)?.title ?? id);
            const count = String(procedures.length);
            const label = `${count} ${t.national.proceduresIn(region.name, column.name)}: ${titles.join('; ')}`;
            return h('td.count', [
              site.built.has(region.id)
                ? h('a', { href: href(path, page.regionHome(region.id), column.anchor), 'aria-label': label, title: titles.join('\n') }, count)
                : h('span', { title: titles.join('\n') }, count),
            ]);
          }),
        ])))),
      ]),
    ]);
  const stages = [...corpus.catalogue.stages.values()].map((s) => ({ id: s.id, name: s.name[t.lang], anchor: anchor.stage(s.id) }));
  const pathways = [...corpus.catalogue.pathways.values()].map((p) => ({ id: p.id, name: p.name[t.lang], anchor: anchor.pathway(p.id) }));
  const main = [
    h('h1', t.national.coverage),
    h('p', t.national.coverageHelp),
    matrix(t.national.coverageCaption, stages, model.stageCoverage, `${anchor.stage('')}`),
    h('h2', t.national.pathwayCoverage),
    matrix(t.national.pathwayCaption, pathways, model.pathwayCoverage, anchor.pathway('')),
  ];
  return renderPage(site, { path, title: t.national.coverage, scope: nationalScope(site), crumbs: nationalCrumbs(site), main });
}

import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { raw } from '../components.js';
import { nationalDiagram } from '../graph/diagrams.js';
import { dotString } from '../graph/svg.js';
import { timeRangeInWords } from '../../i18n/format.js';
import { renderPage } from '../layout.js';
import { accessibleSvg } from '../pages/procedure.js';
import type { Page, Site } from '../site.js';
import { anchor, href, page } from '../urls.js';
import { nationalCrumbs, nationalScope, nodeLabel, regionName, stepLink } from './common.js';

/** The merged map as DOT: (stage, role) nodes clustered by stage, edges weighted by Regions. */
export function nationalDot(site: Site, path: string, font = 'sans-serif'): string {
  const { t, corpus } = site;
  const model = site.national!;
  const regionsTotal = model.regions.length;
  return [
    'digraph national {',
    // Straight edges: spline and polyline routing fail ("triangulation failed") around this many clusters.
    // Few network-simplex passes for ranks and positions: unbounded, they took 5 s of a 20-Region build
    // (and one pass made the router fail on some corpora).
    `graph [rankdir=LR, splines=line, nslimit=2, nslimit1=2, fontname="${font}", fontsize=11, bgcolor="transparent", nodesep=0.25, ranksep=0.6]`,
    `node [shape=box, style="rounded,filled", fillcolor="#eef4fb", color="#06c", fontname="${font}", fontsize=10]`,
    `edge [color="#42526e", fontname="${font}", fontsize=9]`,
    ...[...corpus.catalogue.stages.values()].flatMap((stage) => {
      const nodes = model.nodes.filter((n) => n.stage === stage.id);
      if (nodes.length === 0) return [];
      return [
        `subgraph ${dotString(`cluster_${stage.id}`)} { label=${dotString(stage.name[t.lang])}; style="rounded"; color="#c5ced8";`,
        ...nodes.map((n) => `${dotString(n.id)} [label=${dotString(corpus.catalogue.roles.get(n.role)?.name[t.lang] ?? n.role, `${n.regions.length}/${regionsTotal}`)}, URL=${dotString(href(path, page.nationalRole(n.role)))}, tooltip=${dotString(nodeLabel(site, n.id))}]`),
        '}',
      ];
    }),
    ...model.edges.map((e, i) => `${dotString(e.from)} -> ${dotString(e.to)} [penwidth=${(1 + (3 * e.regions.length) / regionsTotal).toFixed(1)}, label=${dotString(String(e.regions.length))}, URL=${dotString(`#${anchor.edge(i)}`)}, tooltip=${dotString(`${nodeLabel(site, e.from)} → ${nodeLabel(site, e.to)}`)}]`),
    '}',
  ].join('\n');
}

/** The merged referral map, and the table of its edges that is its text equivalent. */
export async function nationalMapPage(site: Site): Promise<Page> {
  const { t } = site;
  const model = site.national!;
  const path = page.nationalMap();
  const svg = await nationalDiagram(site);
  const rows: ElementContent[] = model.edges.map((edge, i) =>
    h('tr', { id: anchor.edge(i) }, [
      h('td', nodeLabel(site, edge.from)),
      h('td', nodeLabel(site, edge.to)),
      h('td', [h('ul', edge.referrals.map((r) => h('li', [stepLink(site, path, r.from)])))]),
      h('td', timeRangeInWords(edge.timeLimit, t.national.noTimeLimit, t)),
      h('td', Object.entries(edge.consent).map(([region, consents]) => `${regionName(site, region)}: ${consents.map((c) => t.consentName[c]).join(', ')}`).join('; ')),
    ]),
  );
  const main = [
    h('h1', t.national.map),
    // Shown at natural size in a scrollable, focusable region: scaled to the column it is unreadable.
    h('figure.referral-map.wide', [
      h('div.map-scroll', { role: 'region', 'aria-label': t.national.map, tabIndex: 0 }, [raw(accessibleSvg(svg, 'map-national', t.national.map, t.national.mapDescription))]),
      h('figcaption', t.national.mapDescription),
    ]),
    h('h2', t.national.edges),
    h('div.table-scroll', { role: 'region', 'aria-label': t.national.edges, tabIndex: 0 }, [
      h('table', [
        h('thead', [h('tr', [t.from, t.to, t.national.referrals, t.national.range, t.consent].map((label) => h('th', { scope: 'col' }, label)))]),
        h('tbody', rows),
      ]),
    ]),
  ];
  return renderPage(site, { path, title: t.national.map, scope: nationalScope(site), crumbs: nationalCrumbs(site), main });
}

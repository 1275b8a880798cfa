import { h } from 'hastscript';
import { linkTo } from '../components.js';
import { renderPage } from '../layout.js';
import type { Page, Site } from '../site.js';
import { href, page } from '../urls.js';
import { nationalScope } from './common.js';

export function nationalOverviewPage(site: Site): Page {
  const { t } = site;
  const model = site.national!();
  const path = page.national();
  const main = [
    h('h1', t.national.title),
    h('p.lead', t.national.intro),
    h('ul.section-links', [
      h('li', [h('a', { href: href(path, page.nationalCoverage()) }, t.national.coverage)]),
      h('li', [h('a', { href: href(path, page.nationalMap()) }, t.national.map)]),
      h('li', [h('a', { href: href(path, page.nationalDivergences()) }, `${t.national.divergences} (${model.divergences.length})`)]),
      h('li', [h('a', { href: href(path, page.nationalJson()), type: 'application/json' }, t.national.json)]),
      site.pdfs.has(page.nationalPdf()) ? h('li', [h('a', { href: href(path, page.nationalPdf()), type: 'application/pdf', download: '' }, t.pdf.downloadNational)]) : null,
    ]),
    h('h2', t.national.overview),
    h('table', [
      h('thead', [h('tr', [h('th', { scope: 'col' }, t.national.region), h('th', { scope: 'col' }, t.procedureCount), h('th', { scope: 'col' }, t.national.steps), h('th', { scope: 'col' }, t.national.referrals)])]),
      h('tbody', model.regions.map((region) => h('tr', [
        h('th', { scope: 'row' }, [linkTo(site, path, region.id, page.regionHome(region.id), region.name)]),
        h('td', String(region.procedures)),
        h('td', String(region.steps)),
        h('td', String(region.referrals)),
      ]))),
    ]),
    h('h2', t.national.roles),
    h('p', t.national.rolesIntro),
    h('ul.columns', [...site.corpus.catalogue.roles.values()].map((role) => h('li', [h('a', { href: href(path, page.nationalRole(role.id)) }, role.name[t.lang])]))),
  ];
  return renderPage(site, { path, title: t.national.title, scope: nationalScope(site), crumbs: [{ label: t.allRegions, path: page.landing() }], main });
}

import { h } from 'hastscript';
import { linkTo } from '../components.js';
import { dateInWords } from '../../i18n/format.js';
import { renderPage } from '../layout.js';
import type { Page, Site } from '../site.js';
import { href, page } from '../urls.js';

export function landingPage(site: Site): Page {
  const { t, corpus } = site;
  const path = page.landing();
  const regions = [...corpus.regions.values()].filter((region) => site.built.has(region.folder));
  const main = [
    h('h1', t.landingTitle),
    h('p.lead', t.landingIntro),
    site.national ? h('p.national-link', [h('a', { href: href(path, page.national()) }, t.national.open)]) : null,
    site.cases && site.cases.length > 0 ? h('p.national-link', [h('a', { href: href(path, page.cases()) }, t.casePages.open)]) : null,
    h('h2', t.handbooks),
    h(
      'ul.region-cards',
      regions.map((region) => {
        const dates = [...region.procedures.values()].map((p) => p.approval?.date).filter((d): d is string => Boolean(d)).sort();
        return h('li.card', [
          h('h3', [linkTo(site, path, region.folder, page.regionHome(region.folder), region.name)]),
          h('dl.metadata', [
            h('dt', t.project), h('dd', region.project.name),
            h('dt', t.leadBody), h('dd', region.actors.get(region.project.lead)?.name ?? region.project.lead),
            h('dt', t.procedureCount), h('dd', String(region.procedures.size)),
            ...(dates.length > 0 ? [h('dt', t.lastApproval), h('dd', dateInWords(dates.at(-1)!, t))] : []),
          ]),
          site.pdfs.has(page.regionPdf(region.folder)) ? h('p', [h('a', { href: href(path, page.regionPdf(region.folder)), type: 'application/pdf' }, t.pdf.download)]) : null,
        ]);
      }),
    ),
  ].filter((node) => node !== null);
  return renderPage(site, { path, title: t.landingTitle, crumbs: [], main });
}

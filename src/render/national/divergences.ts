import { h } from 'hastscript';
import type { Divergence } from '../../model/types.js';
import { legalLabel, linkTo } from '../components.js';
import { timeLimitInWords } from '../../i18n/format.js';
import { renderPage } from '../layout.js';
import type { Page, Site } from '../site.js';
import { anchor, page } from '../urls.js';
import { nationalCrumbs, nationalScope, nodeLabel, regionName } from './common.js';

/** What a divergence is about, in words (the PDF says it the same way). */
export function subjectLabel(site: Site, divergence: Divergence): string {
  const { catalogue } = site.corpus;
  const { t } = site;
  switch (divergence.kind) {
    case 'stage-gap':
      return catalogue.stages.get(divergence.subject)?.name[t.lang] ?? divergence.subject;
    case 'pathway-gap':
      return catalogue.pathways.get(divergence.subject)?.name[t.lang] ?? divergence.subject;
    case 'receiving-role':
      return nodeLabel(site, divergence.subject);
    default: {
      const [from, to] = divergence.subject.split('->') as [string, string];
      return `${nodeLabel(site, from)} → ${nodeLabel(site, to)}`;
    }
  }
}

export function valueLabel(site: Site, divergence: Divergence, value: string): string {
  const { t, corpus } = site;
  switch (divergence.kind) {
    case 'receiving-role':
      return corpus.catalogue.roles.get(value)?.name[t.lang] ?? value;
    case 'time-limit':
      return value === 'none' ? t.national.noTimeLimit : timeLimitInWords(value, t);
    case 'consent':
      return t.consentName[value as keyof typeof t.consentName] ?? value;
    case 'legal-basis':
      return legalLabel(site, value);
    default:
      return value;
  }
}

export function nationalDivergencesPage(site: Site): Page {
  const { t } = site;
  const model = site.national!;
  const path = page.nationalDivergences();
  const main = [
    h('h1', t.national.divergences),
    h('p', t.national.divergencesIntro),
    h('ol.divergences', model.divergences.map((divergence, i) =>
      h('li', { id: anchor.divergence(i) }, [
        h('h2', [h('span.kind', `${t.national.kind[divergence.kind]}: `), subjectLabel(site, divergence)]),
        h('p.count', t.national.regionsDiffering(divergence.regionsDiffering)),
        h('table', [
          h('thead', [h('tr', [h('th', { scope: 'col' }, t.national.region), h('th', { scope: 'col' }, divergence.kind.endsWith('-gap') ? t.procedureCount : t.national.kind[divergence.kind])])]),
          h('tbody', Object.entries(divergence.byRegion).map(([region, values]) =>
            h('tr', { class: values.length === 0 ? 'gap' : undefined }, [
              h('th', { scope: 'row' }, [linkTo(site, path, region, page.regionHome(region), regionName(site, region))]),
              h('td', values.length === 0
                ? t.national.gap
                : divergence.kind.endsWith('-gap')
                  ? [h('ul', values.map((id) => h('li', [linkTo(site, path, region, page.procedure(region, id), site.corpus.regions.get(region)?.procedures.get(id)?.title ?? id)])))]
                  : values.map((v) => valueLabel(site, divergence, v)).join('; ')),
            ]),
          )),
        ]),
      ]),
    )),
  ];
  return renderPage(site, { path, title: t.national.divergences, scope: nationalScope(site), crumbs: nationalCrumbs(site), main });
}

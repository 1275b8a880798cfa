import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Divergence, DivergenceKind } from '../../model/types.js';
import { joined, legalLabel, linkTo } from '../components.js';
import { timeLimitInWords } from '../../i18n/format.js';
import { serialised } from '../html.js';
import { renderPage } from '../layout.js';
import type { Page, Site } from '../site.js';
import { anchor, href, page } from '../urls.js';
import { nationalCrumbs, nationalScope, regionName } from './common.js';

/**
 * The order a reader meets the kinds in: who receives, on what terms, then what is missing. Each
 * has its page, even with no divergence: the pages a build makes do not depend on the merge.
 */
export const KINDS: DivergenceKind[] = ['receiving-role', 'time-limit', 'consent', 'legal-basis', 'stage-gap', 'pathway-gap'];

const isGap = (divergence: Divergence) => divergence.kind === 'stage-gap' || divergence.kind === 'pathway-gap';

/** "Ente antitratta (Identificazione formale)" for a national node id `stage/role`. */
function roleAtStage(site: Site, node: string): string {
  const [stage, role] = node.split('/') as [string, string];
  const { stages, roles } = site.corpus.catalogue;
  return site.t.national.roleAtStage(roles.get(role)?.name[site.t.lang] ?? role, stages.get(stage)?.name[site.t.lang] ?? stage);
}

/** What a divergence is about, in words that say who sends to whom (the PDF says it the same way). */
export function subjectLabel(site: Site, divergence: Divergence): string {
  const { catalogue } = site.corpus;
  const { t } = site;
  switch (divergence.kind) {
    case 'stage-gap':
      return catalogue.stages.get(divergence.subject)?.name[t.lang] ?? divergence.subject;
    case 'pathway-gap':
      return catalogue.pathways.get(divergence.subject)?.name[t.lang] ?? divergence.subject;
    case 'receiving-role':
      return t.national.receiversOf(roleAtStage(site, divergence.subject));
    default: {
      const [from, to] = divergence.subject.split('->') as [string, string];
      return t.national.referralFromTo(roleAtStage(site, from), roleAtStage(site, to));
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

/** The choice most Regions make, when one choice is more common than every other. */
function mostCommon(divergence: Divergence): string | undefined {
  const counts = new Map<string, number>();
  for (const values of Object.values(divergence.byRegion)) counts.set(values.join('\n'), (counts.get(values.join('\n')) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked[0] && ranked[0][1] > 1 && ranked[0][1] !== ranked[1]?.[1] ? ranked[0][0] : undefined;
}

/** The stage a divergence sits in (the sender's), for grouping; gaps are not grouped further. */
function stageOf(divergence: Divergence): string | undefined {
  return isGap(divergence) ? undefined : divergence.subject.split('/')[0];
}

/** The kinds with divergences, each with its divergences (by their index in the model) grouped by the sender's stage. */
function kindGroups(site: Site) {
  const { corpus } = site;
  const indexed = site.national!().divergences.map((divergence, i) => ({ divergence, i }));
  const byKind = new Map<DivergenceKind, typeof indexed>();
  for (const item of indexed) (byKind.get(item.divergence.kind) ?? byKind.set(item.divergence.kind, []).get(item.divergence.kind)!).push(item);
  return KINDS.map((kind) => {
    const items = byKind.get(kind) ?? [];
    const byStage = new Map<string | undefined, typeof indexed>();
    for (const item of items) {
      const stage = stageOf(item.divergence);
      (byStage.get(stage) ?? byStage.set(stage, []).get(stage)!).push(item);
    }
    const stages = [...corpus.catalogue.stages.keys()].flatMap((stage) => (byStage.has(stage) ? [{ stage, items: byStage.get(stage)! }] : []));
    return { kind, items, stages };
  });
}

const stageId = (kind: string, stage: string) => `kind-${kind}-${stage}`;
const stageName = (site: Site, stage: string) => site.corpus.catalogue.stages.get(stage)?.name[site.t.lang] ?? stage;

/** Every kind's page and, within it, every stage, with how many divergences each holds. */
function contents(site: Site, path: string, current?: DivergenceKind): ElementContent {
  const { t } = site;
  return h('nav.page-contents.divergence-contents', { 'aria-labelledby': 'contents-heading' }, [
    h('h2#contents-heading', t.national.kindsContents),
    h('ol', kindGroups(site).map((group) => {
      const target = page.nationalDivergenceKind(group.kind);
      const label = `${t.national.kind[group.kind]} (${group.items.length})`;
      return h('li', [
        group.kind === current ? h('a', { href: href(path, target), 'aria-current': 'page' }, label) : h('a', { href: href(path, target) }, label),
        group.stages.length > 0 ? h('ol', group.stages.map(({ stage, items }) => h('li', [h('a', { href: href(path, target, stageId(group.kind, stage)) }, `${stageName(site, stage)} (${items.length})`)]))) : null,
      ]);
    })),
  ]);
}

/** The divergences' index: their kinds and stages, each kind on a page of its own. */
export function nationalDivergencesPage(site: Site): Page {
  const { t } = site;
  const path = page.nationalDivergences();
  const main = [h('h1', t.national.divergences), h('p', t.national.divergencesIntro), contents(site, path)];
  return renderPage(site, { path, title: t.national.divergences, scope: nationalScope(site), crumbs: nationalCrumbs(site), main });
}

/**
 * One kind's divergences, grouped by the sender's stage; a filter box (templates/assets/filter.js)
 * narrows the list when scripts run. A page per kind keeps each page light however many Regions
 * differ.
 */
export function nationalDivergenceKindPage(site: Site, kind: DivergenceKind): Page {
  const { t } = site;
  const path = page.nationalDivergenceKind(kind);
  const group = kindGroups(site).find((g) => g.kind === kind)!;

  const item = (heading: 'h2' | 'h3') => ({ divergence, i }: { divergence: Divergence; i: number }): ElementContent => {
    const common = mostCommon(divergence);
    const entries = Object.entries(divergence.byRegion);
    const words = (values: string[]) => (values.length === 0 ? t.national.notProvided : values.map((v) => valueLabel(site, divergence, v)).join('; '));
    // Each choice once, with the Regions making it, the most common first: the table in a few lines.
    const choices = new Map<string, string[]>();
    for (const [region, values] of entries) {
      const key = values.join('\n');
      (choices.get(key) ?? choices.set(key, []).get(key)!).push(regionName(site, region));
    }
    const ranked = [...choices].sort((a, b) => (a[0] === common ? -1 : b[0] === common ? 1 : b[1].length - a[1].length));
    const body = isGap(divergence)
      ? [
          h('p.gist', `${t.national.without}: ${entries.filter(([, values]) => values.length === 0).map(([region]) => regionName(site, region)).join(', ')}`),
          entries.every(([, values]) => values.length === 0) ? null : h('details.by-region', [
            h('summary', t.national.everyRegion),
            h('ul.by-region-list', entries.filter(([, values]) => values.length > 0).map(([region, values]) => h('li', [
              linkTo(site, path, region, page.regionHome(region), regionName(site, region)),
              ': ',
              ...joined(values.map((id) => linkTo(site, path, region, page.procedure(region, id), site.corpus.regions.get(region)?.procedures.get(id)?.title ?? id))),
            ]))),
          ]),
        ]
      : [h('ul.choices', ranked.map(([key, regions]) => h('li', { class: key === common ? 'most-common' : undefined }, [
          h('strong', words(key === '' ? [] : key.split('\n'))),
          key === common ? h('span.most-common-mark', ` (${t.national.mostCommon})`) : null,
          `: ${regions.join(', ')}`,
        ])))];
    return serialised(h('li.divergence', { id: anchor.divergence(i) }, [
      h(heading, subjectLabel(site, divergence)),
      h('p.count', t.national.regionsDiffering(divergence.regionsDiffering)),
      ...body,
    ]));
  };

  const main = [
    h('h1', `${t.national.kind[kind]} (${group.items.length})`),
    h('p', t.national.divergencesIntro),
    // Shown by filter.js: without scripts the contents below are the way in.
    h('div.list-filter', { hidden: true, 'data-filter': '.divergence-groups', 'data-filter-items': 'li.divergence' }, [
      h('label', { for: 'divergence-filter' }, t.national.filterLabel),
      h('input#divergence-filter', { type: 'search', autocomplete: 'off', placeholder: t.national.filterPlaceholder }),
      h('p.filter-status', { 'aria-live': 'polite', 'data-count': t.national.filterCount('{n}') }),
    ]),
    h('div.divergence-groups', group.items.length === 0 ? [h('p', t.national.noDivergences)] : group.stages.length > 0
      ? group.stages.map(({ stage, items }) =>
          h('section.divergence-stage', { 'aria-labelledby': stageId(kind, stage) }, [
            h('h2', { id: stageId(kind, stage) }, t.national.inStage(stageName(site, stage))),
            h('ol.divergences', items.map(item('h3'))),
          ]))
      : [h('ol.divergences', group.items.map(item('h2')))]),
    contents(site, path, kind),
  ];
  return renderPage(site, { path, title: t.national.kind[kind], scope: nationalScope(site), crumbs: [...nationalCrumbs(site), { label: t.national.divergences, path: page.nationalDivergences() }], main, scripts: ['filter.js'] });
}

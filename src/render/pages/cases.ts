// The published case studies: the list of cases, and a page per case with its facts, its path in
// each Region as a timeline (alternatives where a fact is unknown) and the comparison across Regions.
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Branch, ReachedStep } from '../../cases/walk.js';
import { durationInWords, timeLimitInWords } from '../../i18n/format.js';
import { durationHours } from '../../model/duration.js';
import type { Case } from '../../model/types.js';
import { consentInWords, contactDetails, contactsOf, definitionList, legalLinks, linkTo, roleLink } from '../components.js';
import { renderPage } from '../layout.js';
import type { Page, Site } from '../site.js';
import { anchor, href, page } from '../urls.js';
import { caseComparison } from './cases-compare.js';
import { pathId, pathOnDiagrams } from './cases-diagram.js';
import { localBodies } from '../../cases/walk.js';
import { alternativeHeading, arrivedBy, caseRuns, factValueInWords, hasAlternatives, longestElapsed, type CaseRegionRun } from './cases-run.js';

const casesCrumbs = (site: Site) => [{ label: site.t.home, path: page.landing() }, { label: site.t.casePages.title, path: page.cases() }];

export function casesIndexPage(site: Site, cases: readonly Case[]): Page {
  const { t } = site;
  const path = page.cases();
  const main = [
    h('h1', t.casePages.title),
    h('p.lead', t.casePages.intro),
    h('ul.case-list', cases.map((item) => {
      const regions = caseRuns(site, item).map((run) => run.region.name);
      return h('li.card', [
        h('h2', [h('a', { href: href(path, page.case(item.id)) }, item.title)]),
        item.summary ? h('p', item.summary) : null,
        definitionList('metadata', [[t.casePages.runsIn, regions.length > 0 ? regions.join(', ') : t.casePages.runsNowhere]]),
      ]);
    })),
  ];
  return renderPage(site, { path, title: t.casePages.title, crumbs: [{ label: t.home, path: page.landing() }], main });
}

export async function casePage(site: Site, item: Case): Promise<Page> {
  const { t } = site;
  const path = page.case(item.id);
  const runs = caseRuns(site, item);
  const main: ElementContent[] = [
    h('h1', item.title),
    ...(item.summary ? [h('p.lead', item.summary)] : []),
    ...(item.illustrative ? [h('p.illustrative', { role: 'note' }, t.casePages.illustrative)] : []),
    // Only when this build made the handout (PDFs are skipped with --no-pdf).
    ...(site.pdfs.has(page.casePdf(item.id)) ? [h('p.download', [h('a', { href: href(path, page.casePdf(item.id)), type: 'application/pdf', download: '' }, t.casePages.downloadHandout)])] : []),
    h('h2', t.casePages.facts),
    h('p', t.casePages.factsHelp),
    h('dl.metadata.case-facts', [...item.facts].flatMap(([id, value]) => {
      const fact = site.corpus.catalogue.facts.get(id);
      return [
        h('dt', fact?.label[t.lang] ?? id),
        h('dd', [h('span.case-answer', factValueInWords(site, id, value)), ...(fact ? [h('span.case-question', `${t.casePages.question}: ${fact.question[t.lang]}`)] : [])]),
      ];
    })),
    ...(await Promise.all(runs.map((run) => regionPath(site, path, run)))).flat(),
    ...(runs.length > 1 ? caseComparison(site, path, item, runs) : []),
  ];
  return renderPage(site, { path, title: item.title, crumbs: casesCrumbs(site), main });
}

async function regionPath(site: Site, path: string, run: CaseRegionRun): Promise<ElementContent[]> {
  const { t } = site;
  const { region, branches } = run;
  const alternatives = hasAlternatives(branches);
  const heading = `case-${region.folder}`;
  const out: ElementContent[] = [
    h('h2', { id: heading }, [linkTo(site, path, region.folder, page.regionHome(region.folder), t.casePages.pathIn(region.name))]),
    h('p', alternatives ? `${t.casePages.pathHelp} ${t.casePages.alternatives(branches.length)}` : t.casePages.pathHelp),
  ];
  for (const [i, branch] of branches.entries()) {
    if (alternatives) out.push(h('h3', alternativeHeading(site, branch, i)));
    out.push(h('ol.case-timeline', branch.steps.map((at) => timelineStep(site, path, region, at, branch))));
    const longest = longestElapsed(branch);
    if (durationHours(longest) > 0) out.push(h('p.case-total', t.casePages.total(durationInWords(longest, t))));
    out.push(...await pathOnDiagrams(site, path, branch, pathId(region, alternatives ? i : undefined), alternatives ? 4 : 3));
  }
  return out;
}

function timelineStep(site: Site, path: string, runRegion: CaseRegionRun['region'], at: ReachedStep, branch: Branch): ElementContent {
  const { t } = site;
  const { region, procedure, step } = at;
  const bodies = localBodies(at);
  const referral = arrivedBy(at, branch);
  const bodyDetails: ElementContent[] = bodies.flatMap((body, i) => [
    ...(i > 0 ? [h('br')] : []),
    h('span', body.name),
    ...contactsOf(region, [body.id]).flatMap((contact) => [h('br'), h('span.case-contact', contactDetails(site, contact))]),
  ]);
  return h('li.case-step', [
    h('p.case-step-title', [
      linkTo(site, path, region.folder, page.procedure(region.folder, procedure.id), step.title, anchor.step(step.id)),
      ...(step.restricted ? [h('span.step-kind', ` (${t.casePages.restricted})`)] : []),
      h('span.step-kind', ` — ${procedure.title}${region === runRegion ? '' : ` ${t.inRegion(region.name)}`}`),
    ]),
    definitionList('step-facts', [
      [t.casePages.actor, [roleLink(site, path, region.folder, step.actor)]],
      [t.casePages.localBody, bodyDetails],
      [t.casePages.legalBasis, legalLinks(site, path, region.folder, step.legalBasis)],
      [t.casePages.consent, referral ? consentInWords(site, referral) : undefined],
      [t.casePages.timeLimit, step.timeLimit ? timeLimitInWords(step.timeLimit, t) : t.casePages.noTimeLimit],
      [t.casePages.elapsed, durationHours(at.elapsed) > 0 ? durationInWords(at.elapsed, t) : undefined],
    ]),
  ]);
}

import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Procedure, Region, Step } from '../../model/types.js';
import { renderBody } from '../body.js';
import { approvalText, definitionList, joined, legalLinks, linkTo, referralWords, roleLink } from '../components.js';
import { procedureDiagram } from '../graph/diagrams.js';
import { diagramFigure } from '../graph/figure.js';
import { dateInWords, timeLimitInWords } from '../../i18n/format.js';
import { renderPage } from '../layout.js';
import type { Page, Site } from '../site.js';
import { anchor, href, page } from '../urls.js';

export async function procedurePage(site: Site, region: Region, procedure: Procedure): Promise<Page> {
  const { t, corpus } = site;
  const path = page.procedure(region.folder, procedure.id);
  const stageName = (id: string) => corpus.catalogue.stages.get(id)?.name[t.lang] ?? id;
  // Each stage links up to its column of the national coverage matrix.
  const stages = joined(
    procedure.stages.map((id) => (site.national ? h('a', { href: href(path, page.nationalCoverage(), anchor.stage(id)), title: t.national.stageInNational }, stageName(id)) : h('span', stageName(id)))),
    ', ',
  );
  const pathways = procedure.pathways.map((id) => corpus.catalogue.pathways.get(id)?.name[t.lang] ?? id);
  const svg = await procedureDiagram(site, procedure);
  const main: ElementContent[] = [
    h('h1', [procedure.title, procedure.restricted ? h('span.internal-use', ` — ${t.internalUse}`) : null]),
    definitionList('metadata', [
      [t.version, procedure.version],
      [t.status, [h('span', { class: `status status-${procedure.status}` }, t.statusName[procedure.status])]],
      [t.approval, approvalText(site, region, procedure)],
      [t.reviewBy, dateInWords(procedure.reviewBy, t)],
      [t.population, joined(procedure.population.map((p) => linkTo(site, path, region.folder, page.population(region.folder, p), t.populationName[p])), ', ')],
      [t.stages, stages],
      [t.pathways, pathways.join(', ')],
      [t.legalBasis, legalLinks(site, path, region.folder, procedure.legalBasis)],
    ]),
    h('section', { 'aria-labelledby': 'steps-heading' }, [
      h('h2#steps-heading', t.steps),
      h('ol.steps', procedure.steps.map((step, i) => stepItem(site, path, region, procedure, step, i))),
    ]),
    h('section', { 'aria-labelledby': 'map-heading' }, [
      h('h2#map-heading', t.referralMap),
      diagramFigure(svg, `map-${procedure.id}`, procedure.title, t.procedureMapDescription(procedure.title), t),
    ]),
    h('section.procedure-text', { 'aria-labelledby': 'text-heading' }, [h('h2#text-heading', t.text), ...(renderBody(procedure, path, site.built).children as ElementContent[])]),
  ];
  return renderPage(site, {
    path,
    title: procedure.title,
    region,
    crumbs: [{ label: region.name, path: page.regionHome(region.folder) }],
    main,
  });
}

function stepItem(site: Site, path: string, region: Region, procedure: Procedure, step: Step, index: number): ElementContent {
  const { t, corpus } = site;
  const action = corpus.catalogue.actions.get(step.actionKind)?.name[t.lang] ?? step.actionKind;
  const next = step.referrals.map((referral) => {
    const { label, details } = referralWords(site, region, procedure, referral);
    return h('li', [linkTo(site, path, referral.to.region, page.procedure(referral.to.region, referral.to.procedure), label, anchor.step(referral.to.step)), h('span.referral-details', ` — ${details}`)]);
  });
  return h('li.step', { id: anchor.step(step.id) }, [
    h('h3', [
      h('span.step-number', `${index + 1}.`),
      ' ',
      roleLink(site, path, region.folder, step.actor),
      step.restricted ? h('span.internal-use', ` [${t.internalUse}]`) : null,
      step.localActor ? h('span.local-actor', ` (${region.actors.get(step.localActor)?.name ?? step.localActor})`) : null,
      h('span.step-kind', ` — ${action}`),
    ]),
    h('p.step-action', step.action),
    definitionList('step-facts', [
      [t.timeLimit, step.timeLimit ? timeLimitInWords(step.timeLimit, t) : undefined],
      [t.legalBasis, legalLinks(site, path, region.folder, step.legalBasis)],
      [t.nextSteps, next.length > 0 ? [h('ul.referrals', next)] : step.terminal ? t.terminal : undefined],
    ]),
  ]);
}

import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { parseProcedureRef, parseStepRef } from '../../model/build.js';
import type { LinkKind, Procedure, Region, Step } from '../../model/types.js';
import { renderBody } from '../body.js';
import { approvalText, contactDetails, contactsOf, definitionList, joined, legalLabel, legalLinks, linkTo, referralWords, roleLink, telUrl } from '../components.js';
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
  const phones = region.contacts.flatMap((contact) => (contact.phone && telUrl(contact.phone) ? [contact.phone] : []));
  const main: ElementContent[] = [
    h('h1', [procedure.title, procedure.restricted ? h('span.internal-use', ` — ${t.internalUse}`) : null]),
    // On a phone the steps come first: one summary line, the rest of the metadata folded away.
    h('p.procedure-summary', [
      h('span', { class: `status status-${procedure.status}` }, t.statusName[procedure.status]),
      ` ${t.version} ${procedure.version} · ${t.population}: ${procedure.population.map((p) => t.populationName[p]).join(', ')} · ${t.stepCount(procedure.steps.length)}`,
    ]),
    h('details.procedure-details', [
      h('summary', t.procedureDetails),
      definitionList('metadata', [
        [t.approval, approvalText(site, region, procedure)],
        [t.reviewBy, dateInWords(procedure.reviewBy, t)],
        [t.population, joined(procedure.population.map((p) => linkTo(site, path, region.folder, page.population(region.folder, p), t.populationName[p])), ', ')],
        [t.stages, stages],
        [t.pathways, pathways.join(', ')],
        [t.legalBasis, legalLinks(site, path, region.folder, procedure.legalBasis)],
      ]),
    ]),
    h('section', { 'aria-labelledby': 'steps-heading' }, [
      h('h2#steps-heading', t.steps),
      h('ol.steps', procedure.steps.map((step, i) => stepItem(site, path, region, procedure, step, i))),
    ]),
    h('section', { 'aria-labelledby': 'map-heading' }, [
      h('h2#map-heading', t.referralMap),
      diagramFigure(svg, `map-${procedure.id}`, procedure.title, t.procedureMapDescription(procedure.title), t),
    ]),
    h('section.procedure-text', { 'aria-labelledby': 'text-heading' }, [h('h2#text-heading', t.text), ...(renderBody(procedure, path, site.built, { phones, nameOf: (kind, target) => linkedName(site, procedure, kind, target) }).children as ElementContent[])]),
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
  // The body named, or else the Region's bodies filling the role: whom the reader can call.
  const bodies = step.localActor ? [step.localActor] : [...region.actors.values()].filter((actor) => actor.role === step.actor).map((actor) => actor.id);
  const contacts = contactsOf(region, bodies);
  return h('li.step', { id: anchor.step(step.id) }, [
    h('h3', [h('span.step-number', `${index + 1}.`), ' ', step.title, step.restricted ? h('span.internal-use', ` [${t.internalUse}]`) : null]),
    h('p.step-who', [
      roleLink(site, path, region.folder, step.actor),
      step.localActor ? h('span.local-actor', ` (${region.actors.get(step.localActor)?.name ?? step.localActor})`) : null,
      h('span.step-kind', ` — ${action}`),
    ]),
    h('p.step-action', step.action),
    definitionList('step-facts', [
      [t.timeLimit, step.timeLimit ? timeLimitInWords(step.timeLimit, t) : undefined],
      [t.legalBasis, legalLinks(site, path, region.folder, step.legalBasis)],
      [t.contacts, contacts.length > 0 ? [h('ul.contacts', contacts.map((contact) => h('li', contactDetails(site, contact))))] : undefined],
      [t.nextSteps, next.length > 0 ? [h('ul.referrals', next)] : step.terminal ? t.terminal : undefined],
    ]),
  ]);
}

/** The name of what a typed link of the procedure's prose points to. */
function linkedName(site: Site, procedure: Procedure, kind: LinkKind, target: string): string | undefined {
  const { corpus, t } = site;
  switch (kind) {
    case 'role':
      return corpus.catalogue.roles.get(target)?.name[t.lang];
    case 'legal':
      return corpus.catalogue.legalReferences.has(target) ? legalLabel(site, target) : undefined;
    case 'procedure': {
      const ref = parseProcedureRef(target, procedure.folder);
      return corpus.regions.get(ref.region)?.procedures.get(ref.procedure)?.title;
    }
    default: {
      const ref = parseStepRef(target, procedure.folder, procedure.id);
      const other = corpus.regions.get(ref.region)?.procedures.get(ref.procedure);
      const step = other?.steps.find((s) => s.id === ref.step);
      if (!other || !step) return undefined;
      return other === procedure ? step.title : `${other.title} — ${step.title}`;
    }
  }
}

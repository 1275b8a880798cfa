import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Population, Region } from '../../model/types.js';
import { contactDetails, definitionList, linkTo, roleLink } from '../components.js';
import { regionDiagrams } from '../graph/diagrams.js';
import { stageFigures } from '../graph/figure.js';
import { renderPage } from '../layout.js';
import type { Page, Site } from '../site.js';
import { anchor, href, page } from '../urls.js';
import { hasGuide } from './guide.js';
import { protocolsSection } from './protocols.js';
import { regionRoles } from './role.js';

export async function regionHomePage(site: Site, region: Region): Promise<Page> {
  const { t, corpus } = site;
  const path = page.regionHome(region.folder);
  const procedures = [...region.procedures.values()];
  const maps = await stageFigures(site, regionDiagrams(site, region), `map-${region.folder}`, 3);
  // The edition filter has already removed restricted contacts from the public edition.
  const contacts = region.contacts;
  const procedureLink = (id: string, title: string) => linkTo(site, path, region.folder, page.procedure(region.folder, id), title);
  const main: ElementContent[] = [
    h('h1', region.name),
    site.pdfs.has(page.regionPdf(region.folder))
      ? h('p.download', [h('a', { href: href(path, page.regionPdf(region.folder)), type: 'application/pdf', download: '' }, t.pdf.download)])
      : null,
    hasGuide(region)
      ? h('p.guide-link', [h('a', { href: href(path, page.guide(region.folder)) }, t.guide.open), h('span.guide-link-help', ` ${t.guide.openHelp}`)])
      : null,
    definitionList('metadata', [
      [t.project, region.project.name],
      [t.leadBody, region.actors.get(region.project.lead)?.name ?? region.project.lead],
    ]),
    contacts.length > 0
      ? h('section', { 'aria-labelledby': 'contacts-heading' }, [
          h('h2#contacts-heading', t.contacts),
          h('ul.contacts', contacts.map((contact) => h('li', contactDetails(site, contact)))),
        ])
      : null,
    region.network ? h('section', { 'aria-labelledby': 'network-heading' }, [h('h2#network-heading', t.network), h('p', region.network)]) : null,
    region.workingGroup.length > 0
      ? h('section', { 'aria-labelledby': 'group-heading' }, [
          h('h2#group-heading', t.workingGroup),
          h('ul.columns', region.workingGroup.map((id) => h('li', region.actors.get(id)?.name ?? id))),
        ])
      : null,
    protocolsSection(site, region, path),
    h('section', { 'aria-labelledby': 'stages-heading' }, [
      h('h2#stages-heading', t.proceduresByStage),
      ...[...corpus.catalogue.stages.values()].flatMap((stage) => {
        const inStage = procedures.filter((p) => p.stages.includes(stage.id));
        return inStage.length === 0 ? [] : [h('h3', { id: anchor.stage(stage.id) }, stage.name[t.lang]), h('ul', inStage.map((p) => h('li', [procedureLink(p.id, p.title)])))];
      }),
    ]),
    procedures.some((p) => p.pathways.length > 0)
      ? h('section', { 'aria-labelledby': 'pathways-heading' }, [
          h('h2#pathways-heading', t.proceduresByPathway),
          ...[...corpus.catalogue.pathways.values()].flatMap((pathway) => {
            const inPathway = procedures.filter((p) => p.pathways.includes(pathway.id));
            return inPathway.length === 0 ? [] : [h('h3', { id: anchor.pathway(pathway.id) }, pathway.name[t.lang]), h('ul', inPathway.map((p) => h('li', [procedureLink(p.id, p.title)])))];
          }),
        ])
      : null,
    h('section', { 'aria-labelledby': 'populations-heading' }, [
      h('h2#populations-heading', t.populations),
      h('ul', populations(region).map((population) => h('li', [linkTo(site, path, region.folder, page.population(region.folder, population), t.proceduresFor(t.populationName[population]))]))),
    ]),
    h('section', { 'aria-labelledby': 'roles-heading' }, [
      h('h2#roles-heading', t.rolesDirectory),
      h('ul.role-directory', regionRoles(site, region).map((role) => {
        const actors = [...region.actors.values()].filter((actor) => actor.role === role).map((actor) => actor.name);
        return h('li', [roleLink(site, path, region.folder, role), actors.length > 0 ? h('span.actors', ` — ${actors.join('; ')}`) : null]);
      })),
      h('p', [linkTo(site, path, region.folder, page.legal(region.folder), t.legalReferences)]),
    ]),
    h('section', { 'aria-labelledby': 'map-heading' }, [
      h('h2#map-heading', t.referralMap),
      h('p', t.referralMapDescription(region.name)),
      h('p', t.diagrams.stageColumns),
      ...maps,
    ]),
  ].filter((node): node is ElementContent => node !== null);
  return renderPage(site, { path, title: region.name, region, crumbs: [{ label: t.allRegions, path: page.landing() }], main });
}

export function populations(region: Region): Population[] {
  const found = new Set([...region.procedures.values()].flatMap((p) => p.population));
  return (['adults', 'minors', 'families'] as const).filter((p) => found.has(p));
}

export function populationPage(site: Site, region: Region, population: Population): Page {
  const { t } = site;
  const path = page.population(region.folder, population);
  const title = t.proceduresFor(t.populationName[population]);
  const procedures = [...region.procedures.values()].filter((p) => p.population.includes(population));
  return renderPage(site, {
    path,
    title,
    region,
    crumbs: [{ label: region.name, path: page.regionHome(region.folder) }],
    main: [h('h1', title), h('ul', procedures.map((p) => h('li', [linkTo(site, path, region.folder, page.procedure(region.folder, p.id), p.title)])))],
  });
}

import { h } from 'hastscript';
import type { Edge, ReferralGraph } from '../../model/graph.js';
import type { Region } from '../../model/types.js';
import { definitionList, legalLinks, linkTo, roleLink } from '../components.js';
import { renderPage } from '../layout.js';
import type { Page, Site } from '../site.js';
import { anchor, href, page } from '../urls.js';

/** A role as it acts in one Region, with a backlink to every step and referral involving it. */
export function rolePage(site: Site, region: Region, roleId: string): Page {
  const { t, corpus, graph } = site;
  const role = corpus.catalogue.roles.get(roleId)!;
  const path = page.role(region.folder, roleId);
  const actors = [...region.actors.values()].filter((actor) => actor.role === roleId);
  const steps = [...region.procedures.values()].flatMap((procedure) =>
    procedure.steps.map((step, i) => ({ procedure, step, i })).filter(({ step }) => step.actor === roleId),
  );
  const { incoming, outgoing } = roleEdges(graph).get(`${region.folder}/${roleId}`) ?? { incoming: [], outgoing: [] };
  const stepLink = (node: Edge['from']) =>
    linkTo(site, path, node.region.folder, page.procedure(node.region.folder, node.procedure.id), `${node.procedure.title} — ${t.step} ${node.procedure.steps.indexOf(node.step) + 1}${node.region === region ? '' : ` ${t.inRegion(node.region.name)}`}`, anchor.step(node.step.id));
  const edgeItem = (edge: Edge, other: 'from' | 'to') =>
    h('li', [
      roleLink(site, path, edge[other].region.folder, edge[other].step.actor),
      ': ',
      stepLink(edge.from),
      ` → `,
      stepLink(edge.to),
    ]);
  const main = [
    h('h1', role.name[t.lang]),
    site.national ? h('p', [h('a', { href: href(path, page.nationalRole(roleId)) }, t.national.roleInNational)]) : null,
    h('section', { 'aria-labelledby': 'mandate-heading' }, [
      h('h2#mandate-heading', t.mandate),
      h('p', role.mandate.text[t.lang]),
      h('ul.tags', role.mandate.actions.map((action) => h('li', corpus.catalogue.actions.get(action)?.name[t.lang] ?? action))),
      definitionList('metadata', [[t.legalBasis, legalLinks(site, path, region.folder, role.legalBasis)]]),
    ]),
    h('section', { 'aria-labelledby': 'actors-heading' }, [
      h('h2#actors-heading', t.localActors),
      actors.length > 0 ? h('ul', actors.map((actor) => h('li', actor.area ? `${actor.name} (${actor.area})` : actor.name))) : h('p', t.none),
    ]),
    h('section', { 'aria-labelledby': 'steps-heading' }, [
      h('h2#steps-heading', t.stepsPerformed),
      steps.length > 0
        ? h('ul.backlinks', steps.map(({ procedure, step, i }) => h('li', [linkTo(site, path, region.folder, page.procedure(region.folder, procedure.id), `${procedure.title} — ${t.step} ${i + 1}`, anchor.step(step.id)), `: ${step.action}`])))
        : h('p', t.none),
    ]),
    h('section', { 'aria-labelledby': 'in-heading' }, [
      h('h2#in-heading', t.referralsIn),
      incoming.length > 0 ? h('ul.backlinks', incoming.map((edge) => edgeItem(edge, 'from'))) : h('p', t.none),
    ]),
    h('section', { 'aria-labelledby': 'out-heading' }, [
      h('h2#out-heading', t.referralsOut),
      outgoing.length > 0 ? h('ul.backlinks', outgoing.map((edge) => edgeItem(edge, 'to'))) : h('p', t.none),
    ]),
  ].filter((node) => node !== null);
  return renderPage(site, { path, title: role.name[t.lang], region, crumbs: [{ label: region.name, path: page.regionHome(region.folder) }], main });
}

type RoleEdges = Map<string, { incoming: Edge[]; outgoing: Edge[] }>;
const roleEdgeIndex = new WeakMap<ReferralGraph, RoleEdges>();

/**
 * Referrals between different roles, by `region/role` at either end: built once per graph, as
 * every role page of every Region needs its share.
 */
function roleEdges(graph: ReferralGraph): RoleEdges {
  let index = roleEdgeIndex.get(graph);
  if (index) return index;
  index = new Map();
  const entry = (node: Edge['from']) => {
    const key = `${node.region.folder}/${node.step.actor}`;
    let found = index!.get(key);
    if (!found) index!.set(key, (found = { incoming: [], outgoing: [] }));
    return found;
  };
  for (const edges of graph.outgoing.values()) {
    for (const edge of edges) {
      if (edge.from.step.actor === edge.to.step.actor) continue;
      entry(edge.from).outgoing.push(edge);
      entry(edge.to).incoming.push(edge);
    }
  }
  roleEdgeIndex.set(graph, index);
  return index;
}

/** The roles with a page in a Region: those its actors fill and those its steps use. */
export function regionRoles(site: Site, region: Region): string[] {
  const roles = new Set([...region.actors.values()].map((actor) => actor.role));
  for (const procedure of region.procedures.values()) for (const step of procedure.steps) roles.add(step.actor);
  return [...roles].filter((role) => site.corpus.catalogue.roles.has(role)).sort();
}

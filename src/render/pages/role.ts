import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { stepKey, type Edge, type ReferralGraph, type StepNode } from '../../model/graph.js';
import type { Corpus, Procedure, Region } from '../../model/types.js';
import { timeLimitInWords } from '../../i18n/format.js';
import { consentInWords, contactDetails, contactsOf, definitionList, legalLinks, linkTo, roleLink, stepName } from '../components.js';
import { renderPage } from '../layout.js';
import type { Page, Site } from '../site.js';
import { anchor, href, page } from '../urls.js';

/** A role as it acts in one Region, with a backlink to every step and referral involving it. */
export function rolePage(site: Site, region: Region, roleId: string): Page {
  const { t, corpus, graph } = site;
  const role = corpus.catalogue.roles.get(roleId)!;
  const path = page.role(region.folder, roleId);
  const actors = [...region.actors.values()].filter((actor) => actor.role === roleId);
  const contacts = contactsOf(region, actors.map((actor) => actor.id));
  const { incoming, outgoing } = roleEdges(graph).get(`${region.folder}/${roleId}`) ?? { incoming: [], outgoing: [] };
  const procedureLink = (node: StepNode) =>
    linkTo(site, path, node.region.folder, page.procedure(node.region.folder, node.procedure.id), `${node.procedure.title}${node.region === region ? '' : ` ${t.inRegion(node.region.name)}`}`);
  const stepLink = (node: StepNode) => linkTo(site, path, node.region.folder, page.procedure(node.region.folder, node.procedure.id), stepName(site, node.procedure, node.step.id), anchor.step(node.step.id));
  // The other end of a referral: its role, and its procedure when it is not the group's.
  const otherEnd = (node: StepNode, group: StepNode): ElementContent[] => [
    roleLink(site, path, node.region.folder, node.step.actor),
    { type: 'text', value: ', ' },
    ...(node.procedure === group.procedure ? [] : [procedureLink(node), { type: 'text' as const, value: ' — ' }]),
    stepLink(node),
  ];
  const referralItem = (edge: Edge, side: 'from' | 'to') => {
    const group = edge[side];
    const route = side === 'from'
      ? [h('dt', t.sender), h('dd', [stepLink(edge.from)]), h('dt', t.receiver), h('dd', otherEnd(edge.to, group))]
      : [h('dt', t.sender), h('dd', otherEnd(edge.from, group)), h('dt', t.receiver), h('dd', [stepLink(edge.to)])];
    return h('li', [
      h('dl.referral-terms', [
        ...route,
        h('dt', t.conditionLabel), h('dd', edge.referral.condition ?? t.noCondition),
        h('dt', t.timeLimit), h('dd', edge.referral.timeLimit ? timeLimitInWords(edge.referral.timeLimit, t) : t.national.noTimeLimit),
        h('dt', t.consent), h('dd', consentInWords(site, edge.referral)),
      ]),
    ]);
  };
  /** Referrals grouped by the procedure in which this role acts: its title once, not on every line. */
  const referralGroups = (edges: Edge[], side: 'from' | 'to', heading: string, id: string) =>
    h('section', { 'aria-labelledby': id }, [
      h(`h2#${id}`, `${heading} (${edges.length})`),
      ...(edges.length === 0
        ? [h('p', t.none)]
        : byProcedure(edges, (edge) => edge[side]).flatMap(([node, group]) => [h('h3', [procedureLink(node)]), h('ul.role-referrals', group.map((edge) => referralItem(edge, side)))])),
    ]);
  const steps = roleSteps(site, region, roleId);
  const main = [
    h('h1', role.name[t.lang]),
    site.national ? h('p', [h('a', { href: href(path, page.nationalRole(roleId)) }, t.national.roleInNational)]) : null,
    h('nav.page-contents', { 'aria-label': t.onThisPage }, [
      h('ul', [
        h('li', [h('a', { href: '#steps-heading' }, `${t.stepsPerformed} (${steps.length})`)]),
        h('li', [h('a', { href: '#in-heading' }, `${t.referralsIn} (${incoming.length})`)]),
        h('li', [h('a', { href: '#out-heading' }, `${t.referralsOut} (${outgoing.length})`)]),
      ]),
    ]),
    h('section', { 'aria-labelledby': 'mandate-heading' }, [
      h('h2#mandate-heading', t.mandate),
      h('p', role.mandate.text[t.lang]),
      h('ul.tags', role.mandate.actions.map((action) => h('li', corpus.catalogue.actions.get(action)?.name[t.lang] ?? action))),
      definitionList('metadata', [[t.legalBasis, legalLinks(site, path, region.folder, role.legalBasis)]]),
    ]),
    h('section', { 'aria-labelledby': 'actors-heading' }, [
      h('h2#actors-heading', t.localActors),
      actors.length > 0 ? h('ul', actors.map((actor) => h('li', actor.area ? `${actor.name} (${actor.area})` : actor.name))) : h('p', t.none),
      contacts.length > 0 ? h('ul.contacts', contacts.map((contact) => h('li', contactDetails(site, contact)))) : null,
    ]),
    h('section', { 'aria-labelledby': 'steps-heading' }, [
      h('h2#steps-heading', `${t.stepsPerformed} (${steps.length})`),
      ...(steps.length === 0
        ? [h('p', t.none)]
        : byProcedure(steps, (node) => node).flatMap(([node, group]) => [
            h('h3', [procedureLink(node)]),
            h('ul.backlinks', group.map((step) => h('li', [stepLink(step), `: ${step.step.action}`]))),
          ])),
    ]),
    referralGroups(incoming, 'to', t.referralsIn, 'in-heading'),
    referralGroups(outgoing, 'from', t.referralsOut, 'out-heading'),
  ].filter((node) => node !== null);
  return renderPage(site, { path, title: role.name[t.lang], region, crumbs: [{ label: region.name, path: page.regionHome(region.folder) }], main });
}

/** Items grouped by the procedure of the step `at` gives, in order of first appearance. */
function byProcedure<T>(items: T[], at: (item: T) => StepNode): Array<[StepNode, T[]]> {
  const groups = new Map<Procedure, [StepNode, T[]]>();
  for (const item of items) {
    const node = at(item);
    const group = groups.get(node.procedure);
    if (group) group[1].push(item);
    else groups.set(node.procedure, [node, [item]]);
  }
  return [...groups.values()];
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

interface RegionRoleIndex {
  /** The roles with a page in the Region: those its actors fill and those its steps use. */
  roles: string[];
  /** Each role's steps, in the order of the Region's procedures. */
  steps: ReadonlyMap<string, StepNode[]>;
}
const roleIndexes = new WeakMap<Corpus, Map<string, RegionRoleIndex>>();

/**
 * A Region's roles and their steps, read from its procedures once per corpus: every role page,
 * the national role pages and the handbook's links ask for them (per role, per link).
 */
function regionRoleIndex(site: Site, region: Region): RegionRoleIndex {
  const { corpus } = site;
  let byRegion = roleIndexes.get(corpus);
  if (!byRegion) roleIndexes.set(corpus, (byRegion = new Map()));
  let index = byRegion.get(region.folder);
  if (index) return index;
  const roles = new Set([...region.actors.values()].map((actor) => actor.role));
  const steps = new Map<string, StepNode[]>();
  for (const procedure of region.procedures.values()) {
    for (const step of procedure.steps) {
      roles.add(step.actor);
      // The graph's node when it is this step's (a duplicated step id has one node): one object per step.
      const known = site.graph.nodes.get(stepKey(region.folder, procedure.id, step.id));
      const node: StepNode = known?.step === step ? known : { region, procedure, step };
      const list = steps.get(step.actor);
      if (list) list.push(node);
      else steps.set(step.actor, [node]);
    }
  }
  index = { roles: [...roles].filter((role) => corpus.catalogue.roles.has(role)).sort(), steps };
  byRegion.set(region.folder, index);
  return index;
}

/** The roles with a page in a Region: those its actors fill and those its steps use. */
export function regionRoles(site: Site, region: Region): string[] {
  return regionRoleIndex(site, region).roles;
}

/** The steps a role performs in a Region, in the order of its procedures. */
export function roleSteps(site: Site, region: Region, role: string): StepNode[] {
  return regionRoleIndex(site, region).steps.get(role) ?? [];
}

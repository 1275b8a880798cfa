import { h } from 'hastscript';
import type { Role } from '../../model/types.js';
import { definitionList, legalLinksNational, linkTo } from '../components.js';
import { renderPage } from '../layout.js';
import type { Page, Site } from '../site.js';
import { page } from '../urls.js';
import { regionRoles } from '../pages/role.js';
import { nationalCrumbs, nationalScope, stepLink } from './common.js';

/** A national role: its mandate and, side by side, what it does in each Region. */
export function nationalRolePage(site: Site, role: Role): Page {
  const { t, corpus } = site;
  const model = site.national!;
  const path = page.nationalRole(role.id);
  const steps = model.nodes.filter((n) => n.role === role.id).flatMap((n) => n.steps);
  const main = [
    h('h1', role.name[t.lang]),
    h('p', role.mandate.text[t.lang]),
    h('ul.tags', role.mandate.actions.map((action) => h('li', corpus.catalogue.actions.get(action)?.name[t.lang] ?? action))),
    definitionList('metadata', [[t.legalBasis, legalLinksNational(site, role.legalBasis)]]),
    h('div.table-scroll', { role: 'region', 'aria-label': role.name[t.lang], tabIndex: 0 }, [
      h('table', [
        h('thead', [h('tr', [h('th', { scope: 'col' }, t.national.region), h('th', { scope: 'col' }, t.national.actors), h('th', { scope: 'col' }, t.stepsPerformed)])]),
        h('tbody', model.regions.map((region) => {
          const actors = [...(corpus.regions.get(region.id)?.actors.values() ?? [])].filter((a) => a.role === role.id);
          const here = steps.filter((s) => s.region === region.id);
          const regional = corpus.regions.get(region.id);
          const hasPage = regional !== undefined && regionRoles(site, regional).includes(role.id);
          return h('tr', [
            h('th', { scope: 'row' }, [linkTo(site, path, region.id, hasPage ? page.role(region.id, role.id) : page.regionHome(region.id), region.name)]),
            h('td', actors.length > 0 ? actors.map((a) => a.name).join('; ') : t.none),
            h('td', here.length > 0 ? [h('ul', here.map((s) => h('li', [stepLink(site, path, s, false)])))] : t.none),
          ]);
        })),
      ]),
    ]),
  ];
  return renderPage(site, { path, title: role.name[t.lang], scope: nationalScope(site), crumbs: nationalCrumbs(site), main });
}

import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Role, StepLocation } from '../../model/types.js';
import { definitionList, legalLinksNational, linkTo, stepName } from '../components.js';
import { serialised } from '../html.js';
import { renderPage } from '../layout.js';
import type { Page, Site } from '../site.js';
import { anchor, page } from '../urls.js';
import { regionRoles } from '../pages/role.js';
import { roleStepsByRegion } from '../../model/national.js';
import { nationalCrumbs, nationalScope } from './common.js';

/**
 * A national role: its mandate and what it does in each Region, one section per Region (with
 * contents), its steps grouped under their procedure's title rather than repeating it.
 */
export function nationalRolePage(site: Site, role: Role): Page {
  const { t, corpus } = site;
  const model = site.national!();
  const path = page.nationalRole(role.id);
  const steps = roleStepsByRegion(model).get(role.id);
  const regionId = (region: string) => `region-${region}`;
  const sections = model.regions.map((region) => {
    const regional = corpus.regions.get(region.id);
    const actors = [...(regional?.actors.values() ?? [])].filter((a) => a.role === role.id);
    const here = steps?.get(region.id) ?? [];
    const hasPage = regional !== undefined && regionRoles(site, regional).includes(role.id);
    const byProcedure = new Map<string, StepLocation[]>();
    for (const step of here) (byProcedure.get(step.procedure) ?? byProcedure.set(step.procedure, []).get(step.procedure)!).push(step);
    // Steps in the order their procedure lists them.
    const ordered = (procedure: string, located: StepLocation[]) => {
      const order = new Map(regional?.procedures.get(procedure)?.steps.map((s, i) => [s.id, i]));
      return [...located].sort((a, b) => (order.get(a.step) ?? -1) - (order.get(b.step) ?? -1));
    };
    return { region, here, section: serialised(h('section.role-region', { 'aria-labelledby': regionId(region.id) }, [
      h('h2', { id: regionId(region.id) }, [linkTo(site, path, region.id, hasPage ? page.role(region.id, role.id) : page.regionHome(region.id), region.name)]),
      definitionList('metadata', [[t.national.actors, actors.length > 0 ? actors.map((a) => a.name).join('; ') : t.none]]),
      here.length === 0
        ? h('p', `${t.stepsPerformed}: ${t.none.toLowerCase()}`)
        : h('ul.role-procedures', [...byProcedure].map(([id, located]): ElementContent => {
            const procedure = regional?.procedures.get(id);
            return h('li', [
              linkTo(site, path, region.id, page.procedure(region.id, id), procedure?.title ?? id),
              h('ul', ordered(id, located).map((s) => h('li', [linkTo(site, path, region.id, page.procedure(region.id, id), stepName(site, procedure, s.step), anchor.step(s.step))]))),
            ]);
          })),
    ])) };
  });
  const main = [
    h('h1', role.name[t.lang]),
    h('p', role.mandate.text[t.lang]),
    h('ul.tags', role.mandate.actions.map((action) => h('li', corpus.catalogue.actions.get(action)?.name[t.lang] ?? action))),
    definitionList('metadata', [[t.legalBasis, legalLinksNational(site, role.legalBasis)]]),
    h('nav.page-contents', { 'aria-label': t.onThisPage }, [
      h('ul', sections.map(({ region, here }) => h('li', [h('a', { href: `#${regionId(region.id)}` }, `${region.name} (${t.stepCount(here.length)})`)]))),
    ]),
    ...sections.map(({ section }) => section),
  ];
  return renderPage(site, { path, title: role.name[t.lang], scope: nationalScope(site), crumbs: nationalCrumbs(site), main });
}

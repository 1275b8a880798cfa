import { h } from 'hastscript';
import type { Region } from '../../model/types.js';
import { linkTo, stepName } from '../components.js';
import { renderPage } from '../layout.js';
import type { Page, Site } from '../site.js';
import { anchor, page } from '../urls.js';

/** The legal references cited in a Region, each with the procedures and steps that cite it. */
export function legalPage(site: Site, region: Region): Page {
  const { t, corpus } = site;
  const path = page.legal(region.folder);
  const citedBy = new Map<string, Array<{ procedure: string; title: string; step?: string; label: string }>>();
  const cite = (id: string, entry: { procedure: string; title: string; step?: string; label: string }) => citedBy.set(id, [...(citedBy.get(id) ?? []), entry]);
  for (const procedure of region.procedures.values()) {
    for (const id of procedure.legalBasis) cite(id, { procedure: procedure.id, title: procedure.title, label: procedure.title });
    for (const step of procedure.steps) {
      for (const id of step.legalBasis) cite(id, { procedure: procedure.id, title: procedure.title, step: step.id, label: `${procedure.title} — ${stepName(site, procedure, step.id)}` });
    }
  }
  // Every reference a link on this Region's pages can point to: cited ones and the roles' legal bases.
  const shown = [...corpus.catalogue.legalReferences.values()].filter(
    (ref) => citedBy.has(ref.id) || [...corpus.catalogue.roles.values()].some((role) => role.legalBasis.includes(ref.id)),
  );
  const main = [
    h('h1', t.legalReferences),
    h(
      'dl.legal-references',
      shown.flatMap((ref) => [
        h('dt', { id: anchor.legal(ref.id) }, [ref.citation, ref.repealedBy ? h('span.repealed', ` (${t.repealed})`) : null]),
        h('dd', [
          ref.article ? h('p', ref.article) : null,
          ref.url ? h('p', [h('a', { href: ref.url, rel: 'external noopener noreferrer' }, t.officialText)]) : null,
          citedBy.has(ref.id)
            ? h('ul.backlinks', citedBy.get(ref.id)!.map((c) => h('li', [linkTo(site, path, region.folder, page.procedure(region.folder, c.procedure), c.label, c.step ? anchor.step(c.step) : undefined)])))
            : null,
        ]),
      ]),
    ),
  ];
  return renderPage(site, { path, title: t.legalReferences, region, crumbs: [{ label: region.name, path: page.regionHome(region.folder) }], main });
}

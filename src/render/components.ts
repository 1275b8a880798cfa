// Small pieces several pages share.
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Procedure, Region } from '../model/types.js';
import { dateInWords } from './i18n/format.js';
import type { Site } from './site.js';
import { anchor, href, page } from './urls.js';

/** A link to a page of a Region being built; plain text when that Region is not in this build. */
export function linkTo(site: Site, from: string, region: string, target: string, label: string | ElementContent[], fragment?: string): ElementContent {
  const children = typeof label === 'string' ? [{ type: 'text' as const, value: label }] : label;
  return site.built.has(region) ? h('a', { href: href(from, target, fragment) }, children) : h('span', children);
}

export function roleLink(site: Site, from: string, region: string, role: string): ElementContent {
  const name = site.corpus.catalogue.roles.get(role)?.name[site.t.lang] ?? role;
  return linkTo(site, from, region, page.role(region, role), name);
}

/** "D.Lgs. 25 luglio 1998, n. 286 (…), art. 18": the citation and the article number, without its heading. */
export function legalLabel(site: Site, id: string): string {
  const ref = site.corpus.catalogue.legalReferences.get(id);
  return ref ? `${ref.citation}${ref.article ? `, ${ref.article.split(' — ')[0]}` : ''}` : id;
}

export function legalLinks(site: Site, from: string, region: string, ids: string[]): ElementContent[] {
  return joined(ids.map((id) => linkTo(site, from, region, page.legal(region), legalLabel(site, id), anchor.legal(id))));
}

/** Legal bases on national pages: citation text, linked to the official source when known. */
export function legalLinksNational(site: Site, ids: string[]): ElementContent[] {
  return joined(
    ids.map((id) => {
      const url = site.corpus.catalogue.legalReferences.get(id)?.url;
      return url ? h('a', { href: url, rel: 'external noopener noreferrer' }, legalLabel(site, id)) : h('span', legalLabel(site, id));
    }),
  );
}

export function joined(items: ElementContent[], separator = '; '): ElementContent[] {
  return items.flatMap((item, i) => (i === 0 ? [item] : [{ type: 'text' as const, value: separator }, item]));
}

export function actorNames(region: Region, ids: string[]): string {
  return ids.map((id) => region.actors.get(id)?.name ?? id).join(', ');
}

export function approvalText(site: Site, region: Region, procedure: Procedure): string {
  const { t } = site;
  const approval = procedure.approval;
  if (!approval?.date) return t.notApproved;
  return t.approvedOn(dateInWords(approval.date, t), actorNames(region, approval.bodies));
}

/** `<dl>` rows from label → content pairs, skipping empty ones. */
export function definitionList(className: string, rows: Array<[string, ElementContent[] | string | undefined]>): ElementContent {
  return h(
    `dl.${className}`,
    rows
      .filter(([, value]) => value !== undefined && value.length > 0)
      .flatMap(([label, value]) => [h('dt', label), h('dd', typeof value === 'string' ? value : value!)]),
  );
}

export function raw(html: string): ElementContent {
  return { type: 'raw', value: html } as unknown as ElementContent;
}

// Small pieces several pages share.
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { LegalReference, Procedure, Referral, Region } from '../model/types.js';
import { dateInWords, timeLimitInWords } from '../i18n/format.js';
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
export function citation(ref: LegalReference): string {
  return `${ref.citation}${ref.article ? `, ${ref.article.split(' — ')[0]}` : ''}`;
}

export function legalLabel(site: Site, id: string): string {
  const ref = site.corpus.catalogue.legalReferences.get(id);
  return ref ? citation(ref) : id;
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

/**
 * A referral in words, the same in the HTML and the PDF: where it goes ("Passo 2 (colloqui)",
 * or "Title — Passo 3 (Region)" elsewhere) and its condition, time limit and consent.
 */
export function referralWords(site: Site, region: Region, procedure: Procedure, referral: Referral): { label: string; details: string } {
  const { t, corpus } = site;
  const targetRegion = corpus.regions.get(referral.to.region);
  const target = targetRegion?.procedures.get(referral.to.procedure);
  const number = (target?.steps.findIndex((s) => s.id === referral.to.step) ?? -1) + 1;
  const here = referral.to.region === region.folder && referral.to.procedure === procedure.id;
  const elsewhere = referral.to.region === region.folder ? '' : ` ${t.inRegion(targetRegion?.name ?? referral.to.region)}`;
  const label = here ? `${t.step} ${number} (${referral.to.step})` : `${target?.title ?? referral.to.procedure} — ${t.step} ${number}${elsewhere}`;
  const details = [
    referral.condition ? `${t.condition} ${referral.condition}` : undefined,
    referral.timeLimit ? timeLimitInWords(referral.timeLimit, t) : undefined,
    t.consentName[referral.consent] + (referral.consentNote ? `: ${referral.consentNote}` : ''),
  ].filter((d): d is string => d !== undefined);
  return { label, details: details.join('; ') };
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

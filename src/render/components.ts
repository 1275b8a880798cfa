// Small pieces several pages share.
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Contact, LegalReference, Procedure, Referral, Region } from '../model/types.js';
import { titleFromId } from '../model/names.js';
import { conditionMessages } from '../i18n/conditions.js';
import { dateInWords, timeLimitInWords } from '../i18n/format.js';
import { conditionInWords } from './conditions.js';
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

/** "Passo 3: Primo colloquio": a step by its number and name, never by its id. */
export function stepName(site: Site, procedure: Procedure | undefined, stepId: string): string {
  const index = procedure?.steps.findIndex((s) => s.id === stepId) ?? -1;
  return site.t.stepNamed(index + 1, procedure?.steps[index]?.title ?? titleFromId(stepId));
}

/**
 * A referral in words, the same in the HTML and the PDF: where it goes ("Passo 2: Colloqui",
 * or "Title — Passo 3: Name (Region)" elsewhere) and its condition (the prose, then the `when:` in
 * words), time limit and consent.
 */
export function referralWords(site: Site, region: Region, procedure: Procedure, referral: Referral): { label: string; details: string } {
  const { t, corpus } = site;
  const targetRegion = corpus.regions.get(referral.to.region);
  const target = targetRegion?.procedures.get(referral.to.procedure);
  const here = referral.to.region === region.folder && referral.to.procedure === procedure.id;
  const elsewhere = referral.to.region === region.folder ? '' : ` ${t.inRegion(targetRegion?.name ?? referral.to.region)}`;
  const step = stepName(site, target, referral.to.step);
  const label = here ? step : `${target?.title ?? titleFromId(referral.to.procedure)} — ${step}${elsewhere}`;
  const details = [
    referral.condition ? `${t.condition} ${referral.condition}` : undefined,
    referral.when ? conditionMessages[t.lang].appliesIf(conditionInWords(referral.when, corpus.catalogue.facts, t.lang)) : undefined,
    referral.timeLimit ? timeLimitInWords(referral.timeLimit, t) : undefined,
    consentInWords(site, referral),
  ].filter((d): d is string => d !== undefined);
  return { label, details: details.join('; ') };
}

/** "consenso scritto", with the editor's note on it when there is one. */
export function consentInWords(site: Site, referral: Pick<Referral, 'consent' | 'consentNote'>): string {
  return site.t.consentName[referral.consent] + (referral.consentNote ? `: ${referral.consentNote}` : '');
}

/** `tel:` URL of a phone number as written ("800 290 290"); none for a placeholder that is not a number. */
export function telUrl(phone: string): string | undefined {
  return /^\+?[\d][\d\s./()-]{4,}$/.test(phone.trim()) ? `tel:${phone.replace(/[^\d+]/g, '')}` : undefined;
}

/** A public contact: its label, phone (callable), e-mail, web page and hours. */
export function contactDetails(site: Site, contact: Contact): ElementContent[] {
  const { t } = site;
  const tel = contact.phone ? telUrl(contact.phone) : undefined;
  const parts: ElementContent[][] = [
    contact.phone ? [{ type: 'text', value: `${t.phone}: ` }, tel ? h('a', { href: tel }, contact.phone) : { type: 'text', value: contact.phone }] : [],
    contact.email ? [h('a', { href: `mailto:${contact.email}` }, contact.email)] : [],
    contact.url ? [h('a', { href: contact.url, rel: 'external noopener noreferrer' }, contact.url)] : [],
    contact.hours ? [{ type: 'text', value: `${t.hours}: ${contact.hours}` }] : [],
  ];
  return [h('strong', contact.label), ...parts.filter((part) => part.length > 0).flatMap((part) => [{ type: 'text' as const, value: ' — ' }, ...part])];
}

/** The contacts of the given actors (the edition has already dropped restricted ones). */
export function contactsOf(region: Region, actors: ReadonlyArray<string | undefined>): Contact[] {
  return region.contacts.filter((contact) => contact.actor !== undefined && actors.includes(contact.actor));
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

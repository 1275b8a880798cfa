import { text } from '../../diagnostics.js';
import { splitFrontmatter } from '../../load/frontmatter.js';
import type { Rule } from '../context.js';

const HELPLINE = '800 290 290';
const digits = (text: string) => text.replace(/\D/g, '');
/** The helpline named in words, in English, or as a link to its role. */
const NAMED = /(?:numero|linea)\s+verde\s+(?:nazionale\s+)?(?:anti[\s-]?tratta|contro\s+la\s+tratta)|anti[\s-]?trafficking\s+(?:helpline|hotline)|\(role:numero-verde\)/i;
/** Italian toll-free numbers (800, 803), however the digits are grouped. */
const TOLL_FREE = /(?<!\d)80[03](?:[ .\-\u00a0]?\d){6}(?!\d)/g;
const SENTENCE_END = /[.!?;:]\s+(?=\p{Lu})/gu;

/** The toll-free numbers a text gives as the helpline's that are not 800 290 290, with their offsets. */
function wrongNumbers(text: string): Array<{ index: number; number: string }> {
  if (!NAMED.test(text)) return [];
  const numbers = [...text.matchAll(TOLL_FREE)].map((match) => ({ index: match.index, number: match[0] }));
  const wrong = numbers.filter(({ number }) => digits(number) !== digits(HELPLINE));
  // Beside the right number, another toll-free number is the helpline's only in a sentence naming it.
  return wrong.length === numbers.length ? wrong : wrong.filter(({ index }) => NAMED.test(sentenceAt(text, index)));
}

function sentenceAt(text: string, index: number): string {
  const ends = [...text.matchAll(SENTENCE_END)].map((match) => match.index + match[0].length);
  return text.slice(Math.max(0, ...ends.filter((end) => end <= index)), Math.min(text.length, ...ends.filter((end) => end > index)));
}

const message = (number: string) => text('domain.helpline', { number: HELPLINE, phone: number });

export const helplineNumber: Rule = {
  id: 'domain/helpline-number',
  severity: 'error',
  description: "The national anti-trafficking helpline is always 800 290 290 (DPO, Numero Verde Antitratta), wherever it is written: a contact of region.yaml, the Region's network and actors, the roles of the national catalogue, a step's text or a procedure's prose.",
  procedure(context, procedure) {
    for (const step of procedure.steps) {
      for (const [field, written] of [['title', step.title], ['action', step.action], ['justification', step.justification]] as const) {
        for (const { number } of wrongNumbers(written ?? '')) context.report(step.origin, message(number), { field });
      }
      step.referrals.forEach((referral, j) => {
        for (const [field, written] of [['condition', referral.condition], ['consent_note', referral.consentNote]] as const) {
          for (const { number } of wrongNumbers(written ?? '')) context.report(step.origin, message(number), { field: ['referrals', j, field] });
        }
      });
    }
    // The prose is read as written, block by block, so that a number is placed exactly.
    const file = procedure.origin.source.file;
    const source = String(file.value ?? '');
    const body = splitFrontmatter(source)?.bodyOffset ?? 0;
    for (const block of source.slice(body).matchAll(/[^]+?(?=\n[ \t]*\n|$)/g)) {
      for (const { index, number } of wrongNumbers(block[0])) {
        const offset = body + block.index + index;
        const before = source.slice(0, offset);
        const line = before.split('\n').length;
        const column = offset - before.lastIndexOf('\n');
        context.reportAt(file, { start: { line, column }, end: { line, column: column + number.length } }, message(number));
      }
    }
  },
  corpus(context) {
    for (const role of context.definitions.roles) {
      for (const [field, written] of [[['name', 'it'], role.name.it], [['name', 'en'], role.name.en], [['mandate', 'text', 'it'], role.mandate.text.it], [['mandate', 'text', 'en'], role.mandate.text.en]] as const) {
        for (const { number } of wrongNumbers(written)) context.report(role.origin, message(number), { field });
      }
    }
    for (const region of context.corpus.regions.values()) {
      for (const { number } of wrongNumbers(region.network ?? '')) context.report(region.origin, message(number), { field: 'network' });
      for (const actor of region.actors.values()) {
        for (const { number } of wrongNumbers(actor.name)) context.report(actor.origin, message(number), { field: 'name' });
      }
      for (const contact of region.contacts) {
        const role = contact.actor ? region.actors.get(contact.actor)?.role : undefined;
        const isHelpline = role === 'numero-verde' || NAMED.test(contact.label);
        for (const { number } of wrongNumbers(`${contact.label} ${contact.hours ?? ''}`)) context.report(contact.origin, message(number), { field: 'label' });
        if (!isHelpline || !contact.phone || digits(contact.phone) === digits(HELPLINE)) continue;
        context.report(contact.origin, message(contact.phone), { field: 'phone' });
      }
    }
  },
};

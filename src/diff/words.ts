// Values of a diff in words: role, stage and action names from the national catalogue (the new
// version's, or the old one's for what was removed), local actors by name, time limits and dates
// as the handbooks write them.
import type { Consent, Corpus, Population, Status } from '../model/types.js';
import { citation } from '../render/components.js';
import { conditionInWords } from '../render/conditions.js';
import { dateInWords, timeLimitInWords } from '../i18n/format.js';
import { conditionOfText } from './condition.js';
import type { DiffWords } from './messages.js';
import type { DiffField } from './types.js';

/** Where a field was written: `actor` is a national role in a step, a local actor in a contact. */
export type Scope = 'procedure' | 'region';

/** Prose, shown on lines of its own ("prima: …", "ora: …") rather than inline. */
export const LONG_TEXT: ReadonlySet<DiffField> = new Set(['action', 'condition', 'when', 'consent_note', 'network']);

export interface Words {
  t: DiffWords;
  value(field: DiffField, value: string, region: string, scope: Scope): string;
  /** A whole field value, or the word for "not set". */
  field(field: DiffField, value: string | string[] | null, region: string, scope: Scope): string;
  role(id: string): string;
  stage(id: string): string;
  actor(region: string, id: string): string;
}

export function words(before: Corpus, after: Corpus, t: DiffWords): Words {
  const find = <T>(pick: (corpus: Corpus) => T | undefined): T | undefined => pick(after) ?? pick(before);
  const role = (id: string) => find((c) => c.catalogue.roles.get(id))?.name[t.lang] ?? id;
  const stage = (id: string) => find((c) => c.catalogue.stages.get(id))?.name[t.lang] ?? id;
  const actor = (region: string, id: string) => find((c) => c.regions.get(region)?.actors.get(id))?.name ?? id;
  // A fact the new catalogue dropped is still named in the old version's conditions.
  const facts = new Map([...before.catalogue.facts, ...after.catalogue.facts]);
  const legal = (id: string) => {
    const ref = find((c) => c.catalogue.legalReferences.get(id));
    return ref ? citation(ref) : id;
  };

  function value(field: DiffField, text: string, region: string, scope: Scope): string {
    switch (field) {
      case 'stage':
      case 'stages':
        return stage(text);
      case 'pathways':
        return find((c) => c.catalogue.pathways.get(text))?.name[t.lang] ?? text;
      case 'actor':
        return scope === 'procedure' ? role(text) : actor(region, text);
      case 'role':
      case 'roles':
        return role(text);
      case 'local_actor':
      case 'project.lead':
      case 'approval.bodies':
      case 'working_group':
        return actor(region, text);
      case 'action_kind':
        return find((c) => c.catalogue.actions.get(text))?.name[t.lang] ?? text;
      case 'time_limit':
        return timeLimitInWords(text, t);
      case 'legal_basis':
        return legal(text);
      case 'status':
        return t.statusName[text as Status] ?? text;
      case 'population':
        return t.populationName[text as Population] ?? text;
      case 'consent':
        return t.consentName[text as Consent] ?? text;
      case 'audience':
        return t.diff.audience[text as 'public' | 'restricted'] ?? text;
      case 'approval.date':
      case 'review_by':
        return /^\d{4}-\d{2}-\d{2}$/.test(text) ? dateInWords(text, t) : text;
      case 'when':
        return conditionInWords(conditionOfText(text), facts, t.lang);
      case 'entry':
      case 'step_order':
        return `\`${text}\``;
      case 'title':
      case 'name':
      case 'project.name':
      case 'label':
      case 'area':
      case 'hours':
      case 'action':
      case 'condition':
      case 'consent_note':
      case 'network':
        return t.diff.quote(text);
      default:
        return text;
    }
  }

  function field(name: DiffField, current: string | string[] | null, region: string, scope: Scope): string {
    if (current === null) return name === 'time_limit' ? t.diff.noTimeLimit : name === 'when' ? t.noCondition : t.diff.unset;
    if (typeof current === 'string') return value(name, current, region, scope);
    return current.length === 0 ? t.diff.unset : current.map((item) => value(name, item, region, scope)).join(', ');
  }

  return { t, value, field, role, stage, actor };
}

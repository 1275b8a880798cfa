// What the `when:` rules share: the fact tests of a procedure's conditions, and whether a value
// fits its fact. Case files name facts and values too, so their checks use the same words.
import { factTests } from '../model/condition.js';
import type { Condition, Fact, FactValue, Procedure, Referral, Step } from '../model/types.js';
import { closestId } from './suggest.js';

export type FactTest = Extract<Condition, { kind: 'fact' }>;

/** Every referral with a condition, with its step. */
export function conditionalReferrals(procedure: Procedure): Array<{ step: Step; referral: Referral & { when: Condition } }> {
  return procedure.steps.flatMap((step) => step.referrals.filter((referral): referral is Referral & { when: Condition } => referral.when !== undefined).map((referral) => ({ step, referral })));
}

/** A value's mistake against its fact's type, for the catalogue's `wrongValue` message; undefined when it fits. */
export function valueProblem(fact: Fact, value: FactValue): { value: string; expected: 'boolean' | 'date' | string[]; suggestion?: string } | undefined {
  if (fact.type === 'boolean') return typeof value === 'boolean' ? undefined : { value: String(value), expected: 'boolean' };
  if (fact.type === 'date') return typeof value === 'string' && isDate(value) ? undefined : { value: String(value), expected: 'date' };
  const ids = fact.values.map((choice) => choice.id);
  if (typeof value === 'string' && ids.includes(value)) return undefined;
  const suggestion = closestId(String(value), ids);
  return { value: String(value), expected: ids, ...(suggestion ? { suggestion } : {}) };
}

/** A real calendar day written as YYYY-MM-DD. */
function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** The facts a set of conditions reads, when every one of them is known and every value fits. */
export function checkedFacts(conditions: readonly Condition[], facts: ReadonlyMap<string, Fact>): Fact[] | undefined {
  const found: Fact[] = [];
  for (const test of conditions.flatMap(factTests)) {
    const fact = facts.get(test.fact);
    if (!fact || test.values.some((value) => valueProblem(fact, value))) return undefined;
    if (!found.includes(fact)) found.push(fact);
  }
  return found;
}

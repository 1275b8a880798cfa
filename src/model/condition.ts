// The `when:` language of referrals: a small declarative tree (all / any / not, equals, in) over
// the facts of facts.yaml. Nothing is ever evaluated as code: conditions are data walked here.
import type { Condition, Fact, FactValue, YamlPath } from './types.js';

/**
 * The condition a schema-valid `when` mapping says, with the path of every node below `at`.
 * Several keys in one mapping all have to hold; a list of values is "one of".
 */
export function parseCondition(raw: Record<string, unknown>, at: YamlPath): Condition {
  const parts = Object.entries(raw).map(([key, value]): Condition => {
    const path = [...at, key];
    if (key === 'all' || key === 'any') return { kind: key, of: (value as Array<Record<string, unknown>>).map((item, i) => parseCondition(item, [...path, i])), path };
    if (key === 'not') return { kind: 'not', of: parseCondition(value as Record<string, unknown>, path), path };
    const list = Array.isArray(value);
    return { kind: 'fact', fact: key, values: list ? (value as FactValue[]) : [value as FactValue], list, path };
  });
  return parts.length === 1 ? parts[0]! : { kind: 'all', of: parts, path: at };
}

/** Every fact test in the condition, in the order written. */
export function factTests(condition: Condition): Array<Extract<Condition, { kind: 'fact' }>> {
  if (condition.kind === 'fact') return [condition];
  if (condition.kind === 'not') return factTests(condition.of);
  return condition.of.flatMap(factTests);
}

/** The ids of the facts a condition reads. */
export function factsOf(condition: Condition): string[] {
  return [...new Set(factTests(condition).map((test) => test.fact))];
}

/**
 * Kleene's three-valued logic: `undefined` when the facts known do not decide the condition
 * (an unknown fact), so that `sop run` can show each branch instead of guessing.
 */
export function evaluate(condition: Condition, facts: ReadonlyMap<string, FactValue>): boolean | undefined {
  switch (condition.kind) {
    case 'fact': {
      const value = facts.get(condition.fact);
      return value === undefined ? undefined : condition.values.includes(value);
    }
    case 'not': {
      const inner = evaluate(condition.of, facts);
      return inner === undefined ? undefined : !inner;
    }
    case 'all': {
      const results = condition.of.map((part) => evaluate(part, facts));
      if (results.includes(false)) return false;
      return results.includes(undefined) ? undefined : true;
    }
    case 'any': {
      const results = condition.of.map((part) => evaluate(part, facts));
      if (results.includes(true)) return true;
      return results.includes(undefined) ? undefined : false;
    }
  }
}

/** The same text for conditions that say the same thing as written (key order aside). */
export function conditionKey(condition: Condition | undefined): string {
  if (!condition) return '';
  switch (condition.kind) {
    case 'fact': return `${condition.fact}∈[${condition.values.map(String).sort().join(',')}]`;
    case 'not': return `not(${conditionKey(condition.of)})`;
    default: return `${condition.kind}(${condition.of.map(conditionKey).sort().join(';')})`;
  }
}

/** Stands for "a date other than those the conditions name": equality is all they can ask of a date. */
export const OTHER_DATE = '';

/**
 * The values worth trying for a fact: both booleans, every enum value, and for a date each date
 * the conditions name plus one other.
 */
export function valuesToTry(fact: Fact, conditions: readonly Condition[]): FactValue[] {
  if (fact.type === 'boolean') return [true, false];
  if (fact.type === 'enum') return fact.values.map((value) => value.id);
  const named = conditions.flatMap(factTests).filter((test) => test.fact === fact.id).flatMap((test) => test.values);
  return [...new Set([...named.filter((value): value is string => typeof value === 'string'), OTHER_DATE])];
}

/** Beyond this many combinations of facts, exhaustive checks are skipped rather than slow. */
export const MAX_COMBINATIONS = 4096;

/**
 * Every assignment of values to `facts` (in order), or undefined when there would be more than
 * MAX_COMBINATIONS of them.
 */
export function combinations(facts: readonly Fact[], conditions: readonly Condition[]): Array<Map<string, FactValue>> | undefined {
  const domains = facts.map((fact) => valuesToTry(fact, conditions));
  if (domains.reduce((count, values) => count * values.length, 1) > MAX_COMBINATIONS) return undefined;
  let result: Array<Map<string, FactValue>> = [new Map()];
  facts.forEach((fact, i) => {
    result = result.flatMap((partial) => domains[i]!.map((value) => new Map([...partial, [fact.id, value]])));
  });
  return result;
}

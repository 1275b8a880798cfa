// A referral's `when:` in a diff: compared by what it says (key order aside), and carried in the
// JSON output as YAML flow text, as the working group writes it, so tools and the text output can
// read it back and say it in words.
import { parse, stringify } from 'yaml';
import { conditionKey, parseCondition } from '../model/condition.js';
import type { Condition } from '../model/types.js';
import type { FieldChange } from './types.js';

export function whenChange(before: Condition | undefined, after: Condition | undefined): FieldChange[] {
  if (conditionKey(before) === conditionKey(after)) return [];
  return [{ field: 'when', from: before ? conditionText(before) : null, to: after ? conditionText(after) : null }];
}

/** `{ any: [ { minore: true }, { eta-incerta: true } ] }`: one line, whatever the original layout. */
export function conditionText(condition: Condition): string {
  return stringify(written(condition), { collectionStyle: 'flow', lineWidth: 0 }).trimEnd();
}

/** The condition a `conditionText` says. */
export function conditionOfText(text: string): Condition {
  return parseCondition(parse(text) as Record<string, unknown>, []);
}

/** The mapping the editor wrote: several keys of one mapping (an `all` not written as `all:`) stay one mapping. */
function written(condition: Condition): Record<string, unknown> {
  switch (condition.kind) {
    case 'fact':
      return { [condition.fact]: condition.list ? condition.values : condition.values[0] };
    case 'not':
      return { not: written(condition.of) };
    case 'any':
      return { any: condition.of.map(written) };
    case 'all':
      return condition.path.at(-1) === 'all' ? { all: condition.of.map(written) } : Object.assign({}, ...condition.of.map(written));
  }
}

// Small comparison helpers shared by every part of the diff: one field at a time, and lists of
// keyed items paired across the two versions.
import type { FieldChange, FlagField, ScalarField, SequenceField, SetField } from './types.js';

export function scalar(field: ScalarField, before: string | undefined, after: string | undefined): FieldChange[] {
  return (before ?? null) === (after ?? null) ? [] : [{ field, from: before ?? null, to: after ?? null }];
}

export function flag(field: FlagField, before: boolean, after: boolean): FieldChange[] {
  return before === after ? [] : [{ field, from: before, to: after }];
}

/** Lists such as legal bases or populations: reordering them changes nothing a signatory approves. */
export function set(field: SetField, before: string[], after: string[]): FieldChange[] {
  const added = unique(after.filter((item) => !before.includes(item)));
  const removed = unique(before.filter((item) => !after.includes(item)));
  return added.length === 0 && removed.length === 0 ? [] : [{ field, from: before, to: after, added, removed }];
}

export function sequence(field: SequenceField, before: string[], after: string[]): FieldChange[] {
  return before.join('\n') === after.join('\n') ? [] : [{ field, from: before, to: after }];
}

const unique = (items: string[]): string[] => [...new Set(items)];

export interface Pair<T> {
  key: string;
  before?: T;
  after?: T;
}

/**
 * Items of both versions paired by key, in the new version's order, each removed item placed
 * after the item that preceded it in the old version: the reader follows the pathway as it now
 * runs and still sees where a removed step used to be. The first of duplicate keys wins (a
 * corpus with duplicates has errors of its own).
 */
export function pairs<T>(before: T[], after: T[], key: (item: T) => string): Array<Pair<T>> {
  const old = firstByKey(before, key);
  const now = firstByKey(after, key);
  const order = [...now.keys()];
  let anchor = -1;
  for (const k of old.keys()) {
    if (now.has(k)) anchor = order.indexOf(k);
    else order.splice(++anchor, 0, k);
  }
  return order.map((k) => ({ key: k, before: old.get(k), after: now.get(k) }));
}

function firstByKey<T>(items: T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

// The national catalogue in two versions. Every Region reads it, so a changed mandate or a
// repealed law is listed by id and field; the catalogue's own history says the rest.
import type { Catalogue } from '../model/types.js';
import { pairs } from './compare.js';
import type { CatalogueDiff, CatalogueKind } from './types.js';

const KINDS: Array<[CatalogueKind, keyof Catalogue]> = [
  ['roles', 'roles'],
  ['actions', 'actions'],
  ['legal_references', 'legalReferences'],
  ['stages', 'stages'],
  ['pathways', 'pathways'],
];

export function diffCatalogue(before: Catalogue, after: Catalogue): CatalogueDiff[] {
  return KINDS.flatMap(([kind, key]) => {
    const entries = (catalogue: Catalogue) => [...(catalogue[key] as Map<string, object>).values()] as Array<{ id: string }>;
    return pairs(entries(before), entries(after), (entry) => entry.id).flatMap(({ key: id, before: a, after: b }): CatalogueDiff[] => {
      if (!a || !b) return [{ kind, id, change: a ? 'removed' : 'added', fields: [] }];
      const fields = changedFields(a, b);
      return fields.length === 0 ? [] : [{ kind, id, change: 'changed', fields }];
    });
  });
}

/** Top-level fields whose values differ, named as in the YAML (`needs_consent`, `repealed_by`). */
function changedFields(before: object, after: object): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => key !== 'origin' && key !== 'id');
  return keys.filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key])).map((key) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
}

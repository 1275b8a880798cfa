// Which fields take an id, and of what: the references the validator resolves (refs/* rules),
// written as paths with `*` for any item.
import type { YamlPath } from '../model/types.js';

export type IdKind = 'role' | 'stage' | 'pathway' | 'action' | 'legal' | 'actor' | 'step' | 'target' | 'procedure' | 'region';

/** By schema name: `procedure`, `region`, or a catalogue file's name. */
const FIELDS: Record<string, Array<[string, IdKind]>> = {
  procedure: [
    ['region', 'region'],
    ['approval.bodies.*', 'actor'],
    ['stages.*', 'stage'],
    ['pathways.*', 'pathway'],
    ['roles.*', 'role'],
    ['legal_basis.*', 'legal'],
    ['entry.*', 'step'],
    ['steps.*.stage', 'stage'],
    ['steps.*.actor', 'role'],
    ['steps.*.local_actor', 'actor'],
    ['steps.*.action_kind', 'action'],
    ['steps.*.legal_basis.*', 'legal'],
    ['steps.*.referrals.*.to', 'target'],
  ],
  region: [
    ['project.lead', 'actor'],
    ['working_group.*', 'actor'],
    ['actors.*.role', 'role'],
    ['contacts.*.actor', 'actor'],
  ],
  roles: [
    ['roles.*.mandate.actions.*', 'action'],
    ['roles.*.legal_basis.*', 'legal'],
  ],
  'legal-references': [
    ['legal_references.*.repealed_by', 'legal'],
    ['legal_references.*.replaced_by', 'legal'],
  ],
};

/** The kind of id the field at `at` takes; for an array field, of its items. */
export function idKindAt(schema: string, at: YamlPath): IdKind | undefined {
  const written = at.map((step) => (typeof step === 'number' ? '*' : step)).join('.');
  for (const [pattern, kind] of FIELDS[schema] ?? []) {
    if (pattern === written || pattern === `${written}.*`) return kind;
  }
  return undefined;
}

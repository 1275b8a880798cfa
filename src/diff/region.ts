// region.yaml in two versions: the Region's own fields, its actors and its contacts. A changed
// helpline number or a body leaving the working group matters to signatories as much as a step.
import type { Actor, Contact, Region } from '../model/types.js';
import { flag, pairs, scalar, set } from './compare.js';
import type { FieldChange, ItemDiff, RegionDiff } from './types.js';

export function diffRegion(before: Region | undefined, after: Region | undefined): RegionDiff | undefined {
  const region = (after ?? before)!.folder;
  if (!before || !after) return { change: before ? 'removed' : 'added', region, fields: [], actors: [], contacts: [] };
  const fields = [
    ...scalar('name', before.name, after.name),
    ...flag('illustrative', before.illustrative, after.illustrative),
    ...scalar('project.name', before.project.name, after.project.name),
    ...scalar('project.lead', before.project.lead, after.project.lead),
    ...scalar('network', before.network, after.network),
    ...set('working_group', before.workingGroup, after.workingGroup),
  ];
  const actors = items([...before.actors.values()], [...after.actors.values()], actorFields);
  const contacts = items(before.contacts, after.contacts, contactFields);
  return fields.length + actors.length + contacts.length === 0 ? undefined : { change: 'changed', region, fields, actors, contacts };
}

const actorFields = (a: Partial<Actor>, b: Partial<Actor>): FieldChange[] => [
  ...scalar('role', a.role, b.role),
  ...scalar('name', a.name, b.name),
  ...scalar('area', a.area, b.area),
  ...flag('registered', a.registered ?? false, b.registered ?? false),
];

const contactFields = (a: Partial<Contact>, b: Partial<Contact>): FieldChange[] => [
  ...scalar('actor', a.actor, b.actor),
  ...scalar('label', a.label, b.label),
  ...scalar('phone', a.phone, b.phone),
  ...scalar('email', a.email, b.email),
  ...scalar('url', a.url, b.url),
  ...scalar('hours', a.hours, b.hours),
  ...scalar('audience', a.audience, b.audience),
];

/** Added and removed items list every value they have (compared with an empty item). */
function items<T extends { id: string }>(before: T[], after: T[], fields: (a: Partial<T>, b: Partial<T>) => FieldChange[]): ItemDiff[] {
  return pairs(before, after, (item) => item.id).flatMap(({ key, before: a, after: b }): ItemDiff[] => {
    if (!a) return [{ change: 'added', id: key, fields: fields({}, b!) }];
    if (!b) return [{ change: 'removed', id: key, fields: fields(a, {}) }];
    const changed = fields(a, b);
    return changed.length === 0 ? [] : [{ change: 'changed', id: key, fields: changed }];
  });
}

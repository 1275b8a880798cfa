import type { Rule } from '../context.js';
import { expectKnown } from '../known.js';

export const unknownActor: Rule = {
  id: 'refs/unknown-actor',
  severity: 'error',
  description: "The project lead, working group, contacts, approving bodies and steps' local actors name actors of the Region's region.yaml.",
  procedure(context, procedure) {
    const actors = context.corpus.regions.get(procedure.folder)?.actors;
    if (!actors) return;
    procedure.approval?.bodies.forEach((id, i) => expectKnown(context, 'actor', id, actors, procedure.origin, ['approval', 'bodies', i]));
    for (const step of procedure.steps) {
      if (step.localActor) expectKnown(context, 'actor', step.localActor, actors, step.origin, 'local_actor');
    }
  },
  corpus(context) {
    for (const region of context.corpus.regions.values()) {
      const actors = region.actors;
      expectKnown(context, 'actor', region.project.lead, actors, region.origin, ['project', 'lead']);
      region.workingGroup.forEach((id, i) => expectKnown(context, 'actor', id, actors, region.origin, ['working_group', i]));
      for (const contact of region.contacts) {
        if (contact.actor) expectKnown(context, 'actor', contact.actor, actors, contact.origin, 'actor');
      }
    }
  },
};

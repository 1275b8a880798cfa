import { text } from '../../diagnostics.js';
import type { Rule } from '../context.js';

/** The special pathway of stages.yaml for unaccompanied minors. */
const MINORS_PATHWAY = 'minori';

/**
 * An unaccompanied minor is never refouled at the border (D.Lgs. 286/1998 art. 19 c. 1-bis, added
 * by L. 47/2017 art. 3), is expelled only in the exceptional cases of art. 19 c. 2 lett. a and
 * art. 31 c. 4, which no referral pathway organises, and is never held in a pre-removal centre
 * (D.Lgs. 142/2015 art. 19 c. 4). Assisted voluntary return stays open.
 */
export const minorsNoRemoval: Rule = {
  id: 'domain/minors-no-removal',
  severity: 'error',
  description: 'A procedure for minors (population: minors, or the pathway "minori") has no step that removes or detains the person: no refoulement of unaccompanied minors, no expulsion but in the exceptional cases of the law, no pre-removal detention (D.Lgs. 286/1998 art. 19 c. 1-bis and 2, L. 47/2017 art. 3; D.Lgs. 142/2015 art. 19 c. 4).',
  procedure(context, procedure) {
    if (!procedure.population.includes('minors') && !procedure.pathways.includes(MINORS_PATHWAY)) return;
    const { actions } = context.corpus.catalogue;
    for (const step of procedure.steps) {
      const effect = actions.get(step.actionKind)?.effect;
      if (!effect) continue;
      context.report(step.origin, text('domain.minorsRemoval', { step: step.id, effect, action: step.actionKind }), { field: 'action_kind' });
    }
  },
};

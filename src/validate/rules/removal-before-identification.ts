import { text } from '../../diagnostics.js';
import { outgoingOf, type StepNode } from '../../model/graph.js';
import type { ActionKind } from '../../model/types.js';
import { nearest, nodeKey, writtenFrom } from '../../model/walk.js';
import { inModel, type Rule } from '../context.js';

/**
 * CETS 197 art. 10(2) (L. 108/2010): a person the authorities have reasonable grounds to believe
 * is a victim is not removed until identification is completed; art. 13: no expulsion is enforced
 * during the recovery and reflection period; Directive 2011/36/EU art. 8 and 11 (D.Lgs. 24/2014):
 * no punishment, and assistance from the first indications. So a step that removes or detains
 * may follow a step that detects indicators only through a completed formal identification or
 * an explicit, justified exclusion. Assisted voluntary return is the person's choice, not a removal.
 */
export const removalBeforeIdentification: Rule = {
  id: 'domain/removal-before-identification',
  severity: 'error',
  description: 'No referral path leads from a step that detects or reports indicators (identification: screening) to a step that removes or detains the person (effect: removal | detention) without passing a completed formal identification or an exclusion step with a justification (CETS 197 art. 10(2) and 13; Directive 2011/36/EU art. 8 and 11, D.Lgs. 24/2014; D.Lgs. 286/1998 art. 10, 13, 14).',
  reads: 'graph',
  procedure(context, procedure) {
    if (!inModel(context, procedure)) return;
    const { actions } = context.corpus.catalogue;
    const kind = (node: StepNode): ActionKind | undefined => actions.get(node.step.actionKind);
    // An exclusion without its reasons is not the "explicit, justified" one the rule asks for.
    const concluded = (node: StepNode) => kind(node)?.identification === 'formal' || (kind(node)?.identification === 'exclusion' && node.step.justification !== undefined);
    for (const step of procedure.steps) {
      if (actions.get(step.actionKind)?.identification !== 'exclusion' || step.justification) continue;
      context.report(step.origin, text('domain.exclusionUnjustified', { step: step.id }), { field: 'action_kind' });
    }
    const concludes = [...actions.values()].filter((action) => action.identification === 'formal' || action.identification === 'exclusion').map((action) => action.id);
    for (const edge of outgoingOf(context.graph, procedure)) {
      const effect = kind(edge.to)?.effect;
      // Only the first removal or detention on a path is reported: the steps after it follow from it.
      if (!effect || kind(edge.from)?.effect) continue;
      const screening = nearest(
        [edge.from],
        (node) => (concluded(node) || kind(node)?.effect ? [] : (context.graph.incoming.get(nodeKey(node)) ?? []).map((into) => into.from)),
        (node) => kind(node)?.identification === 'screening',
      );
      if (!screening) continue;
      const screened = writtenFrom(screening, procedure.folder, procedure.id);
      context.report(edge.referral.origin, text('domain.removalBeforeIdentification', { to: edge.referral.to.raw, effect, action: edge.to.step.actionKind, screening: screened, concludes }), { field: 'to' });
    }
  },
};

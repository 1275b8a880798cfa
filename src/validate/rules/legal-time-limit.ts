import { text } from '../../diagnostics.js';
import { durationHours } from '../../model/duration.js';
import { outgoingOf } from '../../model/graph.js';
import { inModel, type Rule } from '../context.js';

export const legalTimeLimit: Rule = {
  id: 'domain/legal-time-limit',
  severity: 'error',
  description: "A step's time limit, and the time limit of a referral into it, do not exceed the legal maximum of its action kind (MSNA identification 10 days and first reception 30 days, D.Lgs. 142/2015 art. 19 c.1; age-assessment order 2 days, DPCM 234/2016 art. 3 c.2; validation of detention 48 hours, D.Lgs. 286/1998 art. 14; asylum suspension 3 months, CNDA-UNHCR guidelines).",
  reads: 'graph',
  procedure(context, procedure) {
    const { actions } = context.corpus.catalogue;
    for (const step of procedure.steps) {
      const max = actions.get(step.actionKind)?.maxDuration;
      if (!step.timeLimit || !max || durationHours(step.timeLimit) <= durationHours(max)) continue;
      context.report(step.origin, text('domain.timeLimit', { limit: step.timeLimit, step: step.id, max, action: step.actionKind }), { field: 'time_limit' });
    }
    if (!inModel(context, procedure)) return;
    for (const { referral, to } of outgoingOf(context.graph, procedure)) {
      const action = actions.get(to.step.actionKind);
      if (!referral.timeLimit || !action?.maxDuration || durationHours(referral.timeLimit) <= durationHours(action.maxDuration)) continue;
      const source = action.maxDurationSource ? context.corpus.catalogue.legalReferences.get(action.maxDurationSource) : undefined;
      const cited = source ? `${source.citation}${source.article ? `, ${source.article.split(' — ')[0]}` : ''}` : undefined;
      context.report(referral.origin, text('domain.timeLimitReferral', { limit: referral.timeLimit, to: referral.to.raw, max: action.maxDuration, action: action.id, ...(cited ? { source: cited } : {}) }), { field: 'time_limit' });
    }
  },
};

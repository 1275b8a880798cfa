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
      context.report(step.origin, `Time limit ${step.timeLimit} of step "${step.id}" exceeds the legal maximum ${max} for "${step.actionKind}"`, { field: 'time_limit' });
    }
    if (!inModel(context, procedure)) return;
    for (const { referral, to } of outgoingOf(context.graph, procedure)) {
      const action = actions.get(to.step.actionKind);
      if (!referral.timeLimit || !action?.maxDuration || durationHours(referral.timeLimit) <= durationHours(action.maxDuration)) continue;
      const source = action.maxDurationSource ? context.corpus.catalogue.legalReferences.get(action.maxDurationSource) : undefined;
      const hint = source ? `. Hint: the limit is set by ${source.citation}${source.article ? `, ${source.article.split(' — ')[0]}` : ''}` : '';
      context.report(referral.origin, `Time limit ${referral.timeLimit} of the referral to "${referral.to.raw}" exceeds the legal maximum ${action.maxDuration} for "${action.id}"${hint}`, { field: 'time_limit' });
    }
  },
};

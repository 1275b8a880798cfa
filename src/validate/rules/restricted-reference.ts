import { text } from '../../diagnostics.js';
import { parseProcedureRef, parseStepRef } from '../../model/build.js';
import type { Corpus, StepRef } from '../../model/types.js';
import type { Rule } from '../context.js';

function isRestrictedProcedure(corpus: Corpus, ref: { region: string; procedure: string }): boolean {
  return corpus.regions.get(ref.region)?.procedures.get(ref.procedure)?.restricted === true;
}

/** Whether the step (or its whole procedure) is for internal use only. */
function isRestricted(corpus: Corpus, ref: StepRef): boolean {
  const procedure = corpus.regions.get(ref.region)?.procedures.get(ref.procedure);
  return procedure !== undefined && (procedure.restricted || procedure.steps.some((s) => s.id === ref.step && s.restricted));
}

export const restrictedReference: Rule = {
  id: 'edition/restricted-reference',
  severity: 'error',
  description: 'Public content does not refer or link to restricted content, which the public edition leaves out (the reference would dangle).',
  reads: 'corpus',
  procedure(context, procedure) {
    const { corpus } = context;
    if (procedure.restricted) return;
    for (const step of procedure.steps) {
      if (step.restricted) continue;
      for (const referral of step.referrals) {
        if (isRestricted(corpus, referral.to)) {
          context.report(referral.origin, text('domain.restrictedReferral', { step: step.id, to: referral.to.raw }), { field: 'to' });
        }
      }
    }
    for (const link of procedure.links) {
      if (link.restricted || (link.kind !== 'step' && link.kind !== 'procedure')) continue;
      const restricted = link.kind === 'step'
        ? isRestricted(corpus, parseStepRef(link.target, procedure.folder, procedure.id))
        : isRestrictedProcedure(corpus, parseProcedureRef(link.target, procedure.folder));
      if (restricted) context.reportAt(link.file, link, text('domain.restrictedLink', { target: link.target }));
    }
  },
};

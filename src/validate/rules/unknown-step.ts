import { parseStepRef } from '../../model/build.js';
import type { Corpus, StepRef } from '../../model/types.js';
import type { Rule } from '../context.js';
import { didYouMean } from '../suggest.js';

/** Why `ref` does not resolve, naming the first missing part, or undefined when it does. */
export function whyUnresolved(corpus: Corpus, ref: StepRef): string | undefined {
  // A file that could not be loaded has been reported already; references into it would only add noise.
  if (corpus.unloaded.has(ref.region) || corpus.unloaded.has(`${ref.region}/${ref.procedure}`)) return undefined;
  const region = corpus.regions.get(ref.region);
  if (!region) return `Unknown region "${ref.region}" in "${ref.raw}"${didYouMean(ref.region, corpus.regions.keys())}`;
  const procedure = region.procedures.get(ref.procedure);
  if (!procedure) {
    return `Unknown procedure "${ref.procedure}" in Region "${ref.region}" for "${ref.raw}"${didYouMean(ref.procedure, region.procedures.keys())}`;
  }
  if (procedure.steps.some((step) => step.id === ref.step)) return undefined;
  const where = ref.raw.includes('#') ? ` of procedure "${ref.region}/${ref.procedure}"` : '';
  return `Unknown step "${ref.step}"${where}${didYouMean(ref.step, procedure.steps.map((step) => step.id))}`;
}

export const unknownStep: Rule = {
  id: 'refs/unknown-step',
  severity: 'error',
  description: 'Referral targets, entry steps and `step:` links point to steps that exist, in this procedure, another one or another Region.',
  reads: 'corpus',
  procedure(context, procedure) {
    const { corpus } = context;
    procedure.entry.forEach((id, i) => {
      const problem = whyUnresolved(corpus, parseStepRef(id, procedure.folder, procedure.id));
      if (problem) context.report(procedure.origin, `Entry step: ${problem}`, { field: ['entry', i] });
    });
    for (const step of procedure.steps) {
      for (const referral of step.referrals) {
        const problem = whyUnresolved(corpus, referral.to);
        if (problem) context.report(referral.origin, `Referral to ${problem.charAt(0).toLowerCase()}${problem.slice(1)}`, { field: 'to' });
      }
    }
    for (const link of procedure.links) {
      if (link.kind !== 'step') continue;
      const problem = whyUnresolved(corpus, parseStepRef(link.target, procedure.folder, procedure.id));
      if (problem) context.reportAt(link.file, link, `Broken link: ${problem.charAt(0).toLowerCase()}${problem.slice(1)}`);
    }
  },
};

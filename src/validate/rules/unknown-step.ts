import { text } from '../../diagnostics.js';
import type { Unresolved } from '../../i18n/diagnostics/index.js';
import { parseStepRef } from '../../model/build.js';
import type { Corpus, StepRef } from '../../model/types.js';
import { closestId } from '../../suggest.js';
import type { Rule } from '../context.js';

/** More ids than this are not listed in a hint. */
const LISTED = 12;

/** What to offer instead of `value`: the close id, else the ids to choose from (when few). */
export const alternatives = (value: string, known: Iterable<string>): { suggestion?: string; known?: string[] } => {
  const ids = [...known];
  const suggestion = closestId(value, ids);
  if (suggestion) return { suggestion };
  return ids.length > 0 && ids.length <= LISTED ? { known: ids } : {};
};

/** Why `ref` does not resolve, naming the first missing part, or undefined when it does. */
export function whyUnresolved(corpus: Corpus, ref: StepRef): Unresolved | undefined {
  // A file that could not be loaded has been reported already; references into it would only add noise.
  if (corpus.unloaded.has(ref.region) || corpus.unloaded.has(`${ref.region}/${ref.procedure}`)) return undefined;
  const region = corpus.regions.get(ref.region);
  if (!region) return { missing: 'region', region: ref.region, ...alternatives(ref.region, corpus.regions.keys()) };
  const procedure = region.procedures.get(ref.procedure);
  if (!procedure) return { missing: 'procedure', region: ref.region, procedure: ref.procedure, ...alternatives(ref.procedure, region.procedures.keys()) };
  if (procedure.steps.some((step) => step.id === ref.step)) return undefined;
  const steps = procedure.steps.map((step) => step.id);
  return { missing: 'step', step: ref.step, ...(ref.raw.includes('#') ? { procedure: `${ref.region}/${ref.procedure}` } : {}), ...alternatives(ref.step, steps) };
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
      if (problem) context.report(procedure.origin, text('refs.unresolved', { context: 'entry', raw: id, problem }), { field: ['entry', i] });
    });
    for (const step of procedure.steps) {
      for (const referral of step.referrals) {
        const problem = whyUnresolved(corpus, referral.to);
        if (problem) context.report(referral.origin, text('refs.unresolved', { context: 'referral', raw: referral.to.raw, problem }), { field: 'to' });
      }
    }
    for (const link of procedure.links) {
      if (link.kind !== 'step') continue;
      const problem = whyUnresolved(corpus, parseStepRef(link.target, procedure.folder, procedure.id));
      if (problem) context.reportAt(link.file, link, text('refs.unresolved', { context: 'link', raw: link.target, problem }));
    }
  },
};

import type { Rule } from '../context.js';
import { expectKnown, unknownInLink } from '../known.js';

const WHAT = 'legal';

export const unknownLegalReference: Rule = {
  id: 'refs/unknown-legal-reference',
  severity: 'error',
  description: "Legal bases, `legal:` links, the sources of facts and the source of an action kind's maximum duration (`max_duration_source`) name a reference of the national catalogue.",
  procedure(context, procedure) {
    const refs = context.corpus.catalogue.legalReferences;
    procedure.legalBasis.forEach((id, i) => expectKnown(context, WHAT, id, refs, procedure.origin, ['legal_basis', i]));
    for (const step of procedure.steps) {
      step.legalBasis.forEach((id, i) => expectKnown(context, WHAT, id, refs, step.origin, ['legal_basis', i]));
    }
    for (const link of procedure.links) {
      if (link.kind === 'legal' && !refs.has(link.target)) context.reportAt(link.file, link, unknownInLink('legal', link.target, refs.keys()));
    }
  },
  corpus(context) {
    const refs = context.corpus.catalogue.legalReferences;
    for (const role of context.definitions.roles) {
      role.legalBasis.forEach((id, i) => expectKnown(context, WHAT, id, refs, role.origin, ['legal_basis', i]));
    }
    for (const action of context.definitions.actions) {
      if (action.maxDurationSource) expectKnown(context, WHAT, action.maxDurationSource, refs, action.origin, 'max_duration_source');
    }
    for (const ref of context.definitions.legalReferences) {
      if (ref.repealedBy) expectKnown(context, WHAT, ref.repealedBy, refs, ref.origin, 'repealed_by');
      if (ref.replacedBy) expectKnown(context, WHAT, ref.replacedBy, refs, ref.origin, 'replaced_by');
    }
    for (const fact of context.definitions.facts) {
      fact.source.forEach((id, i) => expectKnown(context, WHAT, id, refs, fact.origin, ['source', i]));
    }
  },
};

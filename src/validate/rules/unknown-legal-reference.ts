import type { Rule } from '../context.js';
import { expectKnown } from '../known.js';

const WHAT = 'legal reference';
const HINT = 'legal references are defined in _national/legal-references.yaml';

export const unknownLegalReference: Rule = {
  id: 'refs/unknown-legal-reference',
  severity: 'error',
  description: 'Legal bases, the sources of facts and `legal:` links name a reference of the national catalogue.',
  procedure(context, procedure) {
    const refs = context.corpus.catalogue.legalReferences;
    procedure.legalBasis.forEach((id, i) => expectKnown(context, WHAT, id, refs, procedure.origin, ['legal_basis', i], HINT));
    for (const step of procedure.steps) {
      step.legalBasis.forEach((id, i) => expectKnown(context, WHAT, id, refs, step.origin, ['legal_basis', i], HINT));
    }
    for (const link of procedure.links) {
      if (link.kind === 'legal' && !refs.has(link.target)) context.reportAt(link.file, link, `Unknown legal reference "${link.target}" in link`);
    }
  },
  corpus(context) {
    const refs = context.corpus.catalogue.legalReferences;
    for (const role of context.definitions.roles) {
      role.legalBasis.forEach((id, i) => expectKnown(context, WHAT, id, refs, role.origin, ['legal_basis', i], HINT));
    }
    for (const ref of context.definitions.legalReferences) {
      if (ref.repealedBy) expectKnown(context, WHAT, ref.repealedBy, refs, ref.origin, 'repealed_by', HINT);
      if (ref.replacedBy) expectKnown(context, WHAT, ref.replacedBy, refs, ref.origin, 'replaced_by', HINT);
    }
    for (const fact of context.definitions.facts) {
      fact.source.forEach((id, i) => expectKnown(context, WHAT, id, refs, fact.origin, ['source', i], HINT));
    }
  },
};

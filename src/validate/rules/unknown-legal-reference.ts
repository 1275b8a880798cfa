import type { Rule } from '../context.js';
import { expectKnown } from '../known.js';

export const unknownLegalReference: Rule = {
  id: 'refs/unknown-legal-reference',
  severity: 'error',
  description: 'Legal bases and `legal:` links name a reference of the national catalogue.',
  check(context) {
    const refs = context.corpus.catalogue.legalReferences;
    const what = 'legal reference';
    const hint = 'legal references are defined in _national/legal-references.yaml';
    for (const role of context.definitions.roles) {
      role.legalBasis.forEach((id, i) => expectKnown(context, what, id, refs, role.origin, ['legal_basis', i], hint));
    }
    for (const ref of context.definitions.legalReferences) {
      if (ref.repealedBy) expectKnown(context, what, ref.repealedBy, refs, ref.origin, 'repealed_by', hint);
      if (ref.replacedBy) expectKnown(context, what, ref.replacedBy, refs, ref.origin, 'replaced_by', hint);
    }
    for (const procedure of context.procedures) {
      procedure.legalBasis.forEach((id, i) => expectKnown(context, what, id, refs, procedure.origin, ['legal_basis', i], hint));
      for (const step of procedure.steps) {
        step.legalBasis.forEach((id, i) => expectKnown(context, what, id, refs, step.origin, ['legal_basis', i], hint));
      }
      for (const link of procedure.links) {
        if (link.kind === 'legal' && !refs.has(link.target)) context.reportAt(link.file, link, `Unknown legal reference "${link.target}" in link`);
      }
    }
  },
};

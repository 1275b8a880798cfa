import { text } from '../../diagnostics.js';
import type { LegalReference, Origin } from '../../model/types.js';
import type { ReportOptions, Rule, RuleContext } from '../context.js';

function warnIfRepealed(context: RuleContext, id: string, origin: Origin, field: ReportOptions['field']): void {
  const ref: LegalReference | undefined = context.corpus.catalogue.legalReferences.get(id);
  if (!ref?.repealedBy) return;
  context.report(origin, text('refs.repealed', { id, citation: ref.citation, by: ref.repealedBy, ...(ref.article ? { article: ref.article } : {}), ...(ref.replacedBy ? { instead: ref.replacedBy } : {}) }), { field });
}

export const repealedLegalReference: Rule = {
  id: 'refs/repealed-legal-reference',
  severity: 'warning',
  description: 'Citing a repealed legal reference, as a legal basis or in a `legal:` link of the prose (e.g. art. 22 c. 12-quater TU, replaced by art. 18-ter by DL 145/2024), is a warning.',
  procedure(context, procedure) {
    procedure.legalBasis.forEach((id, i) => warnIfRepealed(context, id, procedure.origin, ['legal_basis', i]));
    for (const step of procedure.steps) {
      step.legalBasis.forEach((id, i) => warnIfRepealed(context, id, step.origin, ['legal_basis', i]));
    }
    for (const link of procedure.links) {
      const ref = link.kind === 'legal' ? context.corpus.catalogue.legalReferences.get(link.target) : undefined;
      if (!ref?.repealedBy) continue;
      context.reportAt(link.file, link, text('refs.repealedLink', { id: ref.id, citation: ref.citation, by: ref.repealedBy, ...(ref.article ? { article: ref.article } : {}), ...(ref.replacedBy ? { instead: ref.replacedBy } : {}) }));
    }
  },
};

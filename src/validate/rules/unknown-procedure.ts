import { text } from '../../diagnostics.js';
import { parseProcedureRef } from '../../model/build.js';
import type { Rule } from '../context.js';
import { alternatives } from './unknown-step.js';

export const unknownProcedure: Rule = {
  id: 'refs/unknown-procedure',
  severity: 'error',
  description: '`procedure:` links name a procedure of the same Region (`procedure:id`) or of another one (`procedure:region/id`).',
  reads: 'corpus',
  procedure(context, procedure) {
    for (const link of procedure.links) {
      if (link.kind !== 'procedure') continue;
      const { region: regionId, procedure: id } = parseProcedureRef(link.target, procedure.folder);
      if (context.corpus.unloaded.has(regionId) || context.corpus.unloaded.has(`${regionId}/${id}`)) continue;
      const region = context.corpus.regions.get(regionId);
      const maybe = alternatives(region ? id : regionId, region ? region.procedures.keys() : context.corpus.regions.keys());
      if (!region) {
        context.reportAt(link.file, link, text('refs.unresolved', { context: 'link', raw: link.target, problem: { missing: 'region', region: regionId, ...maybe } }));
      } else if (!region.procedures.has(id)) {
        context.reportAt(link.file, link, text('refs.unresolved', { context: 'link', raw: link.target, problem: { missing: 'procedure', region: region.id, procedure: id, ...maybe } }));
      }
    }
  },
};

import { parseProcedureRef } from '../../model/build.js';
import type { Rule } from '../context.js';
import { didYouMean } from '../suggest.js';

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
      if (!region) {
        context.reportAt(link.file, link, `Broken link: unknown region "${regionId}"${didYouMean(regionId, context.corpus.regions.keys())}`);
      } else if (!region.procedures.has(id)) {
        context.reportAt(link.file, link, `Broken link: unknown procedure "${id}" in Region "${region.id}"${didYouMean(id, region.procedures.keys())}`);
      }
    }
  },
};

import { text } from '../../diagnostics.js';
import type { Rule } from '../context.js';

export const regionFolder: Rule = {
  id: 'structure/region-folder',
  severity: 'error',
  description: "A region file's id and every procedure's `region` equal the name of the folder they are in.",
  procedure(context, procedure) {
    if (procedure.region !== procedure.folder) {
      context.report(procedure.origin, text('domain.regionFolder', { declared: procedure.region, folder: procedure.folder }), { field: 'region' });
    }
  },
  corpus(context) {
    for (const region of context.corpus.regions.values()) {
      if (region.id !== region.folder) {
        context.report(region.origin, text('domain.regionId', { id: region.id, folder: region.folder }), { field: 'id' });
      }
    }
  },
};

import type { Rule } from '../context.js';

export const regionFolder: Rule = {
  id: 'structure/region-folder',
  severity: 'error',
  description: "A region file's id and every procedure's `region` equal the name of the folder they are in.",
  procedure(context, procedure) {
    if (procedure.region !== procedure.folder) {
      context.report(procedure.origin, `Procedure declares region "${procedure.region}" but is in folder "${procedure.folder}". Hint: move the file to procedures/${procedure.region}/ or fix "region"`, { field: 'region' });
    }
  },
  corpus(context) {
    for (const region of context.corpus.regions.values()) {
      if (region.id !== region.folder) {
        context.report(region.origin, `Region id "${region.id}" does not match its folder "${region.folder}". Hint: rename the folder or the id`, { field: 'id' });
      }
    }
  },
};

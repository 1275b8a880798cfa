import path from 'node:path';
import type { Rule } from '../context.js';

export const fileName: Rule = {
  id: 'structure/file-name',
  severity: 'warning',
  description: 'A procedure file is named after its id (`<id>.md`), so its pages and links are predictable.',
  procedure(context, procedure) {
    const stem = path.basename(procedure.origin.source.file.path, '.md');
    if (stem !== procedure.id) {
      context.report(procedure.origin, `File name "${stem}.md" does not match procedure id "${procedure.id}". Hint: rename the file to "${procedure.id}.md"`, { field: 'id' });
    }
  },
};

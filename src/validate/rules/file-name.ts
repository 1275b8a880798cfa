import path from 'node:path';
import { text } from '../../diagnostics.js';
import type { Rule } from '../context.js';
import { duplicateProcedures } from './duplicate-id.js';

export const fileName: Rule = {
  id: 'structure/file-name',
  severity: 'warning',
  description: 'A procedure file is named after its id (`<id>.md`), so its pages and links are predictable.',
  // A copy of another procedure is reported as a duplicate id; its name follows from that.
  reads: 'corpus',
  procedure(context, procedure) {
    const stem = path.basename(procedure.origin.source.file.path, '.md');
    if (stem === procedure.id || duplicateProcedures(context).some(({ item }) => item === procedure)) return;
    context.report(procedure.origin, text('domain.fileName', { stem, id: procedure.id }), { field: 'id' });
  },
};

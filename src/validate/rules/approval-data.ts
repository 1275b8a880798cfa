import { text } from '../../diagnostics.js';
import type { Rule } from '../context.js';

export const approvalData: Rule = {
  id: 'domain/approval-data',
  severity: 'error',
  description: 'An approved procedure records when and by whom it was approved.',
  procedure(context, procedure) {
    if (procedure.status !== 'approved') return;
    const missing = (['date', 'bodies'] as const).filter((part) => (part === 'date' ? !procedure.approval?.date : !procedure.approval?.bodies.length));
    if (missing.length === 0) return;
    context.report(procedure.origin, text('domain.approvalData', { missing }), {
      field: procedure.approval ? 'approval' : 'status',
    });
  },
};

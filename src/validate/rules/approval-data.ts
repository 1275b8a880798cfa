import type { Rule } from '../context.js';

export const approvalData: Rule = {
  id: 'domain/approval-data',
  severity: 'error',
  description: 'An approved procedure records when and by whom it was approved.',
  procedure(context, procedure) {
    if (procedure.status !== 'approved') return;
    const missing = [!procedure.approval?.date && 'date', !procedure.approval?.bodies.length && 'bodies'].filter(Boolean);
    if (missing.length === 0) return;
    context.report(procedure.origin, `Procedure is "approved" but its approval has no ${missing.join(' and no ')}. Hint: add "approval:" with "date:" and "bodies:", or set "status: draft"`, {
      field: procedure.approval ? 'approval' : 'status',
    });
  },
};

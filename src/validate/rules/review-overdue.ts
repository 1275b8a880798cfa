import type { Rule } from '../context.js';

export const reviewOverdue: Rule = {
  id: 'domain/review-overdue',
  severity: 'warning',
  description: 'A procedure in force whose review-by date has passed is flagged for review.',
  procedure(context, procedure) {
    if (procedure.status === 'retired' || procedure.reviewBy >= context.today) return;
    context.report(procedure.origin, `Review date ${procedure.reviewBy} has passed: the working group should review this procedure`, { field: 'review_by' });
  },
};

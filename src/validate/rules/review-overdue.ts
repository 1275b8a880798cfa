import type { Rule } from '../context.js';

export const reviewOverdue: Rule = {
  id: 'domain/review-overdue',
  severity: 'warning',
  description: 'A procedure in force whose review-by date has passed is flagged for review.',
  check(context) {
    for (const procedure of context.procedures) {
      if (procedure.status === 'retired' || procedure.reviewBy >= context.today) continue;
      context.report(procedure.origin, `Review date ${procedure.reviewBy} has passed: the working group should review this procedure`, { field: 'review_by' });
    }
  },
};

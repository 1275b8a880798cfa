import { text } from '../../diagnostics.js';
import type { Rule } from '../context.js';

export const reviewOverdue: Rule = {
  id: 'domain/review-overdue',
  severity: 'warning',
  description: 'A procedure in force whose review-by date has passed is flagged for review.',
  // A review date set before the approval is a slip of the date, not a review left undone.
  follows: [{ rule: 'domain/review-before-approval', scope: 'procedure' }],
  procedure(context, procedure) {
    if (procedure.status === 'retired' || procedure.reviewBy >= context.today) return;
    context.report(procedure.origin, text('domain.reviewOverdue', { review: procedure.reviewBy }), { field: 'review_by' });
  },
};

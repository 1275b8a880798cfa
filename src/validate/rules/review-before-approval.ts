import { text } from '../../diagnostics.js';
import type { Rule } from '../context.js';

export const reviewBeforeApproval: Rule = {
  id: 'domain/review-before-approval',
  severity: 'error',
  description: 'The review-by date comes after the approval date.',
  procedure(context, procedure) {
    const approved = procedure.approval?.date;
    if (!approved || procedure.reviewBy > approved) return;
    context.report(procedure.origin, text('domain.reviewBeforeApproval', { review: procedure.reviewBy, approved }), { field: 'review_by' });
  },
};

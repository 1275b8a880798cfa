import { factTests } from '../../model/condition.js';
import { caseDiagnostics } from '../../i18n/cases.js';
import type { Rule } from '../context.js';
import { conditionalReferrals } from '../facts.js';
import { closestId } from '../suggest.js';

export const unknownFact: Rule = {
  id: 'cases/unknown-fact',
  severity: 'error',
  description: 'Facts named by referral conditions (`when:`) exist in _national/facts.yaml.',
  procedure(context, procedure) {
    const { facts } = context.corpus.catalogue;
    for (const { referral } of conditionalReferrals(procedure)) {
      for (const test of factTests(referral.when)) {
        if (facts.has(test.fact)) continue;
        const suggestion = closestId(test.fact, facts.keys());
        context.report(referral.origin, caseDiagnostics.en.unknownFact({ fact: test.fact, noFacts: facts.size === 0, ...(suggestion ? { suggestion } : {}) }), { field: test.path, part: 'key' });
      }
    }
  },
};

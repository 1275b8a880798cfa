import { factTests } from '../../model/condition.js';
import { caseDiagnostics } from '../../i18n/cases.js';
import type { Rule } from '../context.js';
import { conditionalReferrals, valueProblem } from '../facts.js';

export const wrongValue: Rule = {
  id: 'cases/wrong-value',
  severity: 'error',
  description: 'Values in referral conditions fit their fact: true or false, one of an enum fact\'s values, or a date YYYY-MM-DD.',
  procedure(context, procedure) {
    const { facts } = context.corpus.catalogue;
    for (const { referral } of conditionalReferrals(procedure)) {
      for (const test of factTests(referral.when)) {
        const fact = facts.get(test.fact);
        if (!fact) continue;
        test.values.forEach((value, i) => {
          const problem = valueProblem(fact, value);
          if (problem) context.report(referral.origin, caseDiagnostics.en.wrongValue({ fact: fact.id, ...problem }), { field: test.list ? [...test.path, i] : test.path });
        });
      }
    }
  },
};

import { combinations, conditionKey, evaluate } from '../../model/condition.js';
import { caseDiagnostics } from '../../i18n/cases.js';
import type { Condition, Referral } from '../../model/types.js';
import type { Rule } from '../context.js';
import { checkedFacts } from '../facts.js';

type Conditional = Referral & { when: Condition };

export const overlappingBranches: Rule = {
  id: 'cases/overlapping-branches',
  severity: 'warning',
  description: 'Referrals of one step with different conditions cannot both hold for one combination of facts (DMN "unique"); parallel referrals share one condition.',
  procedure(context, procedure) {
    for (const step of procedure.steps) {
      // One referral per distinct condition: referrals with the same condition fire together.
      const branches = new Map<string, Conditional>();
      for (const referral of step.referrals) {
        if (referral.when && !branches.has(conditionKey(referral.when))) branches.set(conditionKey(referral.when), referral as Conditional);
      }
      const list = [...branches.values()];
      list.forEach((later, i) => {
        for (const earlier of list.slice(0, i)) {
          const pair = [earlier.when, later.when];
          const facts = checkedFacts(pair, context.corpus.catalogue.facts);
          const both = facts && combinations(facts, pair)?.find((combination) => pair.every((condition) => evaluate(condition, combination) === true));
          if (!both) continue;
          const combination = [...both].map(([fact, value]) => ({ fact, value }));
          context.report(later.origin, caseDiagnostics.en.overlappingBranches({ to: later.to.raw, other: earlier.to.raw, combination }), { field: 'when', part: 'key' });
          return;
        }
      });
    }
  },
};

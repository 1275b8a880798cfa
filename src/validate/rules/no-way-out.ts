import { combinations, evaluate } from '../../model/condition.js';
import { caseDiagnostics } from '../../i18n/cases.js';
import type { Rule } from '../context.js';
import { checkedFacts } from '../facts.js';

export const noWayOut: Rule = {
  id: 'cases/no-way-out',
  severity: 'error',
  description: 'A non-terminal step whose referrals all have conditions refers the person somewhere for every combination of the facts they read (DMN "complete").',
  procedure(context, procedure) {
    for (const step of procedure.steps) {
      if (step.terminal || step.referrals.length === 0) continue;
      const conditions = step.referrals.map((referral) => referral.when);
      if (conditions.some((condition) => condition === undefined)) continue;
      const known = conditions.filter((condition) => condition !== undefined);
      // Unknown facts and wrong values are reported by their own rules; nothing can be said here.
      const facts = checkedFacts(known, context.corpus.catalogue.facts);
      const stuck = facts && combinations(facts, known)?.find((combination) => known.every((condition) => evaluate(condition, combination) === false));
      if (stuck) {
        const combination = [...stuck].map(([fact, value]) => ({ fact, value }));
        context.report(step.origin, caseDiagnostics.en.noWayOut({ step: step.id, combination }), { field: 'referrals', part: 'key' });
      }
    }
  },
};

import { text } from '../../diagnostics.js';
import type { Rule } from '../context.js';

const JUDICIAL = ['procura-minorenni', 'tribunale-minorenni'];
const GUARDIAN = 'tutore-volontario';

export const minorsSafeguards: Rule = {
  id: 'domain/minors-safeguards',
  severity: 'error',
  description: 'A procedure for minors involves the juvenile prosecutor or juvenile court and a guardian (L. 47/2017).',
  // A mistyped role is not a missing one.
  follows: [{ rule: 'refs/unknown-role', scope: 'procedure' }],
  procedure(context, procedure) {
    if (!procedure.population.includes('minors')) return;
    const actors = new Set(procedure.steps.map((step) => step.actor));
    if (!JUDICIAL.some((role) => actors.has(role))) {
      context.report(procedure.origin, text('domain.minorsJudicial'), { field: 'population' });
    }
    if (!actors.has(GUARDIAN)) {
      context.report(procedure.origin, text('domain.minorsGuardian'), { field: 'population' });
    }
  },
};

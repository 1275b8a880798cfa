import type { Rule } from '../context.js';

const JUDICIAL = ['procura-minorenni', 'tribunale-minorenni'];
const GUARDIAN = 'tutore-volontario';

export const minorsSafeguards: Rule = {
  id: 'domain/minors-safeguards',
  severity: 'error',
  description: 'A procedure for minors involves the juvenile prosecutor or juvenile court and a guardian (L. 47/2017).',
  procedure(context, procedure) {
    if (!procedure.population.includes('minors')) return;
    const actors = new Set(procedure.steps.map((step) => step.actor));
    if (!JUDICIAL.some((role) => actors.has(role))) {
      context.report(procedure.origin, 'A procedure for minors must involve the juvenile prosecutor\'s office or the juvenile court (L. 47/2017). Hint: add a step whose actor is "procura-minorenni" or "tribunale-minorenni"', { field: 'population' });
    }
    if (!actors.has(GUARDIAN)) {
      context.report(procedure.origin, 'A procedure for minors must involve a guardian (L. 47/2017 art. 11). Hint: add a step whose actor is "tutore-volontario"', { field: 'population' });
    }
  },
};

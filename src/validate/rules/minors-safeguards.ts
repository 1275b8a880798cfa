import { text } from '../../diagnostics.js';
import type { Rule } from '../context.js';

const JUDICIAL = ['procura-minorenni', 'tribunale-minorenni'];
const GUARDIAN = 'tutore-volontario';
/** The special pathway of stages.yaml for unaccompanied minors. */
const MINORS_PATHWAY = 'minori';

export const minorsSafeguards: Rule = {
  id: 'domain/minors-safeguards',
  severity: 'error',
  description: 'A procedure for minors (population: minors, or the pathway "minori") involves the juvenile prosecutor or juvenile court and a guardian (L. 47/2017 art. 11; D.Lgs. 142/2015 art. 19-bis; DPCM 234/2016 art. 3).',
  // A mistyped role is not a missing one.
  follows: [{ rule: 'refs/unknown-role', scope: 'procedure' }],
  procedure(context, procedure) {
    // Either place says the procedure is for minors; the report points at the one written.
    const field = procedure.population.includes('minors') ? 'population' : procedure.pathways.includes(MINORS_PATHWAY) ? 'pathways' : undefined;
    if (!field) return;
    const actors = new Set(procedure.steps.map((step) => step.actor));
    if (!JUDICIAL.some((role) => actors.has(role))) {
      context.report(procedure.origin, text('domain.minorsJudicial'), { field });
    }
    if (!actors.has(GUARDIAN)) {
      context.report(procedure.origin, text('domain.minorsGuardian'), { field });
    }
  },
};

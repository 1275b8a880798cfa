// Every id a case file names must exist: facts and their values, roles, stages, action kinds,
// steps and Regions. A case that names something unknown is not run.
import { caseDiagnostics, type CaseIdKind } from '../i18n/cases.js';
import type { Case, Catalogue, Corpus, Lang, StepRef, StepTarget, YamlPath } from '../model/types.js';
import { valueProblem } from '../validate/facts.js';
import { closestId } from '../validate/suggest.js';
import { reportOnCase } from './report.js';

const RULE: Record<CaseIdKind, string> = {
  fact: 'cases/unknown-fact', role: 'refs/unknown-role', stage: 'refs/unknown-stage', action: 'refs/unknown-action',
  step: 'refs/unknown-step', procedure: 'refs/unknown-procedure', region: 'refs/unknown-region',
};

/** Reports what is wrong with the ids of `item` on its file; true when there is nothing. */
export function checkCase(item: Case, corpus: Corpus, lang: Lang): boolean {
  const t = caseDiagnostics[lang];
  let clean = true;
  const expect = (kind: CaseIdKind, id: string, known: Iterable<string>, field: YamlPath, part: 'key' | 'value' = 'value') => {
    const ids = [...known];
    if (ids.includes(id)) return true;
    const suggestion = closestId(id, ids);
    reportOnCase(item.origin, field, RULE[kind], t.unknownId({ kind, id, ...(suggestion ? { suggestion } : {}) }), part);
    clean = false;
    return false;
  };
  const { catalogue } = corpus;
  for (const [id, value] of item.facts) {
    const fact = catalogue.facts.get(id);
    if (!expect('fact', id, catalogue.facts.keys(), ['facts', id], 'key')) continue;
    const problem = valueProblem(fact!, value);
    if (problem) {
      reportOnCase(item.origin, ['facts', id], 'cases/wrong-value', t.wrongValue({ fact: id, ...problem }));
      clean = false;
    }
  }
  const { start } = item;
  if (Boolean(start.step) === Boolean(start.role || start.stage) || (start.stage && !start.role)) {
    reportOnCase(item.origin, ['start'], 'cases/start', t.startNeedsOne(), 'key');
    clean = false;
  }
  if (start.role) expect('role', start.role, catalogue.roles.keys(), ['start', 'role']);
  if (start.stage) expect('stage', start.stage, catalogue.stages.keys(), ['start', 'stage']);
  if (start.step) stepExists(start.step, ['start', 'step']);
  item.regions?.forEach((region, i) => expect('region', region, corpus.regions.keys(), ['regions', i]));
  item.expect.forEach((assertion, i) => {
    if (assertion.kind !== 'within') checkTarget(assertion.target, ['expect', i, assertion.kind], catalogue);
  });
  return clean;

  function checkTarget(target: StepTarget, at: YamlPath, known: Catalogue): void {
    if (target.step) stepExists(target.step, [...at, 'step']);
    if (target.role) expect('role', target.role, known.roles.keys(), [...at, 'role']);
    if (target.actionKind) expect('action', target.actionKind, known.actions.keys(), [...at, 'action_kind']);
    if (target.stage) expect('stage', target.stage, known.stages.keys(), [...at, 'stage']);
  }

  function stepExists(ref: StepRef, field: YamlPath): void {
    const region = corpus.regions.get(ref.region);
    if (!region) return void expect('region', ref.region, corpus.regions.keys(), field);
    const procedure = region.procedures.get(ref.procedure);
    if (!procedure) return void expect('procedure', ref.procedure, region.procedures.keys(), field);
    expect('step', ref.step, procedure.steps.map((step) => step.id), field);
  }
}

// Turns a schema-valid case file into the model, recording where each part was written so that
// `sop test` can point at the assertion that failed.
import { parseStepRef } from './build.js';
import type { RawCase } from './raw/case.generated.js';
import type { Assertion, Case, StepTarget, YamlSource } from './types.js';

type RawTarget = NonNullable<RawCase['expect'][number]['reaches']>;

function target(raw: RawTarget): StepTarget {
  return {
    ...(raw.step ? { step: parseStepRef(raw.step, '', '') } : {}),
    ...(raw.role ? { role: raw.role } : {}),
    ...(raw.action_kind ? { actionKind: raw.action_kind } : {}),
    ...(raw.stage ? { stage: raw.stage } : {}),
  };
}

export function buildCase(source: YamlSource, raw: RawCase): Case {
  const expect = raw.expect.map((item, i): Assertion => {
    const origin = { source, path: ['expect', i] };
    if (item.within) return { kind: 'within', duration: item.within, origin };
    const kind = item.reaches ? 'reaches' : item.passes ? 'passes' : 'never';
    return { kind, target: target((item.reaches ?? item.passes ?? item.never)!), origin };
  });
  return {
    id: raw.id,
    title: raw.title,
    ...(raw.summary ? { summary: raw.summary } : {}),
    illustrative: raw.illustrative ?? false,
    facts: new Map(Object.entries(raw.facts)),
    start: {
      ...(raw.start.role ? { role: raw.start.role } : {}),
      ...(raw.start.stage ? { stage: raw.start.stage } : {}),
      ...(raw.start.step ? { step: parseStepRef(raw.start.step, '', '') } : {}),
    },
    ...(raw.regions ? { regions: raw.regions } : {}),
    expect,
    origin: { source, path: [] },
  };
}

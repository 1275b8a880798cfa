// `sop run`'s output: a case's path in each Region as a timeline, as text or as JSON.
import { caseOutput } from '../i18n/cases.js';
import { timeLimitInWords } from '../i18n/format.js';
import { messages } from '../i18n/index.js';
import { durationHours } from '../model/duration.js';
import type { Case, Catalogue, FactValue, Lang } from '../model/types.js';
import { factValueInWords } from '../render/conditions.js';
import type { RegionRun } from '../cases/index.js';
import { localBodies, type ReachedStep } from '../cases/walk.js';

/** A step as `sop run --format json` gives it (README: "Runnable procedures"). */
export interface TimelineStep {
  step: string;
  title: string;
  stage: string;
  role: string;
  actor: string;
  localBodies: Array<{ id: string; name: string; contacts: Array<{ label: string; phone?: string; email?: string; url?: string; hours?: string }> }>;
  legalBasis: Array<{ id: string; citation: string; article?: string }>;
  timeLimit: string | null;
  elapsed: string;
  path: string[];
  restricted: boolean;
}

export interface TimelineJson {
  case: { id: string; title: string; file: string };
  regions: Array<{
    region: string;
    name: string;
    branches: Array<{ assumed: Array<{ fact: string; question: string; value: FactValue }>; elapsed: string; steps: TimelineStep[] }>;
  }>;
}

function stepJson(at: ReachedStep, catalogue: Catalogue, lang: Lang): TimelineStep {
  const { region, step } = at;
  const bodies = localBodies(at);
  return {
    step: at.key,
    title: step.title,
    stage: step.stage,
    role: step.actor,
    actor: catalogue.roles.get(step.actor)?.name[lang] ?? step.actor,
    localBodies: bodies.map((actor) => ({
      id: actor.id,
      name: actor.name,
      contacts: region.contacts.filter((contact) => contact.actor === actor.id && contact.audience === 'public').map(({ label, phone, email, url, hours }) => ({
        label, ...(phone ? { phone } : {}), ...(email ? { email } : {}), ...(url ? { url } : {}), ...(hours ? { hours } : {}),
      })),
    })),
    legalBasis: step.legalBasis.map((id) => {
      const ref = catalogue.legalReferences.get(id);
      return { id, citation: ref?.citation ?? id, ...(ref?.article ? { article: ref.article } : {}) };
    }),
    timeLimit: step.timeLimit ?? null,
    elapsed: at.elapsed,
    path: at.path,
    restricted: step.restricted,
  };
}

const longest = (steps: readonly ReachedStep[]): string =>
  steps.reduce((a, b) => (durationHours(b.elapsed) > durationHours(a.elapsed) ? b : a)).elapsed;

export function timelineJson(item: Case, runs: readonly RegionRun[], catalogue: Catalogue, lang: Lang): TimelineJson {
  return {
    case: { id: item.id, title: item.title, file: item.origin.source.file.path },
    regions: runs.map(({ region, branches }) => ({
      region: region.id,
      name: region.name,
      branches: branches.map((branch) => ({
        assumed: [...branch.assumed].map(([fact, value]) => ({ fact, question: catalogue.facts.get(fact)!.question[lang], value })),
        elapsed: longest(branch.steps),
        steps: branch.steps.map((at) => stepJson(at, catalogue, lang)),
      })),
    })),
  };
}

export function timelineText(item: Case, runs: readonly RegionRun[], catalogue: Catalogue, lang: Lang): string {
  const t = caseOutput[lang];
  const m = messages[lang];
  const json = timelineJson(item, runs, catalogue, lang);
  const lines = [t.caseTitle(item.title, json.case.file)];
  for (const region of json.regions) {
    lines.push('', t.region(region.name));
    for (const branch of region.branches) {
      if (region.branches.length > 1 || branch.assumed.length > 0) {
        lines.push('', ...branch.assumed.map(({ fact, question, value }) => `  ${t.branch(question, factValueInWords(catalogue.facts.get(fact), value, lang))}`));
      }
      const titles = new Map(branch.steps.map((step) => [step.step, step.title]));
      branch.steps.forEach((step, i) => {
        lines.push(`  ${i + 1}. ${step.title} — ${step.actor}${step.restricted ? ` (${t.restricted})` : ''}`);
        for (const body of step.localBodies) {
          const contacts = body.contacts.map((c) => [c.label, c.phone, c.email, c.url, c.hours].filter(Boolean).join(' '));
          lines.push(`     ${t.localBody}: ${body.name}${contacts.length > 0 ? ` — ${t.contacts}: ${contacts.join('; ')}` : ''}`);
        }
        if (step.legalBasis.length > 0) lines.push(`     ${t.legalBasis}: ${step.legalBasis.map((ref) => (ref.article ? `${ref.citation}, ${ref.article}` : ref.citation)).join('; ')}`);
        const elapsed = durationHours(step.elapsed) > 0 ? ` · ${t.elapsed}: ${timeLimitInWords(step.elapsed, m)}` : '';
        lines.push(`     ${t.timeLimit}: ${step.timeLimit ? timeLimitInWords(step.timeLimit, m) : t.noTimeLimit}${elapsed}`);
        const previous = step.path.at(-2);
        if (previous) lines.push(`     ${t.from}: ${titles.get(previous) ?? previous}`);
      });
      if (durationHours(branch.elapsed) > 0) lines.push(`  ${t.total(timeLimitInWords(branch.elapsed, m))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

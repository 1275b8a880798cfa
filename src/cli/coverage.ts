// `sop test`'s coverage report: per Region, the steps and referrals no case goes through.
import type { RegionCoverage } from '../cases/coverage.js';
import { caseOutput } from '../i18n/cases.js';
import { locate } from '../load/yaml.js';
import type { Lang, Origin } from '../model/types.js';

const percent = (covered: number, total: number) => (total === 0 ? 100 : Math.round((covered / total) * 100));

function where(origin: Origin, field: string) {
  const { start } = locate(origin.source, [...origin.path, field]);
  return { file: origin.source.file.path, line: start.line, column: start.column };
}

export function coverageJson(regions: readonly RegionCoverage[]) {
  return regions.map(({ region, steps, referrals }) => ({
    region: region.id,
    name: region.name,
    steps: {
      total: steps.total, covered: steps.covered, percent: percent(steps.covered, steps.total),
      missed: steps.missed.map(({ procedure, step }) => ({ step: `${region.id}/${procedure.id}#${step.id}`, title: step.title, ...where(step.origin, 'id') })),
    },
    referrals: {
      total: referrals.total, covered: referrals.covered, percent: percent(referrals.covered, referrals.total),
      missed: referrals.missed.map(({ procedure, step, item }) => ({ from: `${region.id}/${procedure.id}#${step.id}`, to: item.to.raw, ...where(item.origin, 'to') })),
    },
  }));
}

export function coverageText(regions: readonly RegionCoverage[], lang: Lang): string {
  const t = caseOutput[lang];
  const lines = [t.coverage];
  for (const region of coverageJson(regions)) {
    const { steps, referrals } = region;
    lines.push(t.coverageLine(region.name, `${steps.covered}/${steps.total} (${steps.percent}%)`, `${referrals.covered}/${referrals.total} (${referrals.percent}%)`));
    for (const step of steps.missed) lines.push(`  ${step.file}:${step.line}:${step.column}  ${t.uncoveredStep(step.step.split('#')[1]!, step.title)}`);
    for (const referral of referrals.missed) lines.push(`  ${referral.file}:${referral.line}:${referral.column}  ${t.uncoveredReferral(referral.from.split('#')[1]!, referral.to)}`);
  }
  return `${lines.join('\n')}\n`;
}

// A case across the Regions that handle it: rows are the national stages (catalogue order),
// columns the Regions, each cell the steps of that stage on the Region's path. Cells that differ
// from the most common choice are marked in words, not by colour alone.
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { ReachedStep } from '../../cases/walk.js';
import { timeLimitInWords } from '../../i18n/format.js';
import type { Case } from '../../model/types.js';
import { consentInWords, linkTo } from '../components.js';
import type { Site } from '../site.js';
import { anchor, page } from '../urls.js';
import { arrivedBy, type CaseRegionRun } from './cases-run.js';

export interface CellStep {
  at: ReachedStep;
  role: string;
  timeLimit: string;
  /** The consent in words, and its kind: the comparison looks at the kind, not the editor's note. */
  consent?: string;
  consentKind?: string;
}

/** One stage's row: each Region's steps of that stage, and whether its choice differs from the most common one. */
export interface ComparisonRow {
  stage: string;
  cells: Array<{ steps: CellStep[]; differs: boolean }>;
}

/**
 * The comparison's rows, by the national stages (catalogue order) on any Region's path; the
 * HTML page and the PDF handout show the same.
 */
export function comparisonRows(site: Site, runs: readonly CaseRegionRun[]): ComparisonRow[] {
  const { t, corpus } = site;
  const cells = runs.map((run) => stageCells(site, run));
  const stages = [...corpus.catalogue.stages.values()].filter((stage) => cells.some((cell) => cell.has(stage.id)));
  return stages.map((stage) => {
    const row = cells.map((cell) => cell.get(stage.id) ?? []);
    // What a cell chose, whatever the Region calls its steps: who acts, how quickly, with what consent.
    const choices = row.map((steps) => JSON.stringify(steps.map(({ role, timeLimit, consentKind }) => [role, timeLimit, consentKind])));
    const counts = new Map<string, number>();
    for (const choice of choices) counts.set(choice, (counts.get(choice) ?? 0) + 1);
    const most = Math.max(...counts.values());
    const common = [...counts].filter(([, count]) => count === most);
    const differs = (choice: string) => counts.size > 1 && (common.length > 1 || common[0]![0] !== choice);
    return { stage: stage.name[t.lang], cells: row.map((steps, i) => ({ steps, differs: differs(choices[i]!) })) };
  });
}

export function caseComparison(site: Site, path: string, item: Case, runs: readonly CaseRegionRun[]): ElementContent[] {
  const { t } = site;
  const caption = t.casePages.compareCaption(item.title);
  const rows = comparisonRows(site, runs).map(({ stage, cells }) => h('tr', [
    h('th', { scope: 'row' }, stage),
    ...cells.map(({ steps, differs: marked }) => {
      const content: ElementContent[] = steps.length === 0
        ? [h('span', { 'aria-hidden': 'true' }, '—'), h('span.visually-hidden', t.casePages.noStep)]
        : [h('ul.case-cell', steps.map((cell) => h('li', [
          linkTo(site, path, cell.at.region.folder, page.procedure(cell.at.region.folder, cell.at.procedure.id), cell.at.step.title, anchor.step(cell.at.step.id)),
          h('br'),
          h('span', [cell.role, `; ${cell.timeLimit}`, ...(cell.consent ? [`; ${cell.consent}`] : [])].join('')),
        ])))];
      return h(marked ? 'td.case-differs' : 'td', [...(marked ? [h('strong.case-differs-mark', t.casePages.differs)] : []), ...content]);
    }),
  ]));
  return [
    h('h2#compare', t.casePages.compare),
    h('p', t.casePages.compareHelp),
    h('div.table-scroll', { role: 'region', 'aria-label': caption, tabIndex: 0 }, [
      h('table.case-compare', [
        h('caption', caption),
        h('thead', [h('tr', [h('th', { scope: 'col' }, t.casePages.stage), ...runs.map((run) => h('th', { scope: 'col' }, run.region.name))])]),
        h('tbody', rows),
      ]),
    ]),
  ];
}

/** Stage → the distinct steps of that stage on any branch of the Region's path, in timeline order. */
function stageCells(site: Site, run: CaseRegionRun): Map<string, CellStep[]> {
  const { t, corpus } = site;
  const seen = new Set<string>();
  const cells = new Map<string, CellStep[]>();
  for (const branch of run.branches) {
    for (const at of branch.steps) {
      if (seen.has(at.key)) continue;
      seen.add(at.key);
      const referral = arrivedBy(at, branch);
      const step: CellStep = {
        at,
        role: corpus.catalogue.roles.get(at.step.actor)?.name[t.lang] ?? at.step.actor,
        timeLimit: at.step.timeLimit ? timeLimitInWords(at.step.timeLimit, t) : t.casePages.noTimeLimit,
        ...(referral ? { consent: consentInWords(site, referral), consentKind: referral.consent } : {}),
      };
      cells.set(at.step.stage, [...(cells.get(at.step.stage) ?? []), step]);
    }
  }
  return cells;
}

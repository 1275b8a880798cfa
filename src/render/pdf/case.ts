// A case study as a PDF handout for training days: the case, its facts in words, its path in each
// Region as a table of stops (who acts and whom to call, legal basis, time limits) and on the
// procedures' diagrams, the comparison across Regions and room for the participants' notes. The
// same runs as the case's page (pages/cases-run.ts), so the public edition never prints a
// restricted step.
import type { Branch, ReachedStep } from '../../cases/walk.js';
import { localBodies } from '../../cases/walk.js';
import { durationInWords, timeLimitInWords } from '../../i18n/format.js';
import { durationHours } from '../../model/duration.js';
import type { Case, Contact } from '../../model/types.js';
import { consentInWords, contactsOf, legalLabel } from '../components.js';
import { svgSize } from '../graph/svg.js';
import { comparisonRows } from '../pages/cases-compare.js';
import { pathDrawings, pathId } from '../pages/cases-diagram.js';
import { alternativeHeading, arrivedBy, caseRuns, factValueInWords, hasAlternatives, longestElapsed, type CaseRegionRun } from '../pages/cases-run.js';
import type { Site } from '../site.js';
import { page } from '../urls.js';
import type { TypstSource } from './compile.js';
import { diagramFigure } from './diagrams.js';
import { SANS_FONT } from './fonts.js';
import { typstString, typstText } from './markup.js';
import { contentText, heading, preamble } from './preamble.js';

/** More Regions than this side by side, and the comparison turns the page to landscape. */
const PORTRAIT_REGIONS = 3;
/** Ruled lines for the participants' notes: most of a page. */
const NOTE_LINES = 22;

/** A table cell's lines: markup joined by Typst's line break. */
const lines = (parts: string[]): string => parts.filter((part) => part !== '').join(' \\\n');

export async function caseHandout(site: Site, item: Case): Promise<TypstSource> {
  const { t } = site;
  const words = t.casePages.handout;
  const runs = caseRuns(site, item);
  const internal = site.edition === 'internal';
  let main = preamble({ title: `${words.kicker}: ${item.title}`, author: 'sopbook', running: words.running, keywords: [item.title, ...runs.map((run) => run.region.name)], internal }, t);
  // No cover: a handout opens on its case (a first-level heading first, or it would start a page
  // of its own), what it is for, and the mark.
  main += heading(1, contentText(item.title, t));
  main += `#text(font: ${typstString(SANS_FONT)}, size: 11pt, fill: luma(80))[${typstText(words.kicker)}]\n\n`;
  main += `#block(fill: rgb("#fdf3e7"), stroke: (left: 3pt + rgb("#b35c00")), inset: 10pt, width: 100%)[#strong[${typstText(item.illustrative ? words.illustrative : words.notOfficial)}]]\n\n`;
  if (item.summary) main += heading(2, typstText(words.summary)) + `${contentText(item.summary, t)}\n\n`;
  main += heading(2, typstText(t.casePages.facts));
  main += factsTable(site, item);
  if (runs.length === 0) main += `${typstText(`${t.casePages.runsIn}: ${t.casePages.runsNowhere}.`)}\n\n`;
  const files = new Map<string, string>();
  for (const run of runs) main += await regionPath(site, item, run, files);
  if (runs.length > 1) main += comparison(site, item, runs);
  main += notes(site);
  return { main, files };
}

function factsTable(site: Site, item: Case): string {
  const { t } = site;
  const words = t.casePages.handout;
  if (item.facts.size === 0) return `${typstText(words.noFacts)}\n\n`;
  const rows = [...item.facts].map(([id, value]) => {
    const fact = site.corpus.catalogue.facts.get(id);
    return [typstText(fact?.label[t.lang] ?? id), `#strong[${typstText(factValueInWords(site, id, value))}]`, typstText(fact?.question[t.lang] ?? '')];
  });
  return `${typstText(t.casePages.factsHelp)}\n\n${table('(auto, auto, 1fr)', [words.fact, words.answer, t.casePages.question], rows)}`;
}

/** `files` gains the diagrams the path is drawn on. */
async function regionPath(site: Site, item: Case, run: CaseRegionRun, files: Map<string, string>): Promise<string> {
  const { t } = site;
  const alternatives = hasAlternatives(run.branches);
  let out = heading(1, typstText(t.casePages.pathIn(run.region.name)));
  out += `${typstText(alternatives ? `${t.casePages.pathHelp} ${t.casePages.alternatives(run.branches.length)}` : t.casePages.pathHelp)}\n\n`;
  for (const [i, branch] of run.branches.entries()) {
    if (alternatives) out += heading(2, typstText(alternativeHeading(site, branch, i)));
    out += timeline(site, run, branch);
    const longest = longestElapsed(branch);
    if (durationHours(longest) > 0) out += `#strong[${typstText(t.casePages.total(durationInWords(longest, t)))}]\n\n`;
    out += await pathOnDiagrams(site, item, branch, pathId(run.region, alternatives ? i : undefined), alternatives ? 3 : 2, files);
  }
  return out;
}

/** The path on the procedures' diagrams, as on the case's page (the same drawings), with the legend in words. */
async function pathOnDiagrams(site: Site, item: Case, branch: Branch, id: string, level: number, files: Map<string, string>): Promise<string> {
  const { t } = site;
  const drawings = pathDrawings(site, page.case(item.id), branch, id);
  if (drawings.length === 0) return '';
  let out = heading(level, typstText(t.casePages.onDiagrams));
  out += `${typstText(t.casePages.onDiagramsHelp)}\n\n#list([${typstText(t.casePages.legendOnPath)}], [${typstText(t.casePages.legendOffPath)}])\n\n`;
  for (const drawing of drawings) {
    const svg = await drawing.svg;
    const file = `diagrams/${drawing.id}.svg`;
    files.set(file, svg);
    out += diagramFigure({ path: `/${file}`, size: svgSize(svg) }, drawing.stops, drawing.title);
  }
  return out;
}

/** The branch's steps as a table, one row a stop, numbered as on the case's page and its diagrams. */
function timeline(site: Site, run: CaseRegionRun, branch: Branch): string {
  const { t } = site;
  const words = t.casePages.handout;
  const rows = branch.steps.map((at, i) => [`#strong[${typstText(String(i + 1))}]`, stepCell(site, run, at, branch), actorCell(site, at), legalCell(site, at), timingCell(site, at)]);
  return table('(auto, 1.3fr, 1.4fr, 1.4fr, 0.9fr)', [words.stop, words.step, words.actorAndContacts, t.casePages.legalBasis, words.timing], rows, '8.5pt');
}

function stepCell(site: Site, run: CaseRegionRun, at: ReachedStep, branch: Branch): string {
  const { t } = site;
  const words = t.casePages.handout;
  const { region, procedure, step } = at;
  const referral = arrivedBy(at, branch);
  const elsewhere = region === run.region ? '' : ` ${t.inRegion(region.name)}`;
  return lines([
    `#strong[${contentText(step.title, t)}]${step.restricted ? typstText(` (${t.casePages.restricted})`) : ''}`,
    `#text(size: 7.5pt)[${contentText(words.procedure(procedure.title), t)}${typstText(elsewhere)}]`,
    referral ? `${typstText(`${t.casePages.consent}: `)}${contentText(consentInWords(site, referral), t)}` : '',
  ]);
}

function actorCell(site: Site, at: ReachedStep): string {
  const { t, corpus } = site;
  const bodies = localBodies(at).flatMap((body) => [
    contentText(body.name, t),
    ...contactsOf(at.region, [body.id]).map((contact) => `#text(size: 7.5pt)[${contactLine(site, contact)}]`),
  ]);
  return lines([`#strong[${typstText(corpus.catalogue.roles.get(at.step.actor)?.name[t.lang] ?? at.step.actor)}]`, ...bodies]);
}

/** A public contact in one line: its label, phone, e-mail, web page and hours. */
function contactLine(site: Site, contact: Contact): string {
  const { t } = site;
  const parts = [
    contact.label,
    contact.phone ? `${t.phone}: ${contact.phone}` : '',
    contact.email ?? '',
    contact.url ?? '',
    contact.hours ? `${t.hours}: ${contact.hours}` : '',
  ].filter((part) => part !== '');
  return contentText(parts.join(' — '), t);
}

function legalCell(site: Site, at: ReachedStep): string {
  const { t } = site;
  return at.step.legalBasis.length > 0 ? contentText(at.step.legalBasis.map((id) => legalLabel(site, id)).join('; '), t) : typstText('—');
}

function timingCell(site: Site, at: ReachedStep): string {
  const { t } = site;
  return lines([
    typstText(at.step.timeLimit ? timeLimitInWords(at.step.timeLimit, t) : t.casePages.noTimeLimit),
    durationHours(at.elapsed) > 0 ? `#text(size: 7.5pt)[${typstText(t.casePages.handout.elapsed(durationInWords(at.elapsed, t)))}]` : '',
  ]);
}

/** Stages by Region, as on the case's page; a cell that differs from the most common choice says so in words. */
function comparison(site: Site, item: Case, runs: readonly CaseRegionRun[]): string {
  const { t } = site;
  const landscape = runs.length > PORTRAIT_REGIONS;
  const rows = comparisonRows(site, runs).map(({ stage, cells }) => [
    `#strong[${typstText(stage)}]`,
    ...cells.map(({ steps, differs }) => lines([
      differs ? `#strong[${typstText(t.casePages.differs)}]` : '',
      ...(steps.length === 0 ? [typstText(`— (${t.casePages.noStep})`)] : steps.map((cell) => `${contentText(cell.at.step.title, t)} \\\n#text(size: 7.5pt)[${typstText([cell.role, cell.timeLimit, ...(cell.consent ? [cell.consent] : [])].join('; '))}]`)),
    ])),
  ]);
  // The orientation changes before the heading, so that the heading opens the landscape page.
  let out = landscape ? '#set page(flipped: true)\n' : '';
  out += heading(1, typstText(t.casePages.compare));
  out += `${typstText(t.casePages.compareHelp)}\n\n`;
  out += `#strong[${typstText(t.casePages.compareCaption(item.title))}]\n\n`;
  out += table(`(auto, ${'1fr, '.repeat(runs.length)})`, [t.casePages.stage, ...runs.map((run) => run.region.name)], rows, '8pt');
  return landscape ? `${out}#set page(flipped: false)\n` : out;
}

function notes(site: Site): string {
  const { t } = site;
  const words = t.casePages.handout;
  let out = heading(1, typstText(words.notes));
  out += `${typstText(words.notesHelp)}\n\n`;
  // Ruled lines to write on, drawn as decoration: a screen reader has nothing to read there.
  out += `#for _ in range(${NOTE_LINES}) { v(1.1em); line(length: 100%, stroke: 0.4pt + luma(170)) }\n`;
  return out;
}

/** A table under a header row of words, its cells already markup, its text at `size`. */
function table(columns: string, header: string[], rows: string[][], size = '9pt'): string {
  const cells = [`table.header(${header.map((h) => `[${typstText(h)}]`).join(', ')})`, ...rows.flatMap((row) => row.map((cell) => `[${cell}]`))];
  // A show rule, not a set rule: the preamble's `show table: set text(size: 9pt)` would win over a set rule around it.
  return `#block[#show table: set text(size: ${size})\n#table(columns: ${columns}, ${cells.join(', ')})]\n\n`;
}

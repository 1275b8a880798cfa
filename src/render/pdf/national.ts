// The national model as a Typst document: overview, coverage matrix, roles side by side across
// Regions, the merged map and the divergences.
import { dateInWords, timeRangeInWords } from '../../i18n/format.js';
import { roleStepsByRegion } from '../../model/national.js';
import { nodeLabel, regionName } from '../national/common.js';
import { subjectLabel, valueLabel } from '../national/divergences.js';
import { nationalDiagrams } from '../graph/diagrams.js';
import { svgSize } from '../graph/svg.js';
import { diagramFigure } from './diagrams.js';
import type { Site } from '../site.js';
import type { TypstSource } from './compile.js';
import { label } from './labels.js';
import { typstString, typstText } from './markup.js';
import { contentText, cover, heading, pageRef, preamble } from './preamble.js';

export async function nationalHandbook(site: Site): Promise<TypstSource> {
  const { t, corpus } = site;
  const model = site.national!();
  const title = t.national.title;
  const dates = [...corpus.regions.values()].flatMap((r) => [...r.procedures.values()].map((p) => p.approval?.date)).filter((d): d is string => Boolean(d)).sort();
  const internal = site.edition === 'internal';
  let main = preamble({ title, author: 'sopbook', running: title, keywords: ['National Referral Mechanism', 'antitratta'], internal }, t);
  main += cover({
    title,
    lines: [],
    facts: `${t.pdf.edition}: ${dates.length > 0 ? dateInWords(dates.at(-1)!, t) : '—'} · ${t.national.regions}: ${model.regions.length}`,
    illustrative: true,
  }, t, internal);
  main += `#outline(title: ${typstString(t.pdf.contents)}, depth: 2)\n`;
  main += heading(1, typstText(t.national.overview));
  main += `${typstText(t.national.intro)}\n\n`;
  main += table([t.national.region, t.procedureCount, t.national.steps, t.national.referrals], model.regions.map((r) => [
    contentText(r.name, t),
    typstText(String(r.procedures)),
    typstText(String(r.steps)),
    typstText(String(r.referrals)),
  ]));
  // The orientation changes before the heading, so that the heading opens the landscape page
  // instead of being left alone at the foot of the previous one.
  main += `#set page(flipped: true)\n`;
  main += heading(1, typstText(t.national.coverage));
  const stages = [...corpus.catalogue.stages.values()];
  main += coverageMatrix([t.national.region, ...stages.map((s) => s.name[t.lang])], model.regions.map((r) => [
    contentText(r.name, t),
    ...stages.map((s) => typstText(String(model.stageCoverage[r.id]?.[s.id]?.length || '—'))),
  ]));
  main += `#set page(flipped: false)\n`;
  main += heading(1, typstText(t.national.roles));
  for (const role of corpus.catalogue.roles.values()) {
    main += heading(2, typstText(role.name[t.lang]), label.nationalRole(role.id));
    main += `${typstText(role.mandate.text[t.lang])}\n\n`;
    const steps = roleStepsByRegion(model).get(role.id);
    main += table([t.national.region, t.national.actors, t.stepsPerformed], model.regions.map((r) => {
      const actors = [...(corpus.regions.get(r.id)?.actors.values() ?? [])].filter((a) => a.role === role.id).map((a) => a.name);
      const titles = [...new Set((steps?.get(r.id) ?? []).map((s) => corpus.regions.get(s.region)?.procedures.get(s.procedure)?.title ?? s.procedure))];
      return [contentText(r.name, t), actors.length > 0 ? contentText(actors.join('; '), t) : typstText(t.none), titles.length > 0 ? contentText(titles.join('; '), t) : typstText(t.none)];
    }));
  }
  main += heading(1, typstText(t.national.map));
  main += `${typstText(t.diagrams.nationalStagesIntro)} ${typstText(t.diagrams.stageColumns)}\n\n`;
  const files = new Map<string, string>();
  for (const diagram of nationalDiagrams(site)) {
    const svg = await diagram.svg();
    const path = `diagrams/national-${diagram.view.stage}-${diagram.view.part}.svg`;
    files.set(path, svg);
    if (diagram.view.part === 1) main += heading(2, typstText(diagram.stageName));
    main += diagramFigure({ path: `/${path}`, size: svgSize(svg) }, `${t.diagrams.referralsAtStage(diagram.title)} ${t.diagrams.stageColumns}`, t.diagrams.referralsAtStage(diagram.title));
  }
  main += heading(1, typstText(t.national.edges));
  main += table([t.from, t.to, t.national.regions, t.national.range], model.edges.map((e) => [
    typstText(nodeLabel(site, e.from)),
    typstText(nodeLabel(site, e.to)),
    contentText(e.regions.map((r) => regionName(site, r)).join(', '), t),
    typstText(timeRangeInWords(e.timeLimit, t.national.noTimeLimit, t)),
  ]), '8pt');
  main += heading(1, typstText(t.national.divergences));
  main += `${typstText(t.national.divergencesIntro)}\n\n`;
  for (const d of model.divergences) {
    const role = d.kind === 'receiving-role' ? d.subject.split('/')[1] : undefined;
    // A gap's values are the procedures a Region has for the stage or pathway: their titles.
    const name = (region: string, value: string) => (d.kind.endsWith('-gap') ? corpus.regions.get(region)?.procedures.get(value)?.title ?? value : valueLabel(site, d, value));
    // One Region a line: a reader compares the choices down the page.
    const byRegion = Object.entries(d.byRegion).map(([r, values]) => `[${contentText(regionName(site, r), t)}${typstText(`: ${values.length > 0 ? values.map((v) => name(r, v)).join(', ') : t.national.gap}`)}]`);
    main += `#block(breakable: false)[#strong[${typstText(`${t.national.kind[d.kind]}: ${subjectLabel(site, d)}`)}] — ${typstText(t.national.regionsDiffering(d.regionsDiffering))}${role ? ` (${pageRef(label.nationalRole(role), t)})` : ''}\n#list(${byRegion.join(', ')})]\n`;
  }
  return { main, files };
}

/** A table of cells already in markup, under a header row of words. */
function table(header: string[], rows: string[][], size = '9pt'): string {
  const cells = [`table.header(${header.map((h) => `[${typstText(h)}]`).join(', ')})`, ...rows.flatMap((row) => row.map((cell) => `[${cell}]`))];
  return `#block[#set text(size: ${size})\n#table(columns: ${header.length}, ${cells.join(', ')})]\n\n`;
}

/**
 * Regions × stages: the Region column as wide as its longest name, the stages sharing the rest;
 * long stage names hyphenate (Italian rules) rather than run into the next column.
 */
function coverageMatrix(header: string[], rows: string[][]): string {
  const cells = [`table.header(${header.map((h) => `[${typstText(h)}]`).join(', ')})`, ...rows.flatMap((row) => row.map((cell) => `[${cell}]`))];
  return `#block[#set text(size: 8pt, hyphenate: true)\n#table(columns: (auto, ${'1fr, '.repeat(header.length - 1)}), ${cells.join(', ')})]\n\n`;
}

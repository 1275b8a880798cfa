// The national model as a Typst document: overview, coverage matrix, roles side by side across
// Regions, the merged map and the divergences.
import { dateInWords, timeRangeInWords } from '../../i18n/format.js';
import { nodeLabel, regionName } from '../national/common.js';
import { nationalDiagrams } from '../graph/diagrams.js';
import { svgSize } from '../graph/svg.js';
import { diagramFigure } from './diagrams.js';
import type { Site } from '../site.js';
import type { TypstSource } from './compile.js';
import { label } from './labels.js';
import { typstString, typstText } from './markup.js';
import { heading, pageRef, preamble } from './preamble.js';

export async function nationalHandbook(site: Site): Promise<TypstSource> {
  const { t, corpus } = site;
  const model = site.national!;
  const title = t.national.title;
  const dates = [...corpus.regions.values()].flatMap((r) => [...r.procedures.values()].map((p) => p.approval?.date)).filter((d): d is string => Boolean(d)).sort();
  let main = preamble({ title, author: 'sopbook', running: title, keywords: ['National Referral Mechanism', 'antitratta'] }, t);
  main += `#page(header: none, footer: none)[
#v(4cm)
#text(size: 28pt, weight: "bold", fill: rgb("#003d7a"))[${typstText(title)}]
#v(1em)
#text(size: 12pt)[${typstText(`${t.pdf.edition}: ${dates.length > 0 ? dateInWords(dates.at(-1)!, t) : '—'} · ${t.national.regions}: ${model.regions.length}`)}]
#v(1fr)
#block(fill: rgb("#fdf3e7"), inset: 10pt, width: 100%)[${typstText(t.illustrative)}]
]
#outline(title: ${typstString(t.pdf.contents)}, depth: 2)
`;
  main += heading(1, t.national.overview);
  main += `${typstText(t.national.intro)}\n\n`;
  main += table([t.national.region, t.procedureCount, t.national.steps, t.national.referrals], model.regions.map((r) => [
    r.name,
    String(r.procedures),
    String(r.steps),
    String(r.referrals),
  ]));
  main += heading(1, t.national.coverage);
  const stages = [...corpus.catalogue.stages.values()];
  main += `#set page(flipped: true)\n`;
  main += table([t.national.region, ...stages.map((s) => s.name[t.lang])], model.regions.map((r) => [
    r.name,
    ...stages.map((s) => String(model.stageCoverage[r.id]?.[s.id]?.length || '—')),
  ]), '8pt');
  main += `#set page(flipped: false)\n`;
  main += heading(1, t.national.roles);
  for (const role of corpus.catalogue.roles.values()) {
    main += heading(2, role.name[t.lang], label.nationalRole(role.id));
    main += `${typstText(role.mandate.text[t.lang])}\n\n`;
    main += table([t.national.region, t.national.actors, t.stepsPerformed], model.regions.map((r) => {
      const actors = [...(corpus.regions.get(r.id)?.actors.values() ?? [])].filter((a) => a.role === role.id).map((a) => a.name);
      const steps = model.nodes.filter((n) => n.role === role.id).flatMap((n) => n.steps).filter((s) => s.region === r.id);
      return [r.name, actors.join('; ') || t.none, steps.length > 0 ? steps.map((s) => corpus.regions.get(s.region)?.procedures.get(s.procedure)?.title ?? s.procedure).filter((v, i, a) => a.indexOf(v) === i).join('; ') : t.none];
    }));
  }
  main += heading(1, t.national.map);
  main += `${typstText(t.diagrams.nationalStagesIntro)} ${typstText(t.diagrams.stageColumns)}\n\n`;
  const files = new Map<string, string>();
  for (const diagram of nationalDiagrams(site)) {
    const svg = await diagram.svg;
    const path = `diagrams/national-${diagram.view.stage}-${diagram.view.part}.svg`;
    files.set(path, svg);
    if (diagram.view.part === 1) main += heading(2, diagram.stageName);
    main += diagramFigure({ path: `/${path}`, size: svgSize(svg) }, `${t.diagrams.referralsAtStage(diagram.title)} ${t.diagrams.stageColumns}`, t.diagrams.referralsAtStage(diagram.title));
  }
  main += heading(1, t.national.edges);
  main += table([t.from, t.to, t.national.regions, t.national.range], model.edges.map((e) => [
    nodeLabel(site, e.from),
    nodeLabel(site, e.to),
    e.regions.map((r) => regionName(site, r)).join(', '),
    timeRangeInWords(e.timeLimit, t.national.noTimeLimit, t),
  ]), '8pt');
  main += heading(1, t.national.divergences);
  main += `${typstText(t.national.divergencesIntro)}\n\n`;
  for (const d of model.divergences) {
    const role = d.kind === 'receiving-role' ? d.subject.split('/')[1] : undefined;
    const subject = d.kind.endsWith('-gap') ? (corpus.catalogue.stages.get(d.subject)?.name[t.lang] ?? corpus.catalogue.pathways.get(d.subject)?.name[t.lang] ?? d.subject) : d.subject.split('->').map((n) => nodeLabel(site, n)).join(' → ');
    main += `#block(breakable: false)[#strong[${typstText(`${t.national.kind[d.kind]}: ${subject}`)}] — ${typstText(t.national.regionsDiffering(d.regionsDiffering))}${role ? ` (${pageRef(label.nationalRole(role), t)})` : ''} \\\n${typstText(Object.entries(d.byRegion).map(([r, v]) => `${regionName(site, r)}: ${v.length > 0 ? v.join(', ') : t.national.gap}`).join(' · '))}]\n`;
  }
  return { main, files };
}

function table(header: string[], rows: string[][], size = '9pt'): string {
  const cells = [`table.header(${header.map((h) => `[#strong[${typstText(h)}]]`).join(', ')})`, ...rows.flatMap((row) => row.map((cell) => `[${typstText(cell)}]`))];
  return `#block[#set text(size: ${size})\n#table(columns: ${header.length}, ${cells.join(', ')})]\n\n`;
}

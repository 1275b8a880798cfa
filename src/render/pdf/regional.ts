// A Region's handbook as a Typst document: cover, contents, the network, procedures grouped by
// stage (metadata, steps, diagram, prose), roles with the page of every step, legal references.
import { parseStepRef } from '../../model/build.js';
import type { Procedure, Region, Step } from '../../model/types.js';
import { procedureDiagram } from '../graph/diagrams.js';
import { svgSize } from '../graph/svg.js';
import { diagramFigure, type DiagramFile } from './diagrams.js';
import { dateInWords, timeLimitInWords } from '../../i18n/format.js';
import { legalLabel, referralWords } from '../components.js';
import { regionRoles } from '../pages/role.js';
import type { Site } from '../site.js';
import { SANS_FONT } from './fonts.js';
import { label } from './labels.js';
import { type LinkTarget, toTypst, typstString, typstText } from './markup.js';
import { heading, pageRef, preamble } from './preamble.js';
import type { TypstSource } from './compile.js';

const PAGE_BREAK = '#pagebreak(weak: true)\n';

export async function regionalHandbook(site: Site, region: Region): Promise<TypstSource> {
  const { t, corpus } = site;
  const files = new Map<string, string | Buffer>();
  const procedures = [...region.procedures.values()];
  const dates = procedures.map((p) => p.approval?.date).filter((d): d is string => Boolean(d)).sort();
  const lead = region.actors.get(region.project.lead)?.name ?? region.project.lead;
  const title = `${t.pdf.handbook} — ${region.name}`;

  let main = preamble({ title, author: lead, running: region.name, keywords: [region.name, region.project.name] }, t);
  main += cover(site, region, lead, dates.at(-1), procedures.length);
  main += `#outline(title: ${typstString(t.pdf.contents)}, depth: 3)\n`;
  main += heading(1, t.network);
  main += `${typstText(region.network ?? '')}\n\n`;
  main += heading(2, t.workingGroup);
  main += `#list(${region.workingGroup.map((id) => `[${typstText(region.actors.get(id)?.name ?? id)}]`).join(', ')})\n`;
  const contacts = region.contacts;
  if (contacts.length > 0) {
    main += heading(2, t.contacts);
    main += `#list(${contacts.map((c) => `[${typstText([c.label, c.phone, c.hours].filter(Boolean).join(' — '))}]`).join(', ')})\n`;
  }
  main += heading(1, t.pdf.procedures);
  // Each procedure appears once, under its first stage in national order, and starts a page (its
  // stage heading with it): a procedure prints on its own, and Typst lays out the runs of pages
  // between page breaks in parallel, one per core.
  const stages = [...corpus.catalogue.stages.values()];
  const firstStage = (p: Procedure) => stages.find((stage) => p.stages.includes(stage.id))?.id;
  const grouped = stages.map((stage) => ({ stage, here: procedures.filter((p) => firstStage(p) === stage.id) })).filter(({ here }) => here.length > 0);
  for (const [i, { stage, here }] of grouped.entries()) {
    if (i > 0) main += PAGE_BREAK;
    main += heading(2, stage.name[t.lang]);
    for (const [j, procedure] of here.entries()) {
      const file = `procedures/${procedure.id}.typ`;
      const diagram = `diagrams/${procedure.id}.svg`;
      const svg = await procedureDiagram(site, procedure);
      files.set(diagram, svg);
      files.set(file, procedureSection(site, region, procedure, { path: `/${diagram}`, size: svgSize(svg) }));
      if (j > 0) main += PAGE_BREAK;
      main += `#include ${typstString(`/${file}`)}\n`;
    }
  }
  main += rolesSection(site, region);
  main += legalSection(site, region);
  return { main, files };
}

function cover(site: Site, region: Region, lead: string, edition: string | undefined, count: number): string {
  const { t } = site;
  return `#page(header: none, footer: none)[
#set text(font: ${typstString(SANS_FONT)})
#v(4cm)
#text(size: 14pt, fill: luma(80))[${typstText(t.pdf.handbook)}]
#v(0.5em)
#text(size: 30pt, weight: "bold", fill: rgb("#003d7a"))[${typstText(region.name)}]
#v(1em)
#text(size: 13pt)[${typstText(region.project.name)} — ${typstText(lead)}]
#v(2em)
#text(size: 11pt)[${typstText(`${t.pdf.edition}: ${edition ? dateInWords(edition, t) : '—'} · ${t.pdf.procedures}: ${count}`)}]
${site.edition === 'internal' ? `#v(1em)\n#block(fill: rgb("#fde8e8"), inset: 10pt, width: 100%)[${typstText(t.internalEdition)}]` : ''}
${region.illustrative ? `#v(1fr)\n#block(fill: rgb("#fdf3e7"), inset: 10pt, width: 100%)[${typstText(t.illustrative)}]` : ''}
]
`;
}

function procedureSection(site: Site, region: Region, procedure: Procedure, diagram: DiagramFile): string {
  const { t, corpus } = site;
  const names = (ids: string[], map: Map<string, { name: Record<'it' | 'en', string> }>) => ids.map((id) => map.get(id)?.name[t.lang] ?? id).join(', ');
  const approval = procedure.approval?.date
    ? t.approvedOn(dateInWords(procedure.approval.date, t), procedure.approval.bodies.map((id) => region.actors.get(id)?.name ?? id).join(', '))
    : t.notApproved;
  const rows: Array<[string, string]> = [
    [t.version, procedure.version],
    [t.status, t.statusName[procedure.status]],
    [t.approval, approval],
    [t.reviewBy, dateInWords(procedure.reviewBy, t)],
    [t.population, procedure.population.map((p) => t.populationName[p]).join(', ')],
    [t.stages, names(procedure.stages, corpus.catalogue.stages)],
    [t.pathways, names(procedure.pathways, corpus.catalogue.pathways)],
    [t.legalBasis, procedure.legalBasis.map((id) => legalLabel(site, id)).join('; ')],
  ];
  let out = heading(3, procedure.restricted ? `${procedure.title} — ${t.internalUse}` : procedure.title, label.procedure(region.folder, procedure.id));
  out += keyValueTable(rows.filter(([, v]) => v !== ''));
  out += heading(4, t.steps, undefined, false);
  procedure.steps.forEach((step, i) => (out += stepBlock(site, region, procedure, step, i)));
  out += diagramFigure(diagram, t.pdf.diagramAlt(procedure.title), `${t.referralMap} — ${procedure.title}`);
  out += heading(4, t.text, undefined, false);
  out += toTypst(procedure.body, { resolveLink: (url) => resolveLink(site, region, procedure, url), headingOffset: 4 });
  return `${out}\n`;
}

function stepBlock(site: Site, region: Region, procedure: Procedure, step: Step, index: number): string {
  const { t, corpus } = site;
  const role = corpus.catalogue.roles.get(step.actor)?.name[t.lang] ?? step.actor;
  const local = step.localActor ? ` (${region.actors.get(step.localActor)?.name ?? step.localActor})` : '';
  const next = step.referrals.map((referral) => {
    const { label: name, details } = referralWords(site, region, procedure, referral);
    const link = referral.to.region === region.folder
      ? `#link(<${label.step(referral.to.region, referral.to.procedure, referral.to.step)}>)[${typstText(name)}] (${pageRef(label.step(referral.to.region, referral.to.procedure, referral.to.step), t)})`
      : typstText(name);
    return `${link}${typstText(` — ${details}`)}`;
  });
  const legal = step.legalBasis.map((id) => legalLabel(site, id)).join('; ');
  const rows: Array<[string, string]> = [
    [t.actor, typstText(role + local)],
    [t.step, typstText(step.action)],
    [t.timeLimit, step.timeLimit ? typstText(timeLimitInWords(step.timeLimit, t)) : ''],
    [t.legalBasis, legal ? typstText(legal) : ''],
    [t.nextSteps, next.length > 0 ? next.join(' \\\n') : step.terminal ? typstText(t.terminal) : ''],
  ];
  const kind = corpus.catalogue.actions.get(step.actionKind)?.name[t.lang] ?? step.actionKind;
  return heading(5, `${t.step} ${index + 1} — ${role}: ${kind}${step.restricted ? ` [${t.internalUse}]` : ''}`, label.step(region.folder, procedure.id, step.id), false)
    + `#table(columns: (auto, 1fr), ${rows.filter(([, v]) => v !== '').map(([k, v]) => `[#strong[${typstText(k)}]], [${v}]`).join(', ')})\n\n`;
}

function keyValueTable(rows: Array<[string, string]>): string {
  return `#table(columns: (auto, 1fr), ${rows.map(([k, v]) => `[#strong[${typstText(k)}]], [${typstText(v)}]`).join(', ')})\n\n`;
}

/** Typed body links become jumps inside the handbook; links elsewhere keep only their text. */
function resolveLink(site: Site, region: Region, procedure: Procedure, url: string): LinkTarget {
  const match = /^(role|step|procedure|legal):(.*)$/.exec(url);
  if (!match) return /^https?:\/\//.test(url) ? { kind: 'external', url } : undefined;
  const [, kind, target] = match as unknown as [string, string, string];
  if (kind === 'role') return regionRoles(site, region).includes(target) ? { kind: 'internal', label: label.role(region.folder, target) } : undefined;
  if (kind === 'legal') return site.corpus.catalogue.legalReferences.has(target) ? { kind: 'internal', label: label.legal(target) } : undefined;
  if (kind === 'procedure') return target.includes('/') ? undefined : { kind: 'internal', label: label.procedure(region.folder, target) };
  const ref = parseStepRef(target, region.folder, procedure.id);
  return ref.region === region.folder ? { kind: 'internal', label: label.step(ref.region, ref.procedure, ref.step) } : undefined;
}

function rolesSection(site: Site, region: Region): string {
  const { t, corpus } = site;
  let out = heading(1, t.pdf.roles);
  for (const roleId of regionRoles(site, region)) {
    const role = corpus.catalogue.roles.get(roleId)!;
    out += heading(2, role.name[t.lang], label.role(region.folder, roleId));
    out += `${typstText(role.mandate.text[t.lang])}\n\n`;
    const actors = [...region.actors.values()].filter((a) => a.role === roleId).map((a) => a.name);
    if (actors.length > 0) out += `#strong[${typstText(`${t.localActors}: `)}]${typstText(actors.join('; '))}\n\n`;
    const steps = [...region.procedures.values()].flatMap((p) => p.steps.map((s, i) => ({ p, s, i }))).filter(({ s }) => s.actor === roleId);
    if (steps.length > 0) {
      out += `#list(${steps.map(({ p, s, i }) => `[#link(<${label.step(region.folder, p.id, s.id)}>)[${typstText(`${p.title} — ${t.step.toLowerCase()} ${i + 1}`)}] — ${pageRef(label.step(region.folder, p.id, s.id), t)}]`).join(', ')})\n`;
    }
  }
  return out;
}

function legalSection(site: Site, region: Region): string {
  const { t, corpus } = site;
  const cited = new Set<string>();
  for (const p of region.procedures.values()) {
    p.legalBasis.forEach((id) => cited.add(id));
    p.steps.forEach((s) => s.legalBasis.forEach((id) => cited.add(id)));
  }
  for (const role of regionRoles(site, region)) corpus.catalogue.roles.get(role)?.legalBasis.forEach((id) => cited.add(id));
  let out = heading(1, t.legalReferences);
  for (const ref of corpus.catalogue.legalReferences.values()) {
    if (!cited.has(ref.id) && ![...region.procedures.values()].some((p) => p.links.some((l) => l.kind === 'legal' && l.target === ref.id))) continue;
    out += `#block[#strong[${typstText(ref.citation)}]${ref.repealedBy ? typstText(` (${t.repealed})`) : ''} <${label.legal(ref.id)}>\\\n${typstText(ref.article ?? '')}${ref.url ? ` \\\n#link(${typstString(ref.url)})[${typstText(ref.url)}]` : ''}]\n`;
  }
  return out;
}

// A Region's handbook as a Typst document: cover, contents, the network, procedures grouped by
// stage (metadata, steps, diagram, prose), roles with the page of every step, legal references.
import { parseStepRef } from '../../model/build.js';
import type { Procedure, Region, Step, StepRef } from '../../model/types.js';
import { procedureDiagram } from '../graph/diagrams.js';
import { svgSize } from '../graph/svg.js';
import { diagramFigure, type DiagramFile } from './diagrams.js';
import { dateInWords, timeLimitInWords } from '../../i18n/format.js';
import { legalLabel, referralWords } from '../components.js';
import { regionRoles, roleSteps } from '../pages/role.js';
import type { Site } from '../site.js';
import { label } from './labels.js';
import { type LinkTarget, toTypst, typstString, typstText, urlText } from './markup.js';
import { contentMarkup, contentText, cover, heading, pageRef, preamble } from './preamble.js';
import type { TypstSource } from './compile.js';

const PAGE_BREAK = '#pagebreak(weak: true)\n';

export async function regionalHandbook(site: Site, region: Region): Promise<TypstSource> {
  const { t, corpus } = site;
  const files = new Map<string, string | Buffer>();
  const procedures = [...region.procedures.values()];
  const dates = procedures.map((p) => p.approval?.date).filter((d): d is string => Boolean(d)).sort();
  const lead = region.actors.get(region.project.lead)?.name ?? region.project.lead;
  const title = `${t.pdf.handbook} — ${region.name}`;

  const internal = site.edition === 'internal';
  const edition = dates.at(-1);
  let main = preamble({ title, author: lead, running: region.name, keywords: [region.name, region.project.name], internal }, t);
  main += cover({
    kicker: t.pdf.handbook,
    title: region.name,
    lines: [`${region.project.name} — ${lead}`],
    facts: `${t.pdf.edition}: ${edition ? dateInWords(edition, t) : '—'} · ${t.pdf.procedures}: ${procedures.length}`,
    illustrative: region.illustrative,
  }, t, internal);
  main += `#outline(title: ${typstString(t.pdf.contents)}, depth: 3)\n`;
  main += heading(1, typstText(t.network));
  main += `${contentText(region.network ?? '', t)}\n\n`;
  main += heading(2, typstText(t.workingGroup));
  main += `#list(${region.workingGroup.map((id) => `[${contentText(region.actors.get(id)?.name ?? id, t)}]`).join(', ')})\n`;
  const contacts = region.contacts;
  if (contacts.length > 0) {
    main += heading(2, typstText(t.contacts));
    main += `#list(${contacts.map((c) => `[${contentText([c.label, c.phone, c.hours].filter(Boolean).join(' — '), t)}]`).join(', ')})\n`;
  }
  main += heading(1, typstText(t.pdf.procedures));
  // Each procedure appears once, under its first stage in national order, and starts a page (its
  // stage heading with it): a procedure prints on its own, and Typst lays out the runs of pages
  // between page breaks in parallel, one per core.
  const stages = [...corpus.catalogue.stages.values()];
  const firstStage = (p: Procedure) => stages.find((stage) => p.stages.includes(stage.id))?.id;
  const grouped = stages.map((stage) => ({ stage, here: procedures.filter((p) => firstStage(p) === stage.id) })).filter(({ here }) => here.length > 0);
  for (const [i, { stage, here }] of grouped.entries()) {
    if (i > 0) main += PAGE_BREAK;
    main += heading(2, typstText(stage.name[t.lang]));
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
  ];
  const legal = procedure.legalBasis.map((id) => legalLabel(site, id)).join('; ');
  const cells: Array<[string, string]> = rows.filter(([, v]) => v !== '').map(([k, v]) => [k, typstText(v)]);
  if (legal !== '') cells.push([t.legalBasis, contentText(legal, t)]);
  const title = contentText(procedure.title, t) + (procedure.restricted ? typstText(` — ${t.internalUse}`) : '');
  let out = heading(3, title, label.procedure(region.folder, procedure.id));
  out += keyValueTable(typstText(t.pdf.procedureFacts), cells);
  out += heading(4, typstText(t.steps), undefined, false);
  procedure.steps.forEach((step, i) => (out += stepBlock(site, region, procedure, step, i)));
  out += diagramFigure(diagram, t.pdf.diagramAlt(procedure.title), `${t.referralMap} — ${procedure.title}`);
  out += heading(4, typstText(t.text), undefined, false);
  out += contentMarkup(toTypst(procedure.body(), { resolveLink: (url, text) => resolveLink(site, region, procedure, url, text), headingOffset: 4 }), t);
  return `${out}\n`;
}

function stepBlock(site: Site, region: Region, procedure: Procedure, step: Step, index: number): string {
  const { t, corpus } = site;
  const role = corpus.catalogue.roles.get(step.actor)?.name[t.lang] ?? step.actor;
  const local = step.localActor ? `${typstText(' (')}${contentText(region.actors.get(step.localActor)?.name ?? step.localActor, t)}${typstText(')')}` : '';
  const next = step.referrals.map((referral) => {
    const name = contentText(stepName(site, region, procedure, referral.to), t);
    const details = typstText(` — ${referralWords(site, region, procedure, referral).details}`);
    if (referral.to.region !== region.folder) return name + details;
    const target = label.step(referral.to.region, referral.to.procedure, referral.to.step);
    return `#link(<${target}>)[${name}] (${pageRef(target, t)})${details}`;
  });
  const legal = step.legalBasis.map((id) => legalLabel(site, id)).join('; ');
  const rows: Array<[string, string]> = [
    [t.step, contentText(step.action, t)],
    [t.timeLimit, step.timeLimit ? typstText(timeLimitInWords(step.timeLimit, t)) : ''],
    [t.legalBasis, legal ? contentText(legal, t) : ''],
    [t.nextSteps, next.length > 0 ? next.join(' \\\n') : step.terminal ? typstText(t.terminal) : ''],
  ];
  const kind = corpus.catalogue.actions.get(step.actionKind)?.name[t.lang] ?? step.actionKind;
  const number = `${t.step} ${index + 1}`;
  // The header row says who acts and how, on every page the table runs on; the heading names the step.
  const header = `${typstText(`${number} · ${role}`)}${local}${typstText(` · ${kind}`)}`;
  const title = `${typstText(`${number} — `)}${contentText(step.title, t)}${step.restricted ? typstText(` [${t.internalUse}]`) : ''}`;
  return heading(5, title, label.step(region.folder, procedure.id, step.id), false) + keyValueTable(header, rows.filter(([, v]) => v !== ''));
}

/** A step as readers name it: number and title, with its procedure (and Region) when it is elsewhere. */
function stepName(site: Site, region: Region, procedure: Procedure, ref: StepRef): string {
  const { t, corpus } = site;
  const targetRegion = corpus.regions.get(ref.region);
  const target = targetRegion?.procedures.get(ref.procedure);
  const index = target?.steps.findIndex((s) => s.id === ref.step) ?? -1;
  const step = `${t.step} ${index + 1} — ${target?.steps[index]?.title ?? ref.step}`;
  if (ref.region === region.folder && ref.procedure === procedure.id) return step;
  const elsewhere = ref.region === region.folder ? '' : ` ${t.inRegion(targetRegion?.name ?? ref.region)}`;
  return `${target?.title ?? ref.procedure} — ${step}${elsewhere}`;
}

/** Two columns of label and value under a header row that spans both. Values are markup. */
function keyValueTable(header: string, rows: Array<[string, string]>): string {
  const cells = rows.map(([k, v]) => `[#strong[${typstText(k)}]], [${v}]`);
  return `#table(columns: (auto, 1fr), table.header(table.cell(colspan: 2)[${header}]), ${cells.join(', ')})\n\n`;
}

/**
 * Typed body links become jumps inside the handbook; links elsewhere keep only their text. Link
 * text that is only the raw id (or the URL) of what it points to is replaced by its name.
 */
function resolveLink(site: Site, region: Region, procedure: Procedure, url: string, text: string): LinkTarget {
  const match = /^(role|step|procedure|legal):(.*)$/.exec(url);
  if (!match) return /^https?:\/\//.test(url) ? { kind: 'external', url } : undefined;
  const [, kind, target] = match as unknown as [string, string, string];
  const { corpus, t } = site;
  const named = (internal: string, name: string | undefined, id = target): LinkTarget => ({ kind: 'internal', label: internal, ...(name !== undefined && [target, url, id].includes(text) ? { name } : {}) });
  if (kind === 'role') return regionRoles(site, region).includes(target) ? named(label.role(region.folder, target), corpus.catalogue.roles.get(target)?.name[t.lang]) : undefined;
  if (kind === 'legal') return corpus.catalogue.legalReferences.has(target) ? named(label.legal(target), legalLabel(site, target)) : undefined;
  if (kind === 'procedure') return target.includes('/') ? undefined : named(label.procedure(region.folder, target), region.procedures.get(target)?.title);
  const ref = parseStepRef(target, region.folder, procedure.id);
  if (ref.region !== region.folder) return undefined;
  const step = region.procedures.get(ref.procedure)?.steps.find((s) => s.id === ref.step);
  return named(label.step(ref.region, ref.procedure, ref.step), step && stepName(site, region, procedure, ref), ref.step);
}

function rolesSection(site: Site, region: Region): string {
  const { t, corpus } = site;
  let out = heading(1, typstText(t.pdf.roles));
  for (const roleId of regionRoles(site, region)) {
    const role = corpus.catalogue.roles.get(roleId)!;
    out += heading(2, typstText(role.name[t.lang]), label.role(region.folder, roleId));
    out += `${typstText(role.mandate.text[t.lang])}\n\n`;
    const actors = [...region.actors.values()].filter((a) => a.role === roleId).map((a) => a.name);
    if (actors.length > 0) out += `#strong[${typstText(`${t.localActors}: `)}]${contentText(actors.join('; '), t)}\n\n`;
    const steps = roleSteps(site, region, roleId).map(({ procedure: p, step: s }) => ({ p, s, i: p.steps.indexOf(s) }));
    if (steps.length > 0) {
      out += `#list(${steps.map(({ p, s, i }) => `[#link(<${label.step(region.folder, p.id, s.id)}>)[${contentText(p.title, t)}${typstText(` — ${t.step.toLowerCase()} ${i + 1}: `)}${contentText(s.title, t)}] — ${pageRef(label.step(region.folder, p.id, s.id), t)}]`).join(', ')})\n`;
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
    for (const link of p.links) if (link.kind === 'legal') cited.add(link.target);
  }
  for (const role of regionRoles(site, region)) corpus.catalogue.roles.get(role)?.legalBasis.forEach((id) => cited.add(id));
  let out = heading(1, typstText(t.legalReferences));
  for (const ref of corpus.catalogue.legalReferences.values()) {
    if (!cited.has(ref.id)) continue;
    out += `#block[#strong[${contentText(ref.citation, t)}]${ref.repealedBy ? typstText(` (${t.repealed})`) : ''} <${label.legal(ref.id)}>\\\n${contentText(ref.article ?? '', t)}${ref.url ? ` \\\n#link(${typstString(ref.url)})[${urlText(ref.url)}]` : ''}]\n`;
  }
  return out;
}

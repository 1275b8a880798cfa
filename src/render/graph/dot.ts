// Referral graphs as DOT: per procedure (steps as nodes) and per Region (roles as nodes).
import type { Messages } from '../../i18n/index.js';
import { timeLimitInWords } from '../../i18n/format.js';
import type { Corpus, Procedure, Region } from '../../model/types.js';
import { anchor, href, page } from '../urls.js';
import { dotString } from './svg.js';

/** `font`: the family named in the SVG; the PDF passes one it embeds, the web a generic one. */
const style = (font: string) => [
  `graph [rankdir=TB, fontname="${font}", fontsize=11, bgcolor="transparent", nodesep=0.35, ranksep=0.45]`,
  `node [shape=box, style="rounded,filled", fillcolor="#eef4fb", color="#06c", fontname="${font}", fontsize=11, margin="0.12,0.06"]`,
  `edge [color="#42526e", fontname="${font}", fontsize=9, fontcolor="#1f2d3d"]`,
];

/** Steps of one procedure; referrals to other procedures end in a node that links there. */
export function procedureDot(corpus: Corpus, procedure: Procedure, from: string, t: Messages, built: ReadonlySet<string>, font = 'sans-serif'): string {
  const region = procedure.folder;
  const roles = corpus.catalogue.roles;
  const lines = ['digraph procedure {', ...style(font)];
  for (const [i, step] of procedure.steps.entries()) {
    const role = roles.get(step.actor)?.name[t.lang] ?? step.actor;
    lines.push(`${dotString(step.id)} [label=${dotString(`${i + 1}. ${step.id}`, role)}, URL=${dotString(href(from, page.procedure(region, procedure.id), anchor.step(step.id)))}, tooltip=${dotString(step.action)}${step.terminal ? ', peripheries=2' : ''}]`);
    for (const referral of step.referrals) {
      const external = referral.to.procedure !== procedure.id || referral.to.region !== region;
      const target = external ? referral.to.raw : referral.to.step;
      if (external) {
        const url = built.has(referral.to.region) ? `, URL=${dotString(href(from, page.procedure(referral.to.region, referral.to.procedure), anchor.step(referral.to.step)))}` : '';
        // Words, not an arrow glyph: the PDF's fonts have no arrows and must not fall back to others.
        lines.push(`${dotString(target)} [label=${dotString(`${t.nextSteps}: ${referral.to.raw}`)}, shape=note, fillcolor="#fff"${url}]`);
      }
      const label = referral.timeLimit ? timeLimitInWords(referral.timeLimit, t) : '';
      lines.push(`${dotString(step.id)} -> ${dotString(target)}${label ? ` [label=${dotString(label)}]` : ''}`);
    }
  }
  lines.push('}');
  return lines.join('\n');
}

/** Roles of a Region, with an edge wherever a step of one refers to a step of another. */
export function regionDot(corpus: Corpus, region: Region, from: string, t: Messages): string {
  const roles = corpus.catalogue.roles;
  const counts = new Map<string, number>();
  const used = new Set<string>();
  for (const procedure of region.procedures.values()) {
    for (const step of procedure.steps) {
      used.add(step.actor);
      for (const referral of step.referrals) {
        const target = corpus.regions.get(referral.to.region)?.procedures.get(referral.to.procedure)?.steps.find((s) => s.id === referral.to.step);
        if (!target || target.actor === step.actor) continue;
        const key = `${step.actor}\u0000${target.actor}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        used.add(target.actor);
      }
    }
  }
  const lines = ['digraph region {', ...style('sans-serif')];
  for (const role of [...used].sort()) {
    const name = roles.get(role)?.name[t.lang] ?? role;
    lines.push(`${dotString(role)} [label=${dotString(name)}, URL=${dotString(href(from, page.role(region.folder, role)))}, tooltip=${dotString(name)}]`);
  }
  for (const [key, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [source, target] = key.split('\u0000') as [string, string];
    lines.push(`${dotString(source)} -> ${dotString(target)} [penwidth=${Math.min(1 + count / 2, 4).toFixed(1)}, tooltip=${dotString(String(count))}]`);
  }
  lines.push('}');
  return lines.join('\n');
}

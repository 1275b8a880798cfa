// Referral graphs as DOT. Every box is sized from the shipped font (see measure.ts) and every
// text names things as readers know them: step titles, procedure titles, role names.
import type { Messages } from '../../i18n/index.js';
import { timeLimitInWords } from '../../i18n/format.js';
import type { Corpus, Procedure, Referral } from '../../model/types.js';
import { anchor, href, page } from '../urls.js';
import { boxSize, DIAGRAM_FONT, FONT_SIZE, wrap } from './measure.js';
import { pathEdge, pathNode, type PathHighlight } from './path.js';
import { dotString } from './svg.js';

/** Widest line of a step's box, in points: two boxes side by side still fit a phone (see figure.ts). */
const STEP_WIDTH = 130;

export const style = (rankdir: 'TB' | 'LR', nodesep: number, ranksep: number): string[] => [
  `graph [rankdir=${rankdir}, fontname="${DIAGRAM_FONT}", fontsize=${FONT_SIZE}, bgcolor="transparent", nodesep=${nodesep}, ranksep=${ranksep}]`,
  `node [shape=box, style="rounded,filled", fillcolor="#eef4fb", color="#06c", fontname="${DIAGRAM_FONT}", fontsize=${FONT_SIZE}, fixedsize=true]`,
  `edge [color="#42526e", fontname="${DIAGRAM_FONT}", fontsize=${FONT_SIZE}, fontcolor="#1f2d3d"]`,
];

/** A node's label and its measured, fixed size: the text wraps to `width` points. */
export function box(texts: string[], width: number): string {
  const lines = texts.flatMap((text) => wrap(text, width));
  const size = boxSize(lines);
  return `label=${dotString(...lines)}, width=${size.width.toFixed(3)}, height=${size.height.toFixed(3)}`;
}

/** "Procedure title: step title" for a step of another procedure, with its Region when it is another. */
export function referredStep(corpus: Corpus, procedure: Procedure, referral: Referral, t: Messages): string {
  const { region, procedure: id, step } = referral.to;
  const target = corpus.regions.get(region);
  const other = target?.procedures.get(id);
  const words = t.diagrams.otherProcedure(other?.title ?? id, other?.steps.find((s) => s.id === step)?.title ?? step);
  return region === procedure.folder ? words : `${target?.name ?? region} — ${words}`;
}

/**
 * Steps of one procedure; referrals to other procedures end in a node that links there. With
 * `highlight`, a case's path is drawn over it (see path.ts); without, the diagram of the
 * procedure's own page.
 */
export function procedureDot(corpus: Corpus, procedure: Procedure, from: string, t: Messages, built: ReadonlySet<string>, highlight?: PathHighlight): string {
  const region = procedure.folder;
  const roles = corpus.catalogue.roles;
  const lines = ['digraph procedure {', ...style('TB', 0.2, 0.35)];
  const marked = (ref: { region: string; procedure: string; step: string }, texts: string[]) => {
    const node = highlight && pathNode(highlight, ref);
    return { texts: node?.marker ? [node.marker, ...texts] : texts, attributes: node?.attributes ?? '' };
  };
  for (const [i, step] of procedure.steps.entries()) {
    const role = roles.get(step.actor)?.name[t.lang] ?? step.actor;
    const own = marked({ region, procedure: procedure.id, step: step.id }, [`${i + 1}. ${step.title}`, role]);
    lines.push(`${dotString(step.id)} [${box(own.texts, STEP_WIDTH)}, URL=${dotString(href(from, page.procedure(region, procedure.id), anchor.step(step.id)))}, tooltip=${dotString(step.action)}${step.terminal ? ', peripheries=2' : ''}${own.attributes}]`);
    for (const [j, referral] of step.referrals.entries()) {
      const external = referral.to.procedure !== procedure.id || referral.to.region !== region;
      const target = external ? referral.to.raw : referral.to.step;
      if (external) {
        const url = built.has(referral.to.region) ? `, URL=${dotString(href(from, page.procedure(referral.to.region, referral.to.procedure), anchor.step(referral.to.step)))}` : '';
        const words = referredStep(corpus, procedure, referral, t);
        const note = marked(referral.to, [words]);
        lines.push(`${dotString(target)} [${box(note.texts, STEP_WIDTH)}, shape=note, fillcolor="#fff", tooltip=${dotString(words)}${url}${note.attributes}]`);
      }
      const label = referral.timeLimit ? timeLimitInWords(referral.timeLimit, t) : '';
      // A space each side: Graphviz places an edge's label by its own width estimate, and without
      // them the drawn words touch the arrow beside them.
      const attributes = [...(label ? [`label=${dotString(` ${label} `)}`] : []), ...(highlight ? [pathEdge(highlight, { region, procedure: procedure.id, step: step.id }, j)] : [])];
      lines.push(`${dotString(step.id)} -> ${dotString(target)}${attributes.length > 0 ? ` [${attributes.join(', ')}]` : ''}`);
    }
  }
  lines.push('}');
  return lines.join('\n');
}

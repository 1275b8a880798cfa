// A referral map drawn one stage at a time: on the left the roles acting at the stage, on the
// right the roles they refer to (and the stage at which these receive them). Two columns read
// on a phone and print on a page; the whole network in one drawing did neither.
import { dotString } from './svg.js';
import { box, style } from './dot.js';

export interface ViewNode {
  key: string;
  /** Lines of words, each wrapped to the box. */
  texts: string[];
  url?: string;
  tooltip: string;
}

export interface ViewEdge {
  from: string;
  to: string;
  /** Share of the heaviest edge of the whole map, 0–1: the line's width. */
  weight: number;
  url?: string;
  tooltip: string;
}

export interface StageView {
  stage: string;
  /** Position among the parts of a stage too large for one drawing, from 1. */
  part: number;
  parts: number;
  sources: ViewNode[];
  targets: ViewNode[];
  edges: ViewEdge[];
}

/** Widest line of a box, in points: two columns and the gap fit a phone (see figure.ts). */
const VIEW_WIDTH = 105;
/** Boxes in a column of one drawing: more would not fit a printed page at 7 pt. */
const PER_COLUMN = 9;

export function stageDot(view: StageView): string {
  const node = (side: 's' | 't', n: ViewNode, extra = '') =>
    `${dotString(`${side}:${n.key}`)} [${box(n.texts, VIEW_WIDTH)}, tooltip=${dotString(n.tooltip)}${n.url ? `, URL=${dotString(n.url)}` : ''}${extra}]`;
  return [
    'digraph stage {',
    ...style('LR', 0.12, 0.6),
    ...view.sources.map((n) => node('s', n)),
    ...view.targets.map((n) => node('t', n, ', fillcolor="#fff"')),
    ...view.edges.map((e) => `${dotString(`s:${e.from}`)} -> ${dotString(`t:${e.to}`)} [penwidth=${(1 + 3 * e.weight).toFixed(1)}, tooltip=${dotString(e.tooltip)}${e.url ? `, URL=${dotString(e.url)}` : ''}]`),
    '}',
  ].join('\n');
}

/**
 * A stage's view in parts of at most PER_COLUMN boxes a column, sources kept in their order. A
 * source referring to more targets than a column holds appears in as many parts as it needs.
 */
export function inParts(stage: string, sources: ViewNode[], targets: ViewNode[], edges: ViewEdge[]): StageView[] {
  const order = new Map(targets.map((n, i) => [n.key, i]));
  // Each source with a column's worth of its edges at most.
  const pieces = sources.flatMap((source) => {
    const own = edges.filter((e) => e.from === source.key).sort((a, b) => order.get(a.to)! - order.get(b.to)!);
    const count = Math.max(1, Math.ceil(own.length / PER_COLUMN));
    return Array.from({ length: count }, (_, i) => ({ source, edges: own.slice(i * PER_COLUMN, (i + 1) * PER_COLUMN) }));
  });
  const parts: Array<{ sources: ViewNode[]; edges: ViewEdge[]; reached: Set<string> }> = [];
  for (const piece of pieces) {
    const current = parts.at(-1);
    const reached = new Set([...(current?.reached ?? []), ...piece.edges.map((e) => e.to)]);
    if (current && current.sources.length < PER_COLUMN && reached.size <= PER_COLUMN && !current.sources.includes(piece.source)) {
      current.sources.push(piece.source);
      current.edges.push(...piece.edges);
      current.reached = reached;
    } else parts.push({ sources: [piece.source], edges: [...piece.edges], reached: new Set(piece.edges.map((e) => e.to)) });
  }
  return parts.map((part, i) => ({
    stage,
    part: i + 1,
    parts: parts.length,
    sources: part.sources,
    targets: targets.filter((n) => part.reached.has(n.key)),
    edges: part.edges,
  }));
}

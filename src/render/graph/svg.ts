// Graph layout with Graphviz compiled to WebAssembly: one instance per build, reused.
import { createHash } from 'node:crypto';
import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { onHelper } from '../helpers.js';

let graphviz: Promise<Graphviz> | undefined;

/**
 * Layouts by a digest of their DOT source, kept across the builds of one process: in `sop dev`
 * most saves leave the Region and national maps as they were, and laying them out again is the
 * costliest step; a build takes from here the diagrams laid out ahead of their page. The SVG is
 * kept as UTF-8: V8 held it as two-byte strings (one arrow or dash in a label makes the whole
 * text two-byte), 15 of the 116 MB live at the end of a build of 1,000 procedures. Keyed by the
 * DOT itself, the keys were a third of the cache.
 */
const laidOut = new Map<string, Buffer>();
let laidOutSize = 0;
/** Bytes of SVG kept: a few MB, so that a one-off build of a large corpus stays small. */
const KEPT_SVG = 5_000_000;
/** Layouts under way, so that a diagram asked for ahead of its output (render/index.ts) is not laid out twice. */
const underWay = new Map<string, Promise<string>>();

export async function layout(dot: string): Promise<string> {
  const key = createHash('sha256').update(dot).digest('base64');
  const known = laidOut.get(key)?.toString() ?? underWay.get(key);
  if (known !== undefined) return known;
  const pending = onHelper({ layout: dot }) ?? graphvizSvg(dot);
  underWay.set(key, pending);
  try {
    const svg = await pending;
    keep(key, svg);
    return svg;
  } finally {
    underWay.delete(key);
  }
}

function keep(key: string, svg: string): void {
  const bytes = Buffer.from(svg);
  for (const [oldest, kept] of laidOut) {
    if (laidOutSize + bytes.length <= KEPT_SVG) break;
    laidOut.delete(oldest);
    laidOutSize -= kept.length;
  }
  laidOut.set(key, bytes);
  laidOutSize += bytes.length;
}

/** Graphviz's SVG for a DOT source, laid out on this thread. */
export async function graphvizSvg(dot: string): Promise<string> {
  graphviz ??= Graphviz.load();
  const output = (await graphviz).dot(dot);
  // Inline SVG: the XML prolog, doctype and generator comments have no place inside HTML.
  // Graphviz titles each node and edge with its DOT name, an id; boxes say their words and
  // links carry their own tooltips, so those titles go.
  return output.slice(output.indexOf('<svg')).replace(/<!--[\s\S]*?-->\n?/g, '').replace(/<title>[^<]*<\/title>\n?/g, '');
}

/** The natural size of a laid-out diagram, in points (Graphviz's unit, and Typst's). */
export function svgSize(svg: string): { width: number; height: number } {
  const size = /<svg[^>]*?\swidth="([\d.]+)pt"[^>]*?\sheight="([\d.]+)pt"/.exec(svg);
  if (!size) throw new Error('A laid-out diagram has no size in points');
  return { width: Number(size[1]), height: Number(size[2]) };
}

const escape = (text: string): string => text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\s+/g, ' ');

/** A DOT string literal, one line per item: Graphviz escapes it again into XML itself. */
export function dotString(...lines: string[]): string {
  return `"${lines.map(escape).join('\\n')}"`;
}

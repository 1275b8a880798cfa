// Graph layout with Graphviz compiled to WebAssembly: one instance per build, reused.
import { Graphviz } from '@hpcc-js/wasm-graphviz';

let graphviz: Promise<Graphviz> | undefined;

/**
 * Layouts by DOT source, kept across the builds of one process: in `sop dev` most saves leave
 * the Region and national maps as they were, and laying them out again is the costliest step.
 */
const laidOut = new Map<string, string>();
let laidOutSize = 0;
/** Characters of SVG kept: a few MB, so that a one-off build of a large corpus stays small. */
const KEPT_SVG = 8_000_000;

export async function layout(dot: string): Promise<string> {
  const known = laidOut.get(dot);
  if (known !== undefined) return known;
  graphviz ??= Graphviz.load();
  const output = (await graphviz).dot(dot);
  // Inline SVG: the XML prolog, doctype and generator comments have no place inside HTML.
  const svg = output.slice(output.indexOf('<svg')).replace(/<!--[\s\S]*?-->\n?/g, '');
  for (const [oldest, kept] of laidOut) {
    if (laidOutSize + svg.length <= KEPT_SVG) break;
    laidOut.delete(oldest);
    laidOutSize -= kept.length;
  }
  laidOut.set(dot, svg);
  laidOutSize += svg.length;
  return svg;
}

const escape = (text: string): string => text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\s+/g, ' ');

/** A DOT string literal, one line per item: Graphviz escapes it again into XML itself. */
export function dotString(...lines: string[]): string {
  return `"${lines.map(escape).join('\\n')}"`;
}

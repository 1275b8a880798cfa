// Graph layout with Graphviz compiled to WebAssembly: one instance per build, reused.
import { Graphviz } from '@hpcc-js/wasm-graphviz';

let graphviz: Promise<Graphviz> | undefined;

export async function layout(dot: string): Promise<string> {
  graphviz ??= Graphviz.load();
  const svg = (await graphviz).dot(dot);
  // Inline SVG: the XML prolog, doctype and generator comments have no place inside HTML.
  return svg.slice(svg.indexOf('<svg')).replace(/<!--[\s\S]*?-->\n?/g, '');
}

const escape = (text: string): string => text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\s+/g, ' ');

/** A DOT string literal, one line per item: Graphviz escapes it again into XML itself. */
export function dotString(...lines: string[]): string {
  return `"${lines.map(escape).join('\\n')}"`;
}

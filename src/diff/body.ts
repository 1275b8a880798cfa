// The prose of a procedure, compared section by section: signatories are told which headings'
// text changed, and read the text itself in the handbook or on the forge.
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Procedure } from '../model/types.js';
import { pairs } from './compare.js';
import type { BodySectionDiff } from './types.js';

interface Section {
  key: string;
  heading: string | null;
  text: string;
}

export function diffBody(before: Procedure, after: Procedure): BodySectionDiff[] {
  return pairs(sections(before), sections(after), (section) => section.key).flatMap(({ before: a, after: b }): BodySectionDiff[] => {
    if (!a) return [{ change: 'added', heading: b!.heading }];
    if (!b) return [{ change: 'removed', heading: a.heading }];
    return a.text === b.text ? [] : [{ change: 'changed', heading: b.heading }];
  });
}

/** The body cut at every heading; the prose before the first heading is a section of its own. */
function sections(procedure: Procedure): Section[] {
  const source = String(procedure.origin.source.file.value ?? '');
  const groups: Array<{ heading: string | null; nodes: RootContent[] }> = [];
  for (const node of procedure.body().children) {
    if (node.type === 'heading') groups.push({ heading: toString(node), nodes: [node] });
    else if (groups.length === 0) groups.push({ heading: null, nodes: [node] });
    else groups.at(-1)!.nodes.push(node);
  }
  const seen = new Map<string, number>();
  return groups.map(({ heading, nodes }) => {
    // Two sections may share a heading ("Note"): the second is "Note" #2, and so on.
    const name = heading ?? '';
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return { key: `${name}\u0000${count}`, heading, text: normalise(textOf(source, nodes)) };
  });
}

/**
 * Each node as written, so that a change of markup counts; a node the edition made (a
 * placeholder, an internal-use quotation) has no place in the source and counts by its text.
 * Node by node, not one slice from first to last: a restricted block left out of the public
 * edition must not be read back from between its neighbours.
 */
function textOf(source: string, nodes: readonly RootContent[]): string {
  return nodes.map((node): string => {
    const { start, end } = node.position ?? {};
    if (start?.offset !== undefined && end?.offset !== undefined) return source.slice(start.offset, end.offset);
    return 'children' in node ? textOf(source, node.children as RootContent[]) : toString(node);
  }).join('\n\n');
}

/** Line endings and trailing spaces are not changes a reader can see. */
function normalise(text: string): string {
  return text.split(/\r\n|\r|\n/).map((line) => line.trimEnd()).join('\n').trim();
}

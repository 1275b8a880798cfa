// A page's tree → its HTML. A large page (the national coverage matrix, a stage's referral map)
// is serialised and written in pieces: hast-util-to-html builds each element's HTML by joining
// its children's, so a 4 MB page made copies of itself at every level of nesting, some hundred
// MB of garbage at once at 5,000 procedures. Every piece is the library's own serialisation, so
// the pieces join into the very bytes of the whole.
import type { Element, ElementContent, Nodes, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';

/**
 * Raw nodes are HTML made here, never the corpus's: the laid-out SVG diagrams, trusted as
 * Graphviz made them, and sections serialised ahead (`serialised`).
 */
export const pageHtml = (tree: Nodes): string => toHtml(tree, { allowDangerousHtml: true });

/** HTML that stands in a page as it is. */
export const raw = (html: string): ElementContent => ({ type: 'raw', value: html }) as unknown as ElementContent;

/**
 * Content serialised now, standing in its page as its HTML: a section of a page that grows with
 * the corpus (a national role's steps in one Region, a row of the coverage matrix) is made and
 * serialised one at a time, so that the page never holds its whole tree. The bytes are those of
 * the page serialised whole: an element's HTML does not depend on where it stands.
 */
export const serialised = (content: ElementContent): ElementContent => raw(pageHtml(content));

/** Nodes a piece may hold: a page of fewer is one piece, and an element of fewer is serialised whole. */
const PIECE_NODES = 2000;

/** Characters of HTML already serialised (a raw node) that count as one node. */
const CHARS_PER_NODE = 50;

/**
 * Elements always serialised whole: their children are in another namespace, where attributes
 * are written otherwise. (A script's or style's text, written raw only inside it, is one node:
 * never a piece of its own.)
 */
const WHOLE = new Set(['svg', 'math']);

/** Stands for an element's children while its own tags are serialised. */
const CHILDREN = '\u0000children\u0000';

/**
 * The page's HTML in pieces that join into `pageHtml(tree)`, all made at once: a page waiting to
 * be written holds its HTML, not its tree, which takes several times the room. Made as they were
 * written, the trees of the pages being written were kept until then: at 5,000 procedures the
 * live heap grew from 196 to 271 MB through the national role pages (216 now; 189 with the bound
 * on what writes hold, build/write.ts), and at 1,000 the build took a tenth longer, its trees
 * outliving the young generation.
 */
export function htmlPieces(tree: Root): string[] {
  const pieces: string[] = [];
  addPieces(tree, new Map(), pieces);
  return pieces;
}

function addPieces(node: Nodes, sizes: Map<Nodes, number>, pieces: string[]): void {
  if (!('children' in node) || size(node, sizes) <= PIECE_NODES || (node.type === 'element' && WHOLE.has(node.tagName))) {
    pieces.push(pageHtml(node));
    return;
  }
  const [open, close] = node.type === 'element' ? tags(node) : ['', ''];
  if (open) pieces.push(open);
  for (const child of (node as Root | Element).children) addPieces(child, sizes, pieces);
  if (close) pieces.push(close);
}

/** Nodes in the subtree, counted once per node; HTML already serialised by its length. */
function size(node: Nodes, sizes: Map<Nodes, number>): number {
  if (node.type === 'raw') return Math.max(1, Math.ceil(node.value.length / CHARS_PER_NODE));
  if (!('children' in node)) return 1;
  let known = sizes.get(node);
  if (known === undefined) sizes.set(node, (known = node.children.reduce((sum, child) => sum + size(child, sizes), 1)));
  return known;
}

/** An element's opening and closing tags, as the serialiser writes them around its children. */
function tags(element: Element): [string, string] {
  const html = pageHtml({ ...element, children: [{ type: 'raw', value: CHILDREN } as unknown as Element] });
  // The last: an attribute's value may hold anything, the closing tag only its name.
  const at = html.lastIndexOf(CHILDREN);
  return [html.slice(0, at), html.slice(at + CHILDREN.length)];
}

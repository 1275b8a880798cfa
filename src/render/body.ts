// A procedure's Markdown body → safe hast. Procedure text is untrusted: raw HTML is shown as
// text, typed links (role:, step:, procedure:, legal:) become relative links, and the result
// passes rehype-sanitize with an explicit allow-list.
import type { Root as HastRoot } from 'hast';
import type { Heading, Html, Link, Root } from 'mdast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parseProcedureRef, parseStepRef } from '../model/build.js';
import type { Procedure } from '../model/types.js';
import { anchor, href, page } from './urls.js';

/** Only what Markdown itself produces; no style, no script, no forms, no iframes. */
const schema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: 'body-',
  protocols: { href: ['http', 'https', 'mailto'] },
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !['input', 'img'].includes(tag)),
};

const toHast = unified().use(remarkRehype).use(rehypeSanitize, schema);

/** `built`: Regions in this build; links into others become plain text rather than dangle. */
export function renderBody(procedure: Procedure, from: string, built: ReadonlySet<string>): HastRoot {
  const tree = structuredClone(procedure.body) as Root;
  visit(tree, 'html', (node: Html, index, parent) => {
    // Shown literally rather than dropped: an editor sees what they wrote and nothing runs.
    if (parent && index !== undefined) parent.children[index] = { type: 'text', value: node.value } as never;
  });
  visit(tree, 'heading', (node: Heading) => {
    // The body sits under the page's h1 and the section's h2.
    node.depth = Math.min(6, node.depth + 2) as Heading['depth'];
  });
  visit(tree, 'link', (node: Link, index, parent) => {
    const target = typedLinkTarget(node.url, procedure);
    if (!target) return;
    if (built.has(target.page.split('/')[0]!)) node.url = href(from, target.page, target.fragment);
    else if (parent && index !== undefined) parent.children.splice(index, 1, ...node.children);
  });
  visit(tree, 'image', (node, index, parent) => {
    // Images would load from anywhere; the handbook is self-contained, so they become their alt text.
    if (parent && index !== undefined) parent.children[index] = { type: 'text', value: node.alt ?? '' } as never;
  });
  return toHast.runSync(tree) as HastRoot;
}

function typedLinkTarget(url: string, procedure: Procedure): { page: string; fragment?: string } | undefined {
  const match = /^(role|step|procedure|legal):(.*)$/.exec(url);
  if (!match) return undefined;
  const [, kind, target] = match as unknown as [string, string, string];
  const region = procedure.folder;
  switch (kind) {
    case 'role':
      return { page: page.role(region, target) };
    case 'legal':
      return { page: page.legal(region), fragment: anchor.legal(target) };
    case 'procedure': {
      const ref = parseProcedureRef(target, region);
      return { page: page.procedure(ref.region, ref.procedure) };
    }
    default: {
      const ref = parseStepRef(target, region, procedure.id);
      return { page: page.procedure(ref.region, ref.procedure), fragment: anchor.step(ref.step) };
    }
  }
}

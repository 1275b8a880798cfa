// A procedure's Markdown body → safe hast. Procedure text is untrusted: raw HTML is shown as
// text, typed links (role:, step:, procedure:, legal:) become relative links, and the result
// passes hast-util-sanitize (the sanitizer of rehype-sanitize) with an explicit allow-list.
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { defaultHandlers, toHast, type Handlers } from 'mdast-util-to-hast';
import { parseProcedureRef, parseStepRef } from '../model/build.js';
import { toString } from 'mdast-util-to-string';
import type { LinkKind, Procedure } from '../model/types.js';
import { anchor, href, page } from './urls.js';

/** Only what Markdown itself produces; no style, no script, no forms, no iframes. */
const schema: Schema = {
  ...defaultSchema,
  clobberPrefix: 'body-',
  protocols: { href: ['http', 'https', 'mailto'] },
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !['input', 'img'].includes(tag)),
};

/**
 * `built`: Regions in this build; links into others become plain text rather than dangle.
 * The shared body tree is never changed: each page's differences are made while converting it.
 */
export interface BodyOptions {
  /** Public phone numbers to make callable where the prose writes them. */
  phones?: readonly string[];
  /** The name of what a typed link points to, shown instead of its id when the link's text is the bare id. */
  nameOf?: (kind: LinkKind, target: string) => string | undefined;
}

export function renderBody(procedure: Procedure, from: string, built: ReadonlySet<string>, options: BodyOptions = {}): HastRoot {
  const handlers: Handlers = {
    // Shown literally rather than dropped: an editor sees what they wrote and nothing runs.
    html: (_state, node) => ({ type: 'text', value: node.value }),
    // The body sits under the page's h1 and the section's h2.
    heading: (state, node) => defaultHandlers.heading(state, { ...node, depth: Math.min(6, node.depth + 2) as typeof node.depth }),
    link: (state, node) => {
      const target = typedLinkTarget(node.url, procedure);
      if (!target) return defaultHandlers.link(state, node);
      // "[adesione-programma](step:adesione-programma)": the reader gets the step's name.
      const [kind, id] = node.url.split(/:(.*)/s) as [LinkKind, string];
      const name = toString(node) === id ? options.nameOf?.(kind, id) : undefined;
      if (name) node = { ...node, children: [{ type: 'text', value: name }] };
      if (built.has(target.page.split('/')[0]!)) return defaultHandlers.link(state, { ...node, url: href(from, target.page, target.fragment) });
      return state.all(node);
    },
    // Images would load from anywhere; the handbook is self-contained, so they become their alt text.
    image: (_state, node) => ({ type: 'text', value: node.alt ?? '' }),
  };
  return callable(sanitize(toHast(procedure.body(), { handlers }), schema) as HastRoot, options.phones ?? []);
}

/**
 * The Region's public phone numbers (the Numero Verde) written in the prose become `tel:` links.
 * Done after sanitising, on text nodes only: the editor's own links keep the strict protocol list.
 */
function callable<T extends HastRoot | Element>(tree: T, phones: readonly string[]): T {
  if (phones.length === 0) return tree;
  const spaced = (phone: string) => phone.trim().split(/\s+/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
  const pattern = new RegExp(`(?<![\\d])(?:${[...new Set(phones)].map(spaced).join('|')})(?![\\d])`, 'g');
  const visit = (node: HastRoot | Element) => {
    node.children = node.children.flatMap((child): ElementContent[] => {
      if (child.type === 'element') {
        if (child.tagName !== 'a' && child.tagName !== 'code') visit(child);
        return [child];
      }
      if (child.type !== 'text') return [child as ElementContent];
      const parts: ElementContent[] = [];
      let last = 0;
      for (const match of child.value.matchAll(pattern)) {
        parts.push({ type: 'text', value: child.value.slice(last, match.index) });
        parts.push({ type: 'element', tagName: 'a', properties: { href: `tel:${match[0].replace(/[^\d+]/g, '')}` }, children: [{ type: 'text', value: match[0] }] });
        last = match.index + match[0].length;
      }
      if (last === 0) return [child];
      parts.push({ type: 'text', value: child.value.slice(last) });
      return parts.filter((part) => part.type !== 'text' || part.value !== '');
    }) as typeof node.children;
  };
  visit(tree);
  return tree;
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

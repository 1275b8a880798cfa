// A procedure's Markdown body → safe hast. Procedure text is untrusted: raw HTML is shown as
// text, typed links (role:, step:, procedure:, legal:) become relative links, and the result
// passes hast-util-sanitize (the sanitizer of rehype-sanitize) with an explicit allow-list.
import type { Root as HastRoot } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { Root } from 'mdast';
import { defaultHandlers, toHast, type Handlers } from 'mdast-util-to-hast';
import { parseProcedureRef, parseStepRef } from '../model/build.js';
import type { Procedure } from '../model/types.js';
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
export function renderBody(procedure: Procedure, from: string, built: ReadonlySet<string>): HastRoot {
  const handlers: Handlers = {
    // Shown literally rather than dropped: an editor sees what they wrote and nothing runs.
    html: (_state, node) => ({ type: 'text', value: node.value }),
    // The body sits under the page's h1 and the section's h2.
    heading: (state, node) => defaultHandlers.heading(state, { ...node, depth: Math.min(6, node.depth + 2) as typeof node.depth }),
    link: (state, node) => {
      const target = typedLinkTarget(node.url, procedure);
      if (!target) return defaultHandlers.link(state, node);
      if (built.has(target.page.split('/')[0]!)) return defaultHandlers.link(state, { ...node, url: href(from, target.page, target.fragment) });
      return state.all(node);
    },
    // Images would load from anywhere; the handbook is self-contained, so they become their alt text.
    image: (_state, node) => ({ type: 'text', value: node.alt ?? '' }),
  };
  return sanitize(toHast(procedure.body as Root, { handlers }), schema) as HastRoot;
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

// Hover on an id: what it is (a role's name and mandate, a step's action, a legal reference's
// citation); on a value of a closed list, what it means; on a property name, its schema's words.
import { parseDocument } from 'yaml';
import { MarkupKind, type Hover } from 'vscode-languageserver';
import { lspMessages } from '../i18n/lsp.js';
import type { LinkKind } from '../model/types.js';
import { conditionHover, factNamed, whenAround } from './condition.js';
import { scalarAt, yamlOf } from './cursor.js';
import { idKindAt } from './fields.js';
import { BODY_LINK_KINDS, idContext, liveData, schemaNameOf, WRITTEN_LINK, type Served } from './document.js';
import { describe } from './ids.js';
import { inLanguage, schemaAt, schemaNamed } from './schemas.js';

export function hover(served: Served, offset: number): Hover | null {
  const text = served.document.getText();
  const markdown = served.file.kind === 'procedure';
  const part = yamlOf(text, markdown);
  const live = part ? liveData(parseDocument(part.yaml, { uniqueKeys: false })) : {};
  let found: string | undefined;
  if (part && offset >= part.offset && offset <= part.offset + part.yaml.length) {
    const scalar = scalarAt(part.yaml, offset - part.offset);
    if (!scalar) return null;
    const schemaName = schemaNameOf(served.file);
    const schema = schemaNamed(schemaName);
    const at = schema && schemaAt(schema, scalar.path);
    const kind = idKindAt(schemaName, scalar.path);
    const field = scalar.path.filter((step): step is string => typeof step === 'string').at(-1) ?? '';
    if (scalar.isKey) found = at && [inLanguage(at.title, served.lang), inLanguage(at.description, served.lang)].filter(Boolean).map((line, i) => (i === 0 ? `**${line}**` : line)).join('\n\n');
    else if (kind) found = describe(kind, scalar.value, idContext(served, live, scalar.path));
    else if (at?.enum) found = lspMessages[served.lang].values[field]?.[scalar.value];
    if (markdown && whenAround(scalar.path)) {
      // On `when` itself the schema's words come first; inside it, the fact a key or value is about.
      const own = scalar.isKey && scalar.path.length === 5;
      const words = conditionHover(live, scalar.path, own ? undefined : factNamed(scalar.path), served.model?.corpus.catalogue.facts ?? new Map(), served.lang);
      if (words) found = own && found ? `${found}\n\n${words}` : words;
    }
  } else if (markdown) {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const newline = text.indexOf('\n', offset);
    const line = text.slice(lineStart, newline === -1 ? text.length : newline);
    for (const link of line.matchAll(WRITTEN_LINK)) {
      const [start, end] = [lineStart + link.index, lineStart + link.index + link[0].length];
      if (offset >= start && offset <= end) found = describe(BODY_LINK_KINDS[link[1] as LinkKind], link[2]!, idContext(served, live, []));
    }
  }
  return found ? { contents: { kind: MarkupKind.Markdown, value: found } } : null;
}

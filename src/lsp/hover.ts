// Hover on an id: what it is (a role's name and mandate, a step's action, a legal reference's
// citation), or what a value of a closed list means.
import { parseDocument } from 'yaml';
import { MarkupKind, type Hover } from 'vscode-languageserver';
import { lspMessages } from '../i18n/lsp.js';
import { valueAt, yamlOf } from './cursor.js';
import { idKindAt } from './fields.js';
import { BODY_LINK_KINDS, idContext, liveData, schemaNameOf, type Served } from './completion.js';
import { describe } from './ids.js';
import { schemaAt, schemaNamed } from './schemas.js';

export function hover(served: Served, offset: number): Hover | null {
  const text = served.document.getText();
  const markdown = served.file.kind === 'procedure';
  const part = yamlOf(text, markdown);
  const live = part ? liveData(parseDocument(part.yaml, { uniqueKeys: false })) : {};
  let found: string | undefined;
  if (part && offset >= part.offset && offset <= part.offset + part.yaml.length) {
    const value = valueAt(part.yaml, offset - part.offset);
    if (!value) return null;
    const schemaName = schemaNameOf(served.file);
    const kind = idKindAt(schemaName, value.path);
    const field = value.path.filter((step): step is string => typeof step === 'string').at(-1) ?? '';
    const schema = schemaNamed(schemaName);
    found = kind
      ? describe(kind, value.value, idContext(served, live, value.path))
      : schema && schemaAt(schema, value.path)?.enum ? lspMessages[served.lang].values[field]?.[value.value] : undefined;
  } else if (markdown) {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const newline = text.indexOf('\n', offset);
    const line = text.slice(lineStart, newline === -1 ? text.length : newline);
    for (const link of line.matchAll(/\]\((role|step|legal|procedure):([^)\s]*)\)/g)) {
      const [start, end] = [lineStart + link.index, lineStart + link.index + link[0].length];
      if (offset >= start && offset <= end) found = describe(BODY_LINK_KINDS[link[1]!]!, link[2]!, idContext(served, live, []));
    }
  }
  return found ? { contents: { kind: MarkupKind.Markdown, value: found } } : null;
}

// Completion in front-matter and corpus YAML: property names the schema allows at the cursor,
// the values of closed lists, and ids from the corpus where a field takes one; in a procedure's
// body, the targets of `](role:`, `](step:`, `](legal:` and `](procedure:` links.
import { parseDocument } from 'yaml';
import { CompletionItemKind, CompletionItemTag, MarkupKind, type CompletionItem, type Range } from 'vscode-languageserver';
import { lspMessages } from '../i18n/lsp.js';
import type { Lang, LinkKind } from '../model/types.js';
import { cursorAt, yamlOf } from './cursor.js';
import { idKindAt, type IdKind } from './fields.js';
import { BODY_LINK_KINDS, idContext, liveData, schemaNameOf, TYPED_LINK, type Served } from './document.js';
import { candidates, type IdContext } from './ids.js';
import { inLanguage, isArray, isObject, schemaAt, schemaNamed, type JsonSchema } from './schemas.js';

export function complete(served: Served, offset: number): CompletionItem[] {
  const text = served.document.getText();
  const markdown = served.file.kind === 'procedure';
  const part = yamlOf(text, markdown);
  if (part && offset >= part.offset && offset <= part.offset + part.yaml.length) return completeYaml(served, part, offset);
  return markdown ? completeBodyLink(served, part?.yaml, offset) : [];
}

function completeYaml(served: Served, part: { yaml: string; offset: number }, offset: number): CompletionItem[] {
  const schemaName = schemaNameOf(served.file);
  const schema = schemaNamed(schemaName);
  const cursor = cursorAt(part.yaml, offset - part.offset);
  if (!schema || !cursor) return [];
  const { document, lang } = served;
  const range = { start: document.positionAt(part.offset + cursor.replace.start), end: document.positionAt(part.offset + cursor.replace.end) };
  const at = schemaAt(schema, cursor.path);
  if (cursor.mode === 'key') {
    if (isObject(at)) return propertyItems(at!, cursor.present, range, cursor.lineEnds, lang);
    // `- |` in a list of ids or values: the item is a value.
    if (!cursor.itemOrKey) return [];
  }
  // A whole array written after its key (`roles: |`) takes its first item inside brackets.
  const wholeArray = isArray(at) && !cursor.inFlow;
  const item: JsonSchema | undefined = isArray(at) ? schemaAt(schema, [...cursor.path, 0]) : at;
  const field = cursor.path.filter((step): step is string => typeof step === 'string').at(-1) ?? '';
  const wrap = (value: string) => `${cursor.needsSpace ? ' ' : ''}${wholeArray ? `[${value}]` : value}`;
  const values = valuesOf(item, field, lang).filter((value) => !cursor.listed.includes(value.label));
  if (values.length > 0) {
    return values.map((value, index) => ({
      label: value.label,
      kind: CompletionItemKind.EnumMember,
      ...(value.documentation ? { documentation: { kind: MarkupKind.Markdown, value: value.documentation } } : {}),
      sortText: String(index).padStart(3, '0'),
      filterText: value.label,
      textEdit: { range, newText: wrap(value.label) },
    }));
  }
  const kind = idKindAt(schemaName, cursor.path);
  if (!kind) return [];
  const live = liveData(cursor.doc);
  return idItems(kind, idContext(served, live, cursor.path), range, wrap).filter((item) => !cursor.listed.includes(item.label));
}

/** The properties of an object not written yet, the required ones first. */
function propertyItems(schema: JsonSchema, present: readonly string[], range: Range, lineEnds: boolean, lang: Lang): CompletionItem[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).filter(([name]) => !present.includes(name)).map(([name, property]) => {
    const detail = inLanguage(property.title, lang);
    const documentation = inLanguage(property.description, lang);
    return {
      label: name,
      kind: CompletionItemKind.Property,
      ...(detail ? { detail } : {}),
      ...(documentation ? { documentation } : {}),
      sortText: `${required.has(name) ? 0 : 1}${name}`,
      // Before other text on the line, only the name; at its end, the colon and space too.
      textEdit: { range, newText: lineEnds ? `${name}: ` : name },
    };
  });
}

/** The values of a closed list (with what each means) or of a yes/no field. */
function valuesOf(schema: JsonSchema | undefined, field: string, lang: Lang): Array<{ label: string; documentation?: string }> {
  if (schema?.enum) {
    const meanings = lspMessages[lang].values[field] ?? {};
    return schema.enum.map(String).map((label) => ({ label, ...(meanings[label] ? { documentation: meanings[label] } : {}) }));
  }
  return schema?.type === 'boolean' ? [{ label: 'true' }, { label: 'false' }] : [];
}

function idItems(kind: IdKind, context: IdContext, range: Range, wrap: (id: string) => string): CompletionItem[] {
  return candidates(kind, context).map((candidate) => ({
    label: candidate.id,
    kind: CompletionItemKind.Value,
    ...(candidate.detail ? { detail: candidate.detail } : {}),
    ...(candidate.documentation ? { documentation: candidate.documentation } : {}),
    ...(candidate.deprecated ? { tags: [CompletionItemTag.Deprecated] } : {}),
    sortText: `${candidate.rank}${candidate.id}`,
    filterText: candidate.id,
    textEdit: { range, newText: wrap(candidate.id) },
  }));
}

function completeBodyLink(served: Served, yaml: string | undefined, offset: number): CompletionItem[] {
  const text = served.document.getText();
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const link = TYPED_LINK.exec(text.slice(lineStart, offset));
  if (!link) return [];
  const kind = BODY_LINK_KINDS[link[1] as LinkKind];
  const typed = link[2]!;
  const ahead = /^[^)\s]*/.exec(text.slice(offset))![0].length;
  const range = { start: served.document.positionAt(offset - typed.length), end: served.document.positionAt(offset + ahead) };
  const live = yaml === undefined ? {} : liveData(parseDocument(yaml, { uniqueKeys: false }));
  return idItems(kind, idContext(served, live, []), range, (id) => id);
}

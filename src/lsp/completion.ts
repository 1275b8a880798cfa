// Completion in front-matter and corpus YAML: property names the schema allows at the cursor,
// the values of closed lists, and ids from the corpus where a field takes one; in a procedure's
// body, the targets of `](role:`, `](step:`, `](legal:` and `](procedure:` links.
import { parseDocument, type Document } from 'yaml';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItemKind, CompletionItemTag, MarkupKind, type CompletionItem, type Range } from 'vscode-languageserver';
import type { LoadResult } from '../load/corpus.js';
import { lspMessages } from '../i18n/lsp.js';
import type { Lang, YamlPath } from '../model/types.js';
import { cursorAt, yamlOf } from './cursor.js';
import { idKindAt, type IdKind } from './fields.js';
import { candidates, type IdContext, type Live } from './ids.js';
import { inLanguage, isArray, isObject, schemaAt, schemaNamed, type JsonSchema } from './schemas.js';
import type { CorpusFile } from './workspace.js';

export interface Served {
  document: TextDocument;
  file: CorpusFile;
  model: LoadResult | undefined;
  lang: Lang;
}

/** The schema a corpus file is written against. */
export const schemaNameOf = (file: CorpusFile): string => (file.kind === 'catalogue' ? file.name : file.kind);

/** Links in a procedure's body that name corpus ids (see model/build.ts). */
export const BODY_LINK_KINDS: Record<string, IdKind> = { role: 'role', step: 'target', legal: 'legal', procedure: 'procedure' };

export function complete(served: Served, offset: number): CompletionItem[] {
  const text = served.document.getText();
  const markdown = served.file.kind === 'procedure';
  const part = yamlOf(text, markdown);
  if (part && offset >= part.offset && offset <= part.offset + part.yaml.length) return completeYaml(served, part, offset);
  return markdown ? completeBodyLink(served, part?.yaml, offset) : [];
}

/** The document as plain data, as far as it parses. */
export function liveData(doc: Document): Live {
  try {
    const data: unknown = doc.toJS({ maxAliasCount: 0 });
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Live) : {};
  } catch {
    return {};
  }
}

export function idContext(served: Served, live: Live, path: YamlPath): IdContext {
  const { file, model, lang } = served;
  return { model, lang, live, path, ...(file.kind === 'catalogue' ? {} : { folder: file.folder }), regionFile: file.kind === 'region' };
}

function completeYaml(served: Served, part: { yaml: string; offset: number }, offset: number): CompletionItem[] {
  const schemaName = schemaNameOf(served.file);
  const schema = schemaNamed(schemaName);
  const cursor = cursorAt(part.yaml, offset - part.offset);
  if (!schema || !cursor) return [];
  const { document, lang } = served;
  const range = { start: document.positionAt(part.offset + cursor.replace.start), end: document.positionAt(part.offset + cursor.replace.end) };
  const at = schemaAt(schema, cursor.path);
  if (cursor.mode === 'key' && !(cursor.itemOrKey && !isObject(at))) {
    if (!isObject(at)) return [];
    const required = new Set(at!.required ?? []);
    return Object.entries(at!.properties!).filter(([name]) => !cursor.present.includes(name)).map(([name, property]) => {
      const detail = inLanguage(property.title, lang);
      const documentation = inLanguage(property.description, lang);
      const newText = cursor.lineEnds ? `${name}: ` : name;
      return {
        label: name,
        kind: CompletionItemKind.Property,
        ...(detail ? { detail } : {}),
        ...(documentation ? { documentation } : {}),
        sortText: `${required.has(name) ? 0 : 1}${name}`,
        textEdit: { range, newText },
      };
    });
  }
  // A whole array written after its key (`roles: |`) takes its first item inside brackets.
  const wholeArray = isArray(at) && !cursor.inFlow;
  const item: JsonSchema | undefined = isArray(at) ? schemaAt(schema, [...cursor.path, 0]) : at;
  const field = cursor.path.filter((step): step is string => typeof step === 'string').at(-1) ?? '';
  const wrap = (value: string) => `${cursor.needsSpace ? ' ' : ''}${wholeArray ? `[${value}]` : value}`;
  const values = valuesOf(item, field, lang);
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
  return idItems(kind, idContext(served, live, cursor.path), range, wrap);
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

const BODY_LINK = /\]\((role|step|legal|procedure):([^)\s]*)$/;

function completeBodyLink(served: Served, yaml: string | undefined, offset: number): CompletionItem[] {
  const text = served.document.getText();
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const link = BODY_LINK.exec(text.slice(lineStart, offset));
  if (!link) return [];
  const kind = BODY_LINK_KINDS[link[1]!]!;
  const typed = link[2]!;
  const ahead = /^[^)\s]*/.exec(text.slice(offset))![0].length;
  const range = { start: served.document.positionAt(offset - typed.length), end: served.document.positionAt(offset + ahead) };
  const live = yaml === undefined ? {} : liveData(parseDocument(yaml, { uniqueKeys: false }));
  return idItems(kind, idContext(served, live, []), range, (id) => id);
}

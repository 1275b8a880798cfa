// `sop lsp`: the language server's wiring. Open documents are checked with their unsaved text
// a moment after each change; completion and hover read the last model of their corpus.
import { fileURLToPath } from 'node:url';
import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LoadResult } from '../load/corpus.js';
import type { Lang } from '../model/types.js';
import { complete } from './completion.js';
import { diagnosticsFor } from './diagnostics.js';
import type { Served } from './document.js';
import { hover } from './hover.js';
import { CorpusSession } from './overlay.js';
import { corpusFile, corpusRootOf } from './workspace.js';

export interface LspOptions {
  /** Overridden by the client's initialization option `lang`. */
  lang: Lang;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/** Long enough to let a word be typed, short enough to feel immediate. */
const DEBOUNCE_MS = 150;

const pathOf = (uri: string): string | undefined => (uri.startsWith('file:') ? fileURLToPath(uri) : undefined);

export function startServer(options: LspOptions): Connection {
  const connection = createConnection(ProposedFeatures.all, options.input, options.output);
  const documents = new TextDocuments(TextDocument);
  const sessions = new Map<string, CorpusSession>();
  const timers = new Map<string, NodeJS.Timeout>();

  const served = (uri: string) => {
    const filePath = pathOf(uri);
    const file = filePath === undefined ? undefined : corpusFile([...sessions.keys()], filePath);
    return file && filePath ? { file, filePath, session: sessions.get(file.root)! } : undefined;
  };

  /** Checks a corpus with the open documents' text, and publishes the diagnostics of each. */
  async function run(session: CorpusSession): Promise<LoadResult> {
    const open = documents.all().flatMap((document) => {
      const found = served(document.uri);
      // The text and version as of now: the document object is updated in place as the editor types.
      return found?.session === session ? [{ uri: document.uri, version: document.version, filePath: found.filePath, text: document.getText() }] : [];
    });
    const result = await session.check(new Map(open.map(({ filePath, text }) => [filePath, text])));
    for (const { uri, version, filePath, text } of open) {
      if (!documents.get(uri)) continue;
      void connection.sendDiagnostics({ uri, version, diagnostics: diagnosticsFor(result.files, filePath, text) });
    }
    return result.loaded;
  }

  function schedule(session: CorpusSession): void {
    clearTimeout(timers.get(session.root));
    timers.set(session.root, setTimeout(() => {
      timers.delete(session.root);
      run(session).catch((error: unknown) => connection.console.error(String(error instanceof Error ? error.stack : error)));
    }, DEBOUNCE_MS));
  }

  async function servedAt(uri: string): Promise<Served | undefined> {
    const found = served(uri);
    const document = documents.get(uri);
    if (!found || !document) return undefined;
    const model = found.session.model ?? (await run(found.session));
    return { document, file: found.file, model, lang: found.session.lang };
  }

  connection.onInitialize(async (params: InitializeParams) => {
    const requested = (params.initializationOptions as { lang?: unknown } | undefined)?.lang;
    const lang: Lang = requested === 'en' || requested === 'it' ? requested : options.lang;
    const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri }] : []);
    for (const folder of folders) {
      const dir = pathOf(folder.uri);
      const root = dir === undefined ? undefined : await corpusRootOf(dir);
      if (root) sessions.set(root, new CorpusSession(root, lang));
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        completionProvider: { triggerCharacters: [':', ' ', '-', '/', '#', '[', ','] },
        hoverProvider: true,
      },
      serverInfo: { name: 'sop' },
    };
  });

  documents.onDidChangeContent(({ document }) => {
    const found = served(document.uri);
    if (found) schedule(found.session);
  });
  documents.onDidSave(({ document }) => {
    const found = served(document.uri);
    if (found) schedule(found.session);
  });
  documents.onDidClose(({ document }) => {
    const found = served(document.uri);
    if (!found) return;
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    // The file on disk stands for it again, which may change what the others reference.
    schedule(found.session);
  });
  // Files changed outside the editor (a git checkout, another program).
  connection.onDidChangeWatchedFiles(() => {
    for (const session of sessions.values()) schedule(session);
  });

  connection.onCompletion(async ({ textDocument, position }) => {
    const at = await servedAt(textDocument.uri);
    return at ? complete(at, at.document.offsetAt(position)) : null;
  });
  connection.onHover(async ({ textDocument, position }) => {
    const at = await servedAt(textDocument.uri);
    return at ? hover(at, at.document.offsetAt(position)) : null;
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}

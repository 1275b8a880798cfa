// A language client as an editor runs one: `sop lsp --stdio` spawned from the built CLI, spoken
// to over JSON-RPC on its standard input and output.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CompletionRequest, createProtocolConnection, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification, ExitNotification, HoverRequest, InitializedNotification, InitializeRequest,
  PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
  type CompletionItem, type CompletionList, type Hover, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { REPO } from '../helpers.js';

export const uriOf = (file: string): string => pathToFileURL(file).href;

export class Client {
  readonly #child: ChildProcessWithoutNullStreams;
  readonly #connection: ProtocolConnection;
  readonly #published: PublishDiagnosticsParams[] = [];
  #waiting: Array<() => void> = [];
  #versions = new Map<string, number>();
  stderr = '';

  private constructor(args: readonly string[]) {
    this.#child = spawn(process.execPath, [path.join(REPO, 'bin/sop.js'), 'lsp', '--stdio', ...args], { stdio: 'pipe' });
    this.#child.stderr.on('data', (chunk: Buffer) => void (this.stderr += chunk.toString()));
    this.#connection = createProtocolConnection(new StreamMessageReader(this.#child.stdout), new StreamMessageWriter(this.#child.stdin));
    this.#connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.#published.push(params);
      for (const wake of this.#waiting) wake();
    });
    this.#connection.listen();
  }

  /** Starts the server on a workspace folder, as an editor opening that folder. */
  static async start(workspace: string, { args = [], initializationOptions }: { args?: readonly string[]; initializationOptions?: object } = {}): Promise<Client> {
    const client = new Client(args);
    await client.#connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
      workspaceFolders: [{ uri: uriOf(workspace), name: path.basename(workspace) }],
      ...(initializationOptions ? { initializationOptions } : {}),
    });
    await client.#connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  get published(): readonly PublishDiagnosticsParams[] {
    return this.#published;
  }

  /** Opens a file (by path, or by a `file:` URI written as a client may write it); returns its URI. */
  async open(file: string, text: string): Promise<string> {
    const uri = file.startsWith('file:') ? file : uriOf(file);
    this.#versions.set(uri, 1);
    await this.#connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: file.endsWith('.md') ? 'markdown' : 'yaml', version: 1, text },
    });
    return uri;
  }

  /** Replaces the whole text, as a client without incremental sync does; returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.#versions.get(uri) ?? 0) + 1;
    this.#versions.set(uri, version);
    await this.#connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.#connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** The first diagnostics published for `uri` at `version` (waiting for them if need be). */
  diagnostics(uri: string, version = this.#versions.get(uri)): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version}; stderr: ${this.stderr}`)), 20_000);
      const look = () => {
        const found = this.#published.find((params) => params.uri === uri && params.version === version);
        if (!found) return;
        clearTimeout(timer);
        this.#waiting = this.#waiting.filter((wake) => wake !== look);
        resolve(found);
      };
      this.#waiting.push(look);
      look();
    });
  }

  async complete(uri: string, line: number, character: number): Promise<CompletionItem[]> {
    const answer: CompletionList | CompletionItem[] | null = await this.#connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character } });
    return answer === null ? [] : Array.isArray(answer) ? answer : answer.items;
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.#connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
  }

  /** Shuts the server down as an editor does; resolves with its exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.#child.on('exit', resolve));
    await this.#connection.sendRequest(ShutdownRequest.type);
    await this.#connection.sendNotification(ExitNotification.type);
    const code = await exited;
    this.#connection.dispose();
    return code;
  }
}

/** Line and character (0-based) of the first occurrence of `needle` in `text`, plus `shift` characters. */
export function positionOf(text: string, needle: string, shift = 0): { line: number; character: number } {
  const index = text.indexOf(needle);
  if (index === -1) throw new Error(`"${needle}" not in the text`);
  const before = text.slice(0, index + shift).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}

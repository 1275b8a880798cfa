// The `sop dev` web server: the last good build from memory, plus a Server-Sent Events stream
// that tells open pages to reload or to show the diagnostics of a failed build.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CLIENT_SCRIPT, CLIENT_STYLE } from './client.js';

export interface Failure {
  title: string;
  hint: string;
  /** The diagnostics as `sop check` prints them. */
  report: string;
}

export interface DevServerOptions {
  host: string;
  port: number;
  /** Whether a build succeeded yet: until then every page is a waiting page. */
  ready(): boolean;
  /** An output file of the last good build, as it is now; undefined when there is none. */
  output(file: string): Promise<string | Buffer | undefined>;
  /** Why the last build failed, when it did. */
  failure(): Failure | undefined;
}

export interface DevServer {
  url: string;
  /** The output files open in a browser. */
  open(): Set<string>;
  /**
   * Tells the open pages which output files changed (they reload if theirs did). Outputs of the
   * last good build are still made while a save is broken, so the pages are also told whether the
   * diagnostics still stand.
   */
  built(changed: string[]): void;
  failed(failure: Failure): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.ttf': 'font/ttf',
};

const CLIENT_TAGS = '<link rel="stylesheet" href="/__sop/client.css"><script src="/__sop/client.js" defer></script>';

/** The page as served in development: with the client, and allowed to open the event stream. */
function withClient(html: string): string {
  return html.replace('http-equiv="Content-Security-Policy" content="', '$&connect-src &#x27;self&#x27;; ').replace('</head>', `${CLIENT_TAGS}</head>`);
}

/** Shown while no build has succeeded yet: the overlay has something to sit on. */
const WAITING_PAGE = `<!doctype html><html lang="it"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self';"><title>sop dev</title></head><body><main><h1>sop dev</h1></main></body></html>`;

export async function startServer(options: DevServerOptions): Promise<DevServer> {
  /** Each page's event stream, with the output file it shows. */
  const streams = new Map<ServerResponse, string>();
  const send = (stream: ServerResponse, event: string, data: unknown) => stream.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

  const server = createServer((request, response) => void serve(request, response).catch((error: Error) => {
    // A renderer failed: a bug, shown as such rather than a page that never loads.
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(`sop dev could not make this page: ${error.stack ?? error.message}\n`);
  }));
  const serve = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const headers = { 'cache-control': 'no-store' };
    if (url.pathname === '/__sop/events') {
      response.writeHead(200, { ...headers, 'content-type': 'text/event-stream', connection: 'keep-alive' });
      response.write(': sop dev\n\n');
      streams.set(response, url.searchParams.get('page') ?? '');
      request.on('close', () => streams.delete(response));
      const failure = options.failure();
      if (failure) send(response, 'failed', failure);
      return;
    }
    if (url.pathname === '/__sop/client.js' || url.pathname === '/__sop/client.css') {
      const script = url.pathname.endsWith('.js');
      response.writeHead(200, { ...headers, 'content-type': script ? TYPES['.js']! : TYPES['.css']! });
      response.end(script ? CLIENT_SCRIPT : CLIENT_STYLE);
      return;
    }
    // Browsers ask for it on their own; the handbooks have none, and a 404 would look like a fault.
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204, headers).end();
      return;
    }
    let file: string;
    try {
      file = decodeURIComponent(url.pathname).slice(1);
    } catch {
      file = '';
    }
    if (file === '' || file.endsWith('/')) file += 'index.html';
    // Only files of the build are served: the build holds nothing from outside the output.
    const output = options.ready() ? await options.output(file) : undefined;
    const type = TYPES[path.posix.extname(file)] ?? 'application/octet-stream';
    if (output === undefined) {
      const waiting = !options.ready() && type === TYPES['.html'];
      response.writeHead(waiting ? 200 : 404, { ...headers, 'content-type': waiting ? type : 'text/plain; charset=utf-8' });
      response.end(waiting ? withClient(WAITING_PAGE) : `Not found: /${file}\n`);
      return;
    }
    response.writeHead(200, { ...headers, 'content-type': type });
    response.end(type === TYPES['.html'] ? withClient(String(output)) : output);
  };
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}/`,
    open: () => new Set(streams.values()),
    built: (changed) => {
      const fixed = options.failure() === undefined;
      streams.forEach((_, stream) => send(stream, 'built', { changed, fixed }));
    },
    failed: (failure) => streams.forEach((_, stream) => send(stream, 'failed', failure)),
    close: async () => {
      for (const stream of streams.keys()) stream.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

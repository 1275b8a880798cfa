// The `sop dev` web server: the last good build from memory, plus a Server-Sent Events stream
// that tells open pages to reload or to show the diagnostics of a failed build.
import { createServer, type ServerResponse } from 'node:http';
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
  /** The output files currently served (the last good build). */
  outputs(): ReadonlyMap<string, { content: string | Buffer }>;
  /** Why the last build failed, when it did. */
  failure(): Failure | undefined;
}

export interface DevServer {
  url: string;
  /** Tells the open pages which output files changed (they reload if theirs did). */
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
  const streams = new Set<ServerResponse>();
  const send = (stream: ServerResponse, event: string, data: unknown) => stream.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const headers = { 'cache-control': 'no-store' };
    if (url.pathname === '/__sop/events') {
      response.writeHead(200, { ...headers, 'content-type': 'text/event-stream', connection: 'keep-alive' });
      response.write(': sop dev\n\n');
      streams.add(response);
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
    // Only files of the build are served: the map holds nothing from outside the output.
    const output = options.outputs().get(file);
    const type = TYPES[path.posix.extname(file)] ?? 'application/octet-stream';
    if (!output) {
      const waiting = options.outputs().size === 0 && type === TYPES['.html'];
      response.writeHead(waiting ? 200 : 404, { ...headers, 'content-type': waiting ? type : 'text/plain; charset=utf-8' });
      response.end(waiting ? withClient(WAITING_PAGE) : `Not found: /${file}\n`);
      return;
    }
    response.writeHead(200, { ...headers, 'content-type': type });
    response.end(type === TYPES['.html'] ? withClient(String(output.content)) : output.content);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}/`,
    built: (changed) => streams.forEach((stream) => send(stream, 'built', changed)),
    failed: (failure) => streams.forEach((stream) => send(stream, 'failed', failure)),
    close: async () => {
      for (const stream of streams) stream.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// `sop dev` driven as an editor uses it: a project on disk, the server on localhost, files saved.
import { spawn } from 'node:child_process';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DevSession } from '../../src/dev/index.js';
import { copyProject, REPO } from '../helpers.js';
import { sop } from '../cli/run.js';
import { outputFiles } from '../html.js';
import { session } from './session.js';

/** The first event of the page's event stream. */
async function firstEvent(url: string): Promise<string> {
  const controller = new AbortController();
  const response = await fetch(new URL('__sop/events', url), { signal: controller.signal });
  const reader = response.body!.getReader();
  let text = '';
  const complete = () => text.includes('event:') && text.indexOf('\n\n', text.indexOf('event:')) !== -1;
  while (!complete()) text += new TextDecoder().decode((await reader.read()).value);
  controller.abort();
  return text.slice(text.indexOf('event:'));
}

async function mtimes(dir: string): Promise<Map<string, number>> {
  const files = await outputFiles(dir);
  return new Map(await Promise.all(files.map(async (file) => [file, (await stat(path.join(dir, file))).mtimeMs] as [string, number])));
}

describe('sop dev', () => {
  let dev: DevSession | undefined;
  afterEach(() => dev?.close());

  it('serves the build, rebuilds on save, rewrites only the files that changed, keeps the last good build on errors and recovers', async () => {
    const root = await copyProject('base');
    const started = await session(root);
    dev = started.dev;
    const page = new URL('alfa/procedures/adulti.html', dev.url);
    const html = await (await fetch(page)).text();
    expect(html).toContain('Percorso per persone adulte');
    // Served pages carry the live-reload client, allowed by the page's own policy; dist/ does not.
    expect(html).toContain('<script src="/__sop/client.js" defer></script>');
    expect(html).toMatch(/content="connect-src &#x27;self&#x27;; default-src &#x27;none&#x27;;/);
    expect(await readFile(path.join(root, 'dist/alfa/procedures/adulti.html'), 'utf8')).not.toContain('__sop');

    const file = path.join(root, 'procedures/alfa/adulti.md');
    const source = await readFile(file, 'utf8');
    const before = await mtimes(path.join(root, 'dist'));
    await writeFile(file, source.replace('Svolge i colloqui di identificazione formale.', 'Svolge i colloqui di identificazione formale con un mediatore.'));
    const saved = await started.nextBuild();
    expect(saved.changes).toEqual(new Set(['alfa/adulti.md']));
    expect(await (await fetch(page)).text()).toContain('con un mediatore');
    const after = await mtimes(path.join(root, 'dist'));
    const rewritten = [...after].filter(([output, time]) => before.get(output) !== time).map(([output]) => output).sort();
    expect(saved.outcome.ok && [...saved.outcome.change.written.keys()].sort()).toEqual(rewritten);
    expect(rewritten).toContain('alfa/procedures/adulti.html');
    expect(rewritten).not.toContain('alfa/procedures/asilo.html');
    expect(rewritten).not.toContain('assets/style.css');

    await writeFile(file, source.replace('stages: [', 'stages: [[').replace('Percorso per persone adulte', 'Percorso guasto'));
    const broken = await started.nextBuild();
    expect(broken.outcome.ok).toBe(false);
    expect(broken.report).toBe("procedures/alfa/adulti.md:12:82  errore  Parentesi non chiusa: manca «]» alla fine dell'elenco. Suggerimento: chiudi l'elenco sulla stessa riga, es. [adults, minors]  parse/yaml\n");
    const overlay = await firstEvent(dev.url);
    expect(overlay).toMatch(/^event: failed\ndata: /);
    expect(JSON.parse(overlay.split('\n')[1]!.slice('data: '.length))).toMatchObject({ title: 'Il manuale non è stato aggiornato: ci sono errori', report: broken.report });
    // The last good page is still served, and still on disk.
    expect(await (await fetch(page)).text()).toContain('con un mediatore');
    expect(await readFile(path.join(root, 'dist/alfa/procedures/adulti.html'), 'utf8')).toContain('con un mediatore');

    await writeFile(file, source.replace('Percorso per persone adulte', 'Percorso corretto'));
    const fixed = await started.nextBuild();
    expect(fixed.outcome.ok).toBe(true);
    expect(await (await fetch(page)).text()).toContain('Percorso corretto');
  }, 60_000);

  it('removes the pages of a deleted procedure, and reports the links that would dangle', async () => {
    const root = await copyProject('base');
    const started = await session(root);
    dev = started.dev;
    // Nothing links to the procedure for minors: deleting it removes its page.
    await rm(path.join(root, 'procedures/alfa/minori.md'));
    const deleted = await started.nextBuild();
    expect(deleted.outcome.ok && deleted.outcome.change.removed).toContain('alfa/procedures/minori.html');
    expect((await fetch(new URL('alfa/procedures/minori.html', dev.url))).status).toBe(404);
    await expect(stat(path.join(root, 'dist/alfa/procedures/minori.html'))).rejects.toThrow(/ENOENT/);

    // The Beta procedure refers to the adults' pathway: deleting it dangles, so nothing changes yet.
    await rm(path.join(root, 'procedures/alfa/adulti.md'));
    const dangling = await started.nextBuild();
    expect(dangling.outcome.ok).toBe(false);
    expect(dangling.report).toContain('procedures/beta/trasferimento.md');
    expect(dangling.report).toContain('refs/unknown-procedure');
    expect((await fetch(new URL('alfa/procedures/adulti.html', dev.url))).status).toBe(200);
  }, 60_000);

  it('tells a page open in a browser that it changed, and serves it rebuilt, before the build is over', async () => {
    const root = await copyProject('base');
    const started = await session(root);
    dev = started.dev;
    // The Region's home lists the procedure's title; the browser shows it.
    const home = 'alfa/index.html';
    const controller = new AbortController();
    const stream = (await fetch(new URL(`__sop/events?page=${encodeURIComponent(home)}`, dev.url), { signal: controller.signal })).body!.getReader();
    const file = path.join(root, 'procedures/alfa/adulti.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('title: Percorso per persone adulte', 'title: Percorso rinnovato'));
    let text = '';
    while (!/event: built\ndata: .*"alfa\/index\.html"/.test(text)) text += new TextDecoder().decode((await stream.read()).value);
    controller.abort();
    expect(await (await fetch(new URL(home, dev.url))).text()).toContain('Percorso rinnovato');
    // The rest of the build, and the national section, follow.
    await started.nextBuild();
    expect(await (await fetch(new URL('national/coverage.html', dev.url))).text()).toContain('Percorso rinnovato');
  }, 60_000);

  it('keeps the PDFs that sop build wrote, and says they are not updated', async () => {
    const root = await copyProject('base');
    expect((await sop(root, ['build'])).code).toBe(0);
    const pdfs = (await outputFiles(path.join(root, 'dist'))).filter((file) => file.endsWith('.pdf'));
    expect(pdfs).toContain('alfa/alfa.pdf');
    const before = new Map(await Promise.all(pdfs.map(async (file) => [file, await readFile(path.join(root, 'dist', file))] as const)));
    // A stale page of the build goes: sop dev rewrites the HTML whole.
    await writeFile(path.join(root, 'dist/stale.html'), '<p>old</p>');
    dev = (await session(root)).dev;
    expect(dev.keptPdfs).toEqual(pdfs);
    for (const [file, content] of before) expect(await readFile(path.join(root, 'dist', file)), file).toEqual(content);
    await expect(stat(path.join(root, 'dist/stale.html'))).rejects.toThrow(/ENOENT/);
    expect(await (await fetch(new URL('alfa/alfa.pdf', dev.url))).arrayBuffer()).toEqual(new Uint8Array(before.get('alfa/alfa.pdf')!).buffer);
  }, 120_000);

  it('says in the terminal that the PDFs it keeps may be out of date', async () => {
    const root = await copyProject('base');
    expect((await sop(root, ['build', '--no-national'])).code).toBe(0);
    const child = spawn(process.execPath, [path.join(REPO, 'bin/sop.js'), 'dev', '--port', '0', '--no-national'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    try {
      while (!stderr.includes('Ctrl+C')) {
        if (child.exitCode !== null) throw new Error(stderr);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
    expect(stderr).toMatch(/^dist\/ su http:\/\/127\.0\.0\.1:\d+\/: osservo procedures\/ \(Ctrl\+C per fermare\)$/m);
    expect(stderr).toContain("dist/ conserva 2 PDF dell'ultima sop build: sop dev non li aggiorna, quindi possono non essere aggiornati (sop build li rifà)\n");
  }, 120_000);

  it('says so when the port is taken, as a usage error', async () => {
    const root = await copyProject('base');
    dev = (await session(root)).dev;
    const port = new URL(dev.url).port;
    const result = await sop(root, ['dev', '--port', port, '--out', 'dist-2']);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringMatching(new RegExp(`sop: La porta ${port} su 127\\.0\\.0\\.1 è già in uso \\(un altro sop dev\\?\\)\\. Suggerimento: fermalo, o scegli un'altra porta con --port\n$`)) });
  }, 60_000);

  it('listens on 127.0.0.1 only, and serves nothing outside the build', async () => {
    const root = await copyProject('base');
    dev = (await session(root)).dev;
    expect(new URL(dev.url).hostname).toBe('127.0.0.1');
    for (const probe of ['../procedures/alfa/adulti.md', '%2e%2e/%2e%2e/etc/passwd', 'procedures/alfa/region.yaml']) {
      expect((await fetch(new URL(probe, dev.url))).status).toBe(404);
    }
  }, 60_000);
});

#!/usr/bin/env node
// The one-file warm rebuild of `sop dev`, as an editor feels it: the procedure's page is open in a
// browser (an event stream, like the live-reload client's), the procedure is saved, and the time
// runs until the server has said the page changed and answered with the rebuilt page. Prints one
// JSON line.
//
//   node bench/dev.mjs --corpus DIR [--edit prose|title] [--edits 20] [--pause MS | --settle] [--today YYYY-MM-DD]
//
// A copy of the corpus is edited, each time differently: `prose` adds a sentence to a procedure's
// text (what editors do most); `title` renames the procedure, which every list, role page and
// the national model show. After a save the server goes on making the other outputs it touched
// in the background, and the next save, which comes as soon as the page is served, interrupts it.
// `--pause` waits that long before the next save, as an editor reading the page: the background
// is then busy when it comes. With `--settle` each save instead waits until that work is done
// (every output the save touched made and written to the output folder), and `settled_*` times
// it. `failed_builds` counts builds that saw a save half-written (an empty file): the page still
// had to be served.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { startDev } from '../lib/dev/index.js';

const { values } = parseArgs({ options: { corpus: { type: 'string' }, edit: { type: 'string', default: 'prose' }, edits: { type: 'string', default: '20' }, pause: { type: 'string', default: '0' }, settle: { type: 'boolean', default: false }, today: { type: 'string', default: '2026-01-01' } } });
if (!['prose', 'title'].includes(values.edit)) throw new Error(`--edit is prose or title, not ${values.edit}`);
const work = await mkdtemp(path.join(os.tmpdir(), 'sop-bench-dev-'));
const root = path.join(work, 'procedures');
await cp(path.resolve(values.corpus), root, { recursive: true });
const region = (await readdir(root)).filter((name) => !name.startsWith('_') && !name.startsWith('.')).sort()[0];
const file = (await readdir(path.join(root, region))).filter((name) => name.endsWith('.md')).sort()[0];
const procedureFile = path.join(root, region, file);
const original = await readFile(procedureFile, 'utf8');

let failedBuilds = 0;
let built;
const dev = await startDev({
  // As `sop dev` runs by default: with a build cache (empty here, as on a first run).
  root, cwd: work, out: path.join(work, 'dist'), cacheDir: path.join(work, '.sop-cache'), host: '127.0.0.1', port: 0,
  lang: 'it', edition: 'public', national: true, today: values.today,
  onBuild: (event) => {
    if (event.outcome.ok) built?.(performance.now());
    else failedBuilds++;
  },
  onProblem: (message) => { throw new Error(message); },
});
const pagePath = `${region}/procedures/${file.replace(/\.md$/, '')}.html`;
const pageUrl = new URL(pagePath, dev.url);
const stream = await openPage(new URL(`__sop/events?page=${encodeURIComponent(pagePath)}`, dev.url));
const served = [];
const settled = [];
try {
  for (let i = 0; i < Number(values.edits); i++) {
    const marker = `revisione numero ${i + 1}`;
    const done = new Promise((resolve) => (built = resolve));
    const changed = stream.next((event, data) => event === 'built' && JSON.parse(data).changed.includes(pagePath));
    const started = performance.now();
    await writeFile(procedureFile, values.edit === 'prose' ? `${original.trimEnd()}\n\nNota di ${marker}.\n` : original.replace(/^title: (.*)$/m, (_, title) => `title: ${JSON.stringify(`${parse(`t: ${title}`).t} (${marker})`)}`));
    await changed;
    const html = await (await fetch(pageUrl)).text();
    if (!html.includes(marker)) throw new Error(`${pageUrl} was not rebuilt`);
    served.push(performance.now() - started);
    if (values.settle) settled.push((await done) - started);
    else await new Promise((resolve) => setTimeout(resolve, Number(values.pause)));
  }
} finally {
  stream.close();
  await dev.close();
  await rm(work, { recursive: true, force: true });
}
const percentile = (samples, p) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);
};
console.log(JSON.stringify({
  p50_ms: percentile(served, 50), p95_ms: percentile(served, 95), samples_ms: served.map(Math.round), failed_builds: failedBuilds,
  ...(settled.length > 0 ? { settled_p50_ms: percentile(settled, 50), settled_p95_ms: percentile(settled, 95), settled_samples_ms: settled.map(Math.round) } : {}),
}));

/** An open page's event stream: `next(test)` resolves with the next event that passes the test. */
async function openPage(url) {
  const controller = new AbortController();
  const response = await fetch(url, { signal: controller.signal });
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const waiting = [];
  let text = '';
  (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ done: true }));
      if (done) return;
      text += decoder.decode(value, { stream: true });
      for (let end = text.indexOf('\n\n'); end !== -1; end = text.indexOf('\n\n')) {
        const block = text.slice(0, end);
        text = text.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (!event) continue;
        for (const [i, { test, resolve }] of waiting.entries()) {
          if (!test(event, data)) continue;
          waiting.splice(i, 1);
          resolve();
          break;
        }
      }
    }
  })();
  return {
    next: (test) => new Promise((resolve) => waiting.push({ test, resolve })),
    close: () => controller.abort(),
  };
}

#!/usr/bin/env node
// The one-file warm rebuild of `sop dev`, as an editor feels it: from the moment a procedure is
// saved to the moment the server answers with the rebuilt page. Prints one JSON line.
//
//   node bench/dev.mjs --corpus DIR [--edit prose|title] [--edits 20] [--today YYYY-MM-DD]
//
// A copy of the corpus is edited, each time differently: `prose` adds a sentence to a procedure's
// text (what editors do most); `title` renames the procedure, which every list, role page and
// the national model show.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { startDev } from '../lib/dev/index.js';

const { values } = parseArgs({ options: { corpus: { type: 'string' }, edit: { type: 'string', default: 'prose' }, edits: { type: 'string', default: '20' }, today: { type: 'string', default: '2026-01-01' } } });
if (!['prose', 'title'].includes(values.edit)) throw new Error(`--edit is prose or title, not ${values.edit}`);
const work = await mkdtemp(path.join(os.tmpdir(), 'sop-bench-dev-'));
const root = path.join(work, 'procedures');
await cp(path.resolve(values.corpus), root, { recursive: true });
const region = (await readdir(root)).filter((name) => !name.startsWith('_') && !name.startsWith('.')).sort()[0];
const file = (await readdir(path.join(root, region))).filter((name) => name.endsWith('.md')).sort()[0];
const procedureFile = path.join(root, region, file);
const original = await readFile(procedureFile, 'utf8');

let resolveBuild;
const dev = await startDev({
  root, cwd: work, out: path.join(work, 'dist'), host: '127.0.0.1', port: 0,
  lang: 'it', edition: 'public', national: true, today: values.today,
  onBuild: (event) => resolveBuild?.(event),
  onProblem: (message) => { throw new Error(message); },
});
const pageUrl = new URL(`${region}/procedures/${file.replace(/\.md$/, '')}.html`, dev.url);
const samples = [];
try {
  for (let i = 0; i < Number(values.edits); i++) {
    const marker = `revisione numero ${i + 1}`;
    const built = new Promise((resolve) => (resolveBuild = resolve));
    const started = performance.now();
    await writeFile(procedureFile, values.edit === 'prose' ? `${original.trimEnd()}\n\nNota di ${marker}.\n` : original.replace(/^title: (.*)$/m, (_, title) => `title: ${JSON.stringify(`${parse(`t: ${title}`).t} (${marker})`)}`));
    const event = await built;
    if (!event.outcome.ok) throw new Error(`the edit broke the build:\n${event.report}`);
    const html = await (await fetch(pageUrl)).text();
    if (!html.includes(marker)) throw new Error(`${pageUrl} was not rebuilt`);
    samples.push(performance.now() - started);
  }
} finally {
  await dev.close();
  await rm(work, { recursive: true, force: true });
}
const sorted = [...samples].sort((a, b) => a - b);
const percentile = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
console.log(JSON.stringify({ p50_ms: Math.round(percentile(50)), p95_ms: Math.round(percentile(95)), samples_ms: samples.map(Math.round) }));

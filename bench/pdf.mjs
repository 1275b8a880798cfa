#!/usr/bin/env node
// Seconds per Region handbook PDF, cold (a new Typst compiler) and warm (the compiler reused),
// on the shipped corpus. A benchmark, not a test: it reports, it does not assert.
// Writes bench/results/pdf.{json,md}, or <name>.{json,md} with --results <name> (npm run bench -- --quick).
import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { check } from '../lib/index.js';
import { mergeNational } from '../lib/model/national.js';
import { messages } from '../lib/render/i18n/messages.js';
import { Typesetter } from '../lib/render/pdf/compile.js';
import { regionalHandbook } from '../lib/render/pdf/regional.js';

const resultsFlag = process.argv.indexOf('--results');
const resultsName = resultsFlag === -1 ? 'pdf' : process.argv[resultsFlag + 1];
if (!resultsName || !/^[\w-]+$/.test(resultsName)) throw new Error('--results takes a file name without extension');

const { loaded } = await check('procedures');
const corpus = loaded.corpus;
const site = { corpus, graph: loaded.graph, t: messages.it, themes: new Map(), built: new Set(corpus.regions.keys()), pdfs: new Set(), diagrams: new Map(), edition: 'public', national: mergeNational(corpus) };

const rows = [];
for (const region of corpus.regions.values()) {
  const source = await regionalHandbook(site, region);
  let start = performance.now();
  const cold = await Typesetter.create();
  const first = cold.typeset(source);
  const coldMs = performance.now() - start;
  start = performance.now();
  const second = cold.typeset(source);
  const warmMs = performance.now() - start;
  await cold.dispose();
  if ('error' in first || 'error' in second) throw new Error(`${region.id}: typesetting failed`);
  rows.push({ region: region.id, pages: (first.pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length, cold_s: +(coldMs / 1000).toFixed(3), warm_s: +(warmMs / 1000).toFixed(3) });
}
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`;
const table = ['| Region | pages | cold (s) | warm (s) |', '| --- | ---: | ---: | ---: |', ...rows.map((r) => `| ${r.region} | ${r.pages} | ${r.cold_s} | ${r.warm_s} |`)].join('\n');
console.log(`PDF handbooks per Region — ${machine}\n\n${table}`);
await writeFile(new URL(`./results/${resultsName}.json`, import.meta.url), `${JSON.stringify({ machine, rows }, null, 2)}\n`);
await writeFile(new URL(`./results/${resultsName}.md`, import.meta.url), `# PDF handbooks per Region\n\n${machine}\n\n${table}\n`);

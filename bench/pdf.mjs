#!/usr/bin/env node
// Seconds per Region handbook PDF, cold (a new Typst compiler) and warm (the compiler reused),
// on the shipped corpus, wall-clock and CPU (every thread of the process: Typst lays out runs of
// pages in parallel; CPU is the steadier figure on a busy machine). A benchmark, not a test: it
// reports, it does not assert.
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

/** Wall and CPU seconds of `work`. */
async function timed(work) {
  const [wall, cpu] = [performance.now(), process.cpuUsage()];
  const result = await work();
  const used = process.cpuUsage(cpu);
  return { result, wall_s: +((performance.now() - wall) / 1000).toFixed(3), cpu_s: +((used.user + used.system) / 1e6).toFixed(3) };
}

const rows = [];
for (const region of corpus.regions.values()) {
  const source = await regionalHandbook(site, region);
  const cold = await timed(async () => {
    const typesetter = await Typesetter.create();
    return { typesetter, result: typesetter.typeset(source) };
  });
  const { typesetter, result: first } = cold.result;
  const warm = await timed(() => typesetter.typeset(source));
  await typesetter.dispose();
  if ('error' in first || 'error' in warm.result) throw new Error(`${region.id}: typesetting failed`);
  const pages = (first.pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
  rows.push({ region: region.id, pages, cold_s: cold.wall_s, cold_cpu_s: cold.cpu_s, warm_s: warm.wall_s, warm_cpu_s: warm.cpu_s });
}
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`;
const table = [
  '| Region | pages | cold (s) | cold CPU (s) | warm (s) | warm CPU (s) |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.region} | ${r.pages} | ${r.cold_s} | ${r.cold_cpu_s} | ${r.warm_s} | ${r.warm_cpu_s} |`),
].join('\n');
console.log(`PDF handbooks per Region — ${machine}\n\n${table}`);
await writeFile(new URL(`./results/${resultsName}.json`, import.meta.url), `${JSON.stringify({ machine, rows }, null, 2)}\n`);
await writeFile(new URL(`./results/${resultsName}.md`, import.meta.url), `# PDF handbooks per Region\n\n${machine}\n\n${table}\n`);

#!/usr/bin/env node
// Seconds per Region handbook PDF, cold (a new Typst compiler) and warm (the compiler reused),
// on the shipped corpus and, with --synthetic DIR, on the first --synthetic-regions (default 2)
// Regions of a generated corpus; wall-clock and CPU (every thread of the process: Typst lays out
// runs of pages in parallel; CPU is the steadier figure on a busy machine). A benchmark, not a
// test: it reports, it does not assert.
// Writes bench/results/pdf.{json,md}, or <name>.{json,md} with --results <name> (npm run bench -- --quick).
import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { check } from '../lib/index.js';
import { mergeNational } from '../lib/model/national.js';
import { messages } from '../lib/i18n/index.js';
import { Typesetter } from '../lib/render/pdf/compile.js';
import { regionalHandbook } from '../lib/render/pdf/regional.js';
import { TODAY } from './generate.mjs';

const { values } = parseArgs({ options: { results: { type: 'string', default: 'pdf' }, synthetic: { type: 'string' }, 'synthetic-regions': { type: 'string', default: '2' } } });
const resultsName = values.results;
if (!/^[\w-]+$/.test(resultsName)) throw new Error('--results takes a file name without extension');

/** Wall and CPU seconds of `work`. */
async function timed(work) {
  const [wall, cpu] = [performance.now(), process.cpuUsage()];
  const result = await work();
  const used = process.cpuUsage(cpu);
  return { result, wall_s: +((performance.now() - wall) / 1000).toFixed(3), cpu_s: +((used.user + used.system) / 1e6).toFixed(3) };
}

/** The corpus in `dir`, checked, with the Regions to typeset: all of them, or the first `limit`. */
async function load(dir, options, limit = Infinity) {
  const { loaded, errors } = await check(dir, options);
  if (errors > 0) throw new Error(`${dir} does not pass sop check`);
  const corpus = loaded.corpus;
  const national = mergeNational(corpus);
  const site = { corpus, graph: loaded.graph, t: messages.it, themes: new Map(), built: new Set(corpus.regions.keys()), pdfs: new Set(), diagrams: new Map(), edition: 'public', national: () => national };
  return { site, regions: [...corpus.regions.values()].slice(0, limit) };
}

const corpora = [{ name: 'shipped', ...(await load('procedures', {})) }];
if (values.synthetic) corpora.push({ name: 'synthetic', ...(await load(values.synthetic, { today: TODAY }, Number(values['synthetic-regions']))) });

const rows = [];
for (const { name, site, regions } of corpora) for (const region of regions) {
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
  rows.push({ corpus: name, region: region.id, procedures: region.procedures.size, pages, cold_s: cold.wall_s, cold_cpu_s: cold.cpu_s, warm_s: warm.wall_s, warm_cpu_s: warm.cpu_s });
}
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`;
const table = [
  '| corpus | Region | procedures | pages | cold (s) | cold CPU (s) | warm (s) | warm CPU (s) |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.corpus} | ${r.region} | ${r.procedures} | ${r.pages} | ${r.cold_s} | ${r.cold_cpu_s} | ${r.warm_s} | ${r.warm_cpu_s} |`),
].join('\n');
console.log(`PDF handbooks per Region — ${machine}\n\n${table}`);
await writeFile(new URL(`./results/${resultsName}.json`, import.meta.url), `${JSON.stringify({ machine, rows }, null, 2)}\n`);
await writeFile(new URL(`./results/${resultsName}.md`, import.meta.url), `# PDF handbooks per Region\n\n${machine}\n\n${table}\n`);

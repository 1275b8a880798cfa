#!/usr/bin/env node
// npm run bench [-- --quick | --sizes 1x50,20x50 | --repeat N | --seed S | --pdf-max N | --no-pdf-handbooks]
//
// For each corpus size (default 1×50, 20×50, 100×50; --quick: 1×50 only), generates the synthetic
// corpus (bench/generate.mjs, cached in the temp dir by its arguments and the generator's source),
// then measures, each in its own child process so that peak RSS belongs to one measurement:
//   sop check (cold) · sop build --no-pdf (cold: empty output, empty build cache) · the same again
//   with nothing changed (warm build cache) · again after one procedure's prose was edited ·
//   sop build with PDF (only up to --pdf-max procedures) · sop dev one-file rebuild, prose and title edits (bench/dev.mjs) ·
//   the bare unified floor (bench/baselines/unified.mjs) · Eleventy 3 (bench/baselines/eleventy/).
// Every row but the PDF build and sop dev (20 saves each already) is measured --repeat times
// (default 3, --quick 1): the cold runs and the yardsticks take turns, round after round, and each
// row is the median, with the spread. Prints a table with absolute times, peak RSS and ratios to both yardsticks, and writes it to
// bench/results/bench.json and bench/results/bench.md. Then runs bench/pdf.mjs (PDF seconds per
// Region handbook on the shipped corpus and on two Regions of the largest generated corpus that
// had its PDF build measured). A benchmark, not a test: it reports, it never asserts
// times; it fails only when a command fails (e.g. the generated corpus stops passing sop check).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs as parseCommandLine } from 'node:util';
import { generate, TODAY } from './generate.mjs';

const BENCH = fileURLToPath(new URL('./', import.meta.url));
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SOP = path.join(ROOT, 'bin', 'sop.js');
const RSS_HOOK = new URL('./rss.mjs', import.meta.url).href;
const ELEVENTY_CLI = path.join(BENCH, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs');
const ELEVENTY_DIR = path.join(BENCH, 'baselines', 'eleventy');
const RESULTS = path.join(BENCH, 'results');

// ---------------------------------------------------------------------------------------------
// Options

function parseArgs(argv) {
  const { values } = parseCommandLine({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      sizes: { type: 'string', default: '1x50,20x50,100x50' },
      seed: { type: 'string', default: 'sopbook' },
      'pdf-max': { type: 'string', default: '1000' },
      repeat: { type: 'string' },
      'no-pdf-handbooks': { type: 'boolean', default: false },
      'cache-dir': { type: 'string', default: path.join(os.tmpdir(), 'sopbook-bench-corpora') },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log('npm run bench -- [--quick] [--sizes 1x50,20x50,100x50] [--repeat N] [--seed S] [--pdf-max N] [--no-pdf-handbooks] [--cache-dir DIR]');
    process.exit(0);
  }
  const sizes = (values.quick ? '1x50' : values.sizes).split(',').map((size) => {
    const m = /^(\d+)x(\d+)$/.exec(size.trim());
    if (!m) throw new Error(`--sizes takes REGIONSxPROCEDURES[,…], e.g. 1x50,20x50, not "${size}"`);
    return [Number(m[1]), Number(m[2])];
  });
  const repeat = Number(values.repeat ?? (values.quick ? 1 : 3));
  if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`--repeat takes a whole number of rounds, at least 1, not "${values.repeat}"`);
  return { sizes, seed: values.seed, repeat, pdfMax: Number(values['pdf-max']), pdfHandbooks: !values['no-pdf-handbooks'], cacheDir: path.resolve(values['cache-dir']), quick: values.quick };
}

// ---------------------------------------------------------------------------------------------
// Setup

/** Eleventy and rehype-stringify are dev dependencies of bench/ only: install them when missing. */
function ensureBenchDependencies() {
  if (existsSync(ELEVENTY_CLI) && existsSync(path.join(BENCH, 'node_modules', 'rehype-stringify', 'package.json'))) return;
  console.error('bench: installing the yardsticks (npm ci --prefix bench)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--prefix', BENCH, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm ci --prefix bench failed');
}

/** The generated corpus for these arguments, from the cache when the generator has not changed. */
async function corpus(regions, procedures, seed, cacheDir) {
  const source = createHash('sha256');
  source.update(await readFile(path.join(BENCH, 'generate.mjs')));
  for (const name of (await readdir(path.join(ROOT, 'procedures', '_national'))).sort()) source.update(await readFile(path.join(ROOT, 'procedures', '_national', name)));
  const key = `${regions}x${procedures}-seed-${seed.replace(/[^\w-]/g, '_')}-${source.digest('hex').slice(0, 12)}`;
  const dir = path.join(cacheDir, key);
  if (existsSync(dir)) return { dir, cached: true, ms: 0 };
  await mkdir(cacheDir, { recursive: true });
  const partial = await mkdtemp(path.join(cacheDir, `${key}.partial-`));
  const start = performance.now();
  generate({ regions, procedures, seed, out: partial });
  const ms = performance.now() - start;
  await rename(partial, dir);
  return { dir, cached: false, ms };
}

/**
 * The newest modification time of the compiled CLI (lib/). sop is measured from lib/, which
 * `npm run build:ts` (and every `npm test`) rewrites: rows measured after it changed mid-run are
 * flagged, as they measure different code.
 */
async function libStamp() {
  let newest = 0;
  for (const entry of await readdir(path.join(ROOT, 'lib'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.js')) newest = Math.max(newest, (await stat(path.join(entry.parentPath, entry.name))).mtimeMs);
  }
  return newest;
}

function git(...args) {
  const result = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

// ---------------------------------------------------------------------------------------------
// Measuring

/**
 * Runs `node <script> <args>` with the RSS hook preloaded; wall time from spawn to exit (so
 * Node's start-up counts for every contestant alike) and the child's own peak RSS.
 */
async function measure(label, script, args, { cwd = ROOT } = {}) {
  const rssFile = path.join(os.tmpdir(), `sop-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  const start = performance.now();
  const { code, stdout, stderr } = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', RSS_HOOK, script, ...args], {
      cwd,
      env: { ...process.env, SOP_BENCH_RSS_FILE: rssFile, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ code: status, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }));
  });
  const ms = performance.now() - start;
  let usage = {};
  try {
    usage = JSON.parse(await readFile(rssFile, 'utf8'));
    await rm(rssFile, { force: true });
  } catch {
    // The hook writes at exit; a crashed process may not have.
  }
  if (code !== 0) {
    const tail = `${stdout}\n${stderr}`.trim().split('\n').slice(-15).join('\n');
    throw Object.assign(new Error(`${label} failed with exit code ${code}:\n${tail}`), { ms });
  }
  return { ms: Math.round(ms), rss_mb: usage.maxRSS_kb ? Math.round(usage.maxRSS_kb / 1024) : null, cpu_ms: usage.user_us ? Math.round((usage.user_us + usage.system_us) / 1000) : null, stdout, stderr };
}

/**
 * `sop dev`'s one-file warm rebuild (bench/dev.mjs): 20 saves of one procedure, each timed from
 * the file write to the server answering with the rebuilt page; p50, p95 and the peak RSS of
 * the dev process. `prose` adds a sentence; `title` renames the procedure.
 */
async function measureDevRebuild(corpusDir, edit) {
  const result = await measure(`sop dev (${edit})`, path.join(BENCH, 'dev.mjs'), ['--corpus', corpusDir, '--edit', edit, '--edits', '20', '--today', TODAY]);
  return { ...JSON.parse(result.stdout.trim().split('\n').at(-1)), rss_mb: result.rss_mb };
}

async function measureSize([regions, procedures], options) {
  const total = regions * procedures;
  const name = `${regions} × ${procedures}`;
  const { dir, cached, ms: generateMs } = await corpus(regions, procedures, options.seed, options.cacheDir);
  console.error(`\n== ${name} (${total} procedures) — corpus ${cached ? 'cached' : `generated in ${Math.round(generateMs)} ms`}: ${dir}`);
  const work = await mkdtemp(path.join(os.tmpdir(), 'sop-bench-out-'));
  /** Each row's samples, or why it has none; rows come out in the order they were first measured. */
  const rows = new Map();
  const row = (id, label) => rows.get(id) ?? rows.set(id, { id, label, samples: [] }).get(id);
  // A failing measurement (e.g. out of memory at a large size) is reported in the table and the
  // run goes on (later rounds skip it); only an invalid generated corpus stops everything.
  const run = async (id, label, script, args, opts) => {
    const entry = row(id, label);
    if (entry.failed) return undefined;
    process.stderr.write(`   ${label} … `);
    try {
      const result = await measure(label, script, args, opts);
      process.stderr.write(`${(result.ms / 1000).toFixed(2)} s, ${result.rss_mb} MB\n`);
      entry.samples.push(result);
      if (script === SOP && (await libStamp()) !== options.libStamp) {
        entry.note = 'lib/ was rebuilt during the run: not comparable with earlier rows';
        console.error('   warning: lib/ changed during the benchmark (npm run build:ts elsewhere?)');
      }
      return result;
    } catch (error) {
      if (id === 'check') throw error;
      process.stderr.write(`FAILED\n${error.message}\n`);
      const reason = /heap out of memory|Allocation failed/i.test(error.message) ? 'out of memory' : error.message.split('\n')[0];
      entry.failed = `failed after ${(error.ms / 1000).toFixed(0)} s: ${reason}`;
      return undefined;
    }
  };
  const skip = (id, label, note) => {
    console.error(`   ${label} … ${note}`);
    Object.assign(row(id, label), { failed: note, skipped: true });
  };
  let largest;
  try {
    const edited = path.join(work, 'corpus');
    await cp(dir, edited, { recursive: true });
    const html = path.join(work, 'dist-html');
    const htmlBuild = (cache) => ['build', edited, '--no-pdf', '--out', html, '--cache-dir', cache, '--today', TODAY];
    const site = path.join(work, 'eleventy');
    // The cold runs and both yardsticks take turns, round after round: on a machine whose speed
    // drifts, each round measures them all under the same conditions.
    for (let round = 0; round < options.repeat; round++) {
      // An empty build cache of its own, as for the cold build: `sop check` keeps its parses there.
      const checked = await run('check', 'sop check (cold)', SOP, ['check', dir, '--today', TODAY, '--cache-dir', path.join(work, `cache-check-${round}`)]);
      // The summary in Italian, `sop check`'s default language.
      const summary = /(\d+) error[ei], (\d+) avvis[oi]/.exec(checked.stderr);
      if (!summary || summary[1] !== '0') throw new Error(`the generated corpus does not pass sop check: ${checked.stderr.trim()}`);
      row('check').note = `${summary[1]} errors, ${summary[2]} warnings`;
      await rm(html, { recursive: true, force: true });
      await run('build', 'sop build --no-pdf (cold)', SOP, htmlBuild(path.join(work, `cache-html-${round}`)));
      const unified = await run('unified', 'unified floor (remark → rehype, sequential)', path.join(BENCH, 'baselines', 'unified.mjs'), [dir]);
      if (unified) {
        const floor = JSON.parse(unified.stdout);
        if (floor.files !== total) throw new Error(`unified floor processed ${floor.files} files, expected ${total}`);
        unified.inner_ms = floor.ms;
      }
      await rm(site, { recursive: true, force: true });
      await run('eleventy', 'Eleventy 3 (md → page, minimal layout)', ELEVENTY_CLI, [`--config=${path.join(ELEVENTY_DIR, 'eleventy.config.mjs')}`, `--input=${dir}`, `--output=${site}`, '--quiet'], { cwd: ELEVENTY_DIR });
    }
    // Warm: the output and the cache the last cold build left.
    const warm = htmlBuild(path.join(work, `cache-html-${options.repeat - 1}`));
    for (let round = 0; round < options.repeat; round++) await run('build-again', 'sop build --no-pdf, nothing changed (warm cache)', SOP, warm);
    for (let round = 0; round < options.repeat; round++) {
      await editProse(edited);
      await run('build-edit', 'sop build --no-pdf, one procedure\'s prose edited (warm cache)', SOP, warm);
    }
    largest = await largestFile(html);
    await rm(html, { recursive: true, force: true });
    // Once only: the longest by far, and its per-handbook figure comes from bench/pdf.mjs too.
    if (total <= options.pdfMax) {
      const full = path.join(work, 'dist-pdf');
      await run('build-pdf', 'sop build with PDF (cold)', SOP, ['build', dir, '--out', full, '--cache-dir', path.join(work, 'cache-pdf'), '--today', TODAY]);
      await rm(full, { recursive: true, force: true });
    } else skip('build-pdf', 'sop build with PDF (cold)', `skipped: > ${options.pdfMax} procedures (--pdf-max)`);
    // 20 saves each already: a distribution of its own.
    for (const edit of ['prose', 'title']) {
      const label = `sop dev, one-file warm rebuild p50 / p95 (${edit === 'prose' ? 'prose edited' : 'title edited'})`;
      const entry = row(`dev-${edit}`, label);
      process.stderr.write(`   ${label} … `);
      try {
        const dev = await measureDevRebuild(dir, edit);
        process.stderr.write(`${dev.p50_ms} / ${dev.p95_ms} ms, ${dev.rss_mb} MB\n`);
        entry.samples.push({ ms: dev.p50_ms, p95_ms: dev.p95_ms, rss_mb: dev.rss_mb, cpu_ms: null });
      } catch (error) {
        process.stderr.write(`FAILED\n${error.message}\n`);
        entry.failed = `failed: ${error.message.split('\n')[0]}`;
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  const summarised = [...rows.values()].map(summarise).sort((a, b) => ROW_ORDER.indexOf(a.id) - ROW_ORDER.indexOf(b.id));
  const unifiedMs = summarised.find((r) => r.id === 'unified')?.ms;
  const eleventyMs = summarised.find((r) => r.id === 'eleventy')?.ms;
  for (const r of summarised) {
    r.x_unified = r.ms && unifiedMs ? +(r.ms / unifiedMs).toFixed(2) : null;
    r.x_eleventy = r.ms && eleventyMs ? +(r.ms / eleventyMs).toFixed(2) : null;
  }
  // A row that failed in a later round has a median of the rounds before, and still failed.
  const failures = [...rows.values()].filter((r) => r.failed && !r.skipped).length;
  return { regions, procedures, total, corpus_bytes: await treeBytes(dir), rows: summarised, failures, ...(largest ? { largest_output: largest } : {}) };
}

/** The largest file of a build's output: the national outputs grow with the corpus, and none should pass 5 MB. */
async function largestFile(dir) {
  let largest;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const { size } = await stat(file);
    if (!largest || size > largest.bytes) largest = { file: path.relative(dir, file), bytes: size };
  }
  return largest;
}

const ROW_ORDER = ['check', 'build', 'build-again', 'build-edit', 'build-pdf', 'dev-prose', 'dev-title', 'unified', 'eleventy'];

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
};

/** A row of the table: the median of each figure over its samples, and the spread of the times. */
function summarise({ id, label, samples, note, failed }) {
  const ms = samples.map((s) => s.ms);
  const summary = { id, label, samples: samples.length, ms: median(ms), cpu_ms: median(samples.map((s) => s.cpu_ms)), rss_mb: median(samples.map((s) => s.rss_mb)) };
  if (samples.length > 1) Object.assign(summary, { ms_min: Math.min(...ms), ms_max: Math.max(...ms) });
  if (samples.some((s) => s.p95_ms !== undefined)) summary.p95_ms = median(samples.map((s) => s.p95_ms));
  if (samples.some((s) => s.inner_ms !== undefined)) summary.inner_ms = median(samples.map((s) => s.inner_ms));
  const notes = [failed && samples.length > 0 ? `${samples.length} rounds, then ${failed}` : failed, note].filter(Boolean);
  if (notes.length > 0) summary.note = notes.join('; ');
  return summary;
}

/** Adds a sentence to the prose of the corpus's first procedure, as an editor's save would. */
async function editProse(corpusDir) {
  const region = (await readdir(corpusDir)).filter((name) => !name.startsWith('_')).sort()[0];
  const procedure = (await readdir(path.join(corpusDir, region))).filter((name) => name.endsWith('.md')).sort()[0];
  const file = path.join(corpusDir, region, procedure);
  await writeFile(file, `${await readFile(file, 'utf8')}\nUna frase aggiunta per il benchmark.\n`);
}

async function treeBytes(dir) {
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.md')) bytes += (await readFile(path.join(entry.parentPath, entry.name))).length;
  }
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// Reporting

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memory_gb: +(os.totalmem() / 1024 ** 3).toFixed(1),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    loadavg_at_start: os.loadavg().map((l) => +l.toFixed(2)),
  };
}

const fmt = {
  s: (ms) => (ms === null || ms === undefined ? 'n/a' : (ms / 1000).toFixed(2)),
  x: (x) => (x === null || x === undefined ? '–' : `${x.toFixed(2)}×`),
  mb: (mb) => (mb === null || mb === undefined ? '–' : String(mb)),
};

function markdownTable(size) {
  const lines = [
    `### ${size.regions} × ${size.procedures} (${size.total} procedures, ${(size.corpus_bytes / 1024 / 1024).toFixed(1)} MB of Markdown)`,
    '',
    '| measurement | time (s) | CPU (s) | peak RSS (MB) | × unified floor | × Eleventy 3 | note |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const row of size.rows) {
    const spread = row.ms_min !== undefined ? ` (${fmt.s(row.ms_min)}–${fmt.s(row.ms_max)})` : '';
    const time = row.id.startsWith('dev-') && row.ms !== null ? `${fmt.s(row.ms)} / ${fmt.s(row.p95_ms)}` : fmt.s(row.ms) + spread;
    const note = row.note ?? (row.inner_ms !== undefined ? `${(row.inner_ms / 1000).toFixed(2)} s inside the process` : '');
    lines.push(`| ${row.label} | ${time} | ${fmt.s(row.cpu_ms)} | ${fmt.mb(row.rss_mb)} | ${fmt.x(row.x_unified)} | ${fmt.x(row.x_eleventy)} | ${note} |`);
  }
  if (size.largest_output) lines.push('', `Largest output file of \`sop build --no-pdf\`: \`${size.largest_output.file}\`, ${(size.largest_output.bytes / 1024 / 1024).toFixed(2)} MB.`);
  return lines.join('\n');
}

const NOTES = [
  'Times are wall-clock from spawning `node` to its exit (Node start-up included, for every row alike); ratios are of wall times. CPU is the child\'s user + system time (all its threads), steadier than wall time on a busy machine; peak RSS is the child\'s own `process.resourceUsage().maxRSS`. With several rounds (`--repeat`, named above the tables) each figure is the median of its runs, the times in brackets the fastest and slowest; the cold runs and both yardsticks take turns in each round, so that a machine whose speed drifts slows them alike. The PDF build runs once; `sop dev` times 20 saves.',
  '"Cold" means a new process, an empty output folder and an empty build cache; the OS file cache is warm (the corpus was just generated or read). "Nothing changed" runs the same build again with the cache the cold build left; "prose edited" then adds a sentence to one procedure and builds again.',
  'The workloads differ: the unified floor only turns each procedure into an HTML string (no validation, nothing written); Eleventy writes one page per procedure; `sop build` validates the whole corpus and writes every Region\'s home, procedure, role, population and legal pages, the referral maps (Graphviz), the search index and the national model.',
  'The generated corpus is synthetic (bench/generate.mjs, seeded): it passes `sop check --today ' + TODAY + '` with no errors.',
];

async function main() {
  const options = parseArgs(process.argv.slice(2));
  ensureBenchDependencies();
  const facts = machine();
  options.libStamp = await libStamp();
  // The code measured is what lib/ was built from when the run started.
  const commit = git('rev-parse', '--short', 'HEAD');
  const dirty = git('status', '--porcelain', '--', 'src') ? ' + uncommitted changes in src/' : '';
  console.error(`sopbook benchmark — ${facts.cores} × ${facts.cpu}, ${facts.memory_gb} GB, Node ${facts.node}${options.quick ? ' (quick)' : ''}`);
  const sizes = [];
  for (const size of options.sizes) sizes.push(await measureSize(size, options));
  const result = { date: new Date().toISOString(), command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(), sop: `${commit ?? 'unknown'}${dirty}`, seed: options.seed, repeat: options.repeat, today: TODAY, machine: facts, sizes };
  const md = [
    '# sopbook benchmark',
    '',
    `${result.date.slice(0, 10)} · \`${result.command}\` · sop ${result.sop} · seed \`${options.seed}\` · ${options.repeat} round${options.repeat === 1 ? '' : 's'}`,
    '',
    `Machine: ${facts.cores} × ${facts.cpu}, ${facts.memory_gb} GB RAM, Node ${facts.node}, ${facts.platform} (load average at start ${facts.loadavg_at_start.join(' / ')})`,
    '',
    ...sizes.flatMap((size) => [markdownTable(size), '']),
    ...NOTES.map((note) => `- ${note}`),
    '',
  ].join('\n');
  // A quick run (CI) never overwrites the full results kept in git.
  const name = options.quick ? 'bench-quick' : 'bench';
  await mkdir(RESULTS, { recursive: true });
  await writeFile(path.join(RESULTS, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  await writeFile(path.join(RESULTS, `${name}.md`), md);
  console.log(`\n${md}`);
  console.error(`written bench/results/${name}.json and bench/results/${name}.md`);
  if (options.pdfHandbooks) {
    // Region handbooks of the largest generated corpus that had its PDF build measured, too.
    const synthetic = options.sizes.filter(([regions, procedures]) => regions * procedures <= options.pdfMax).at(-1);
    const args = [...(options.quick ? ['--results', 'pdf-quick'] : []), ...(synthetic ? ['--synthetic', (await corpus(...synthetic, options.seed, options.cacheDir)).dir] : [])];
    console.error('\n== PDF handbooks per Region (shipped and generated corpus): bench/pdf.mjs');
    const pdf = spawnSync(process.execPath, [path.join(BENCH, 'pdf.mjs'), ...args], { cwd: ROOT, stdio: 'inherit' });
    if (pdf.status !== 0) throw new Error('bench/pdf.mjs failed');
  }
  return sizes.reduce((n, size) => n + size.failures, 0);
}

main().then((failed) => {
  if (failed > 0) {
    console.error(`bench: ${failed} measurement${failed === 1 ? '' : 's'} failed (see the table)`);
    process.exitCode = 1;
  }
}).catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exit(1);
});

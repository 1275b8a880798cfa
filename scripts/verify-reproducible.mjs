#!/usr/bin/env node
// Builds the corpus twice, in two fresh processes, and compares every output byte for byte.
// Nothing in a build may depend on the clock, the machine or the order of the file system.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const corpus = process.argv[2] ?? 'procedures';
const sop = new URL('../bin/sop.js', import.meta.url).pathname;
const outputs = [0, 1].map(() => path.join(mkdtempSync(path.join(tmpdir(), 'sop-repro-')), 'dist'));
for (const out of outputs) execFileSync(process.execPath, [sop, 'build', corpus, '--out', out], { stdio: ['ignore', 'ignore', 'inherit'] });

const list = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
const [first, second] = outputs.map(list);
const differing = [...new Set([...first, ...second])].filter((file) => {
  try {
    return !readFileSync(path.join(outputs[0], file)).equals(readFileSync(path.join(outputs[1], file)));
  } catch {
    return true;
  }
});
for (const out of outputs) rmSync(path.dirname(out), { recursive: true, force: true });
if (differing.length > 0) {
  console.error(`Not reproducible: ${differing.length} of ${first.length} files differ:\n${differing.slice(0, 20).join('\n')}`);
  process.exit(1);
}
console.log(`Reproducible: ${first.length} files byte-identical across two builds.`);

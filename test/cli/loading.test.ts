// The native Typst compiler is loaded by builds that typeset, and by nothing else: a check, a
// `--no-pdf` build or `sop dev` would otherwise pay its 7.6 MB and 20 ms for nothing.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { REPO, copyProject } from '../helpers.js';

const run = promisify(execFile);
const SOP = path.join(REPO, 'bin/sop.js');

/** The shared objects mapped into `sop <args>`'s process when it exits. */
async function mappedAtExit(root: string, args: string[]): Promise<string> {
  const maps = path.join(await mkdtemp(path.join(tmpdir(), 'sop-maps-')), 'maps');
  // Read, not copied: a /proc file has no size, and copyFileSync copies nothing of it.
  const hook = `import { readFileSync, writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(${JSON.stringify(maps)}, readFileSync('/proc/self/maps')));`;
  await run(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(hook)}`, SOP, ...args], { cwd: root });
  return readFile(maps, 'utf8');
}

it('loads the Typst compiler only to typeset', async () => {
  const root = await copyProject('base');
  expect(await mappedAtExit(root, ['check'])).not.toContain('typst-ts-node-compiler');
  expect(await mappedAtExit(root, ['build', '--no-pdf'])).not.toContain('typst-ts-node-compiler');
  expect(await mappedAtExit(root, ['build', '--pdf-only'])).toContain('typst-ts-node-compiler');
}, 120_000);

// A build killed while writing leaves the previous dist/ intact; the next build removes its litter.
import { spawn } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { copyProject, REPO } from '../helpers.js';
import { outputFiles } from '../html.js';

const sop = path.join(REPO, 'bin/sop.js');

function run(cwd: string, ...args: string[]): Promise<number | null> {
  return new Promise((resolve) => spawn(process.execPath, [sop, ...args], { cwd, stdio: 'ignore' }).on('exit', resolve));
}

it('survives kill -9 in the middle of writing', async () => {
  const dir = await copyProject('base');
  expect(await run(dir, 'build', 'procedures', '--no-pdf')).toBe(0);
  const before = await outputFiles(path.join(dir, 'dist'));
  const landing = await readFile(path.join(dir, 'dist/index.html'));

  const child = spawn(process.execPath, [sop, 'build', 'procedures'], { cwd: dir, stdio: 'ignore' });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  // Kill as soon as the temporary output folder appears: the build is then writing files.
  let litter: string | undefined;
  while (!litter) {
    litter = (await readdir(dir)).find((entry) => entry.startsWith('.dist-tmp-'));
    if (child.exitCode !== null) throw new Error('the build finished before it could be killed');
    if (!litter) await new Promise((r) => setTimeout(r, 2));
  }
  child.kill('SIGKILL');
  await exited;

  expect(await outputFiles(path.join(dir, 'dist'))).toEqual(before);
  expect(await readFile(path.join(dir, 'dist/index.html'))).toEqual(landing);

  expect(await run(dir, 'build', 'procedures')).toBe(0);
  expect((await readdir(dir)).filter((entry) => entry.startsWith('.dist-'))).toEqual([]);
  expect(await outputFiles(path.join(dir, 'dist'))).toContain('alfa/alfa.pdf');
}, 60_000);

it('gives the output folder the modes the umask allows, not the temporary folder\'s 0700', async () => {
  const dir = await copyProject('base');
  for (const [umask, folderMode, fileMode] of [['022', 0o755, 0o644], ['027', 0o750, 0o640]] as const) {
    // The umask is the user's: the build must honour it, whatever it is.
    const child = spawn('/bin/sh', ['-c', `umask ${umask} && exec "$0" "$@"`, process.execPath, sop, 'build', '--no-pdf', '--no-cache'], { cwd: dir, stdio: 'ignore' });
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0);
    const modeOf = async (file: string) => (await stat(path.join(dir, 'dist', file))).mode & 0o777;
    for (const folder of ['.', 'alfa', 'assets']) expect((await modeOf(folder)).toString(8), `dist/${folder} with umask ${umask}`).toBe(folderMode.toString(8));
    for (const file of ['index.html', 'alfa/index.html']) expect((await modeOf(file)).toString(8), `dist/${file} with umask ${umask}`).toBe(fileMode.toString(8));
  }
}, 60_000);

// Each command loads what it uses, and no more: a build with nothing to do answers before the
// parsers are loaded, and only a build that typesets loads the native Typst compiler.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { REPO, copyProject } from '../helpers.js';

const run = promisify(execFile);
const SOP = path.join(REPO, 'bin/sop.js');

const asModule = (code: string) => `data:text/javascript,${encodeURIComponent(code)}`;

/** The shared objects mapped into `sop <args>`'s process when it exits. */
async function mappedAtExit(root: string, args: string[]): Promise<string> {
  const maps = path.join(await mkdtemp(path.join(tmpdir(), 'sop-maps-')), 'maps');
  // Read, not copied: a /proc file has no size, and copyFileSync copies nothing of it.
  const hook = `import { readFileSync, writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(${JSON.stringify(maps)}, readFileSync('/proc/self/maps')));`;
  await run(process.execPath, ['--import', asModule(hook), SOP, ...args], { cwd: root });
  return readFile(maps, 'utf8');
}

/** The packages `sop <args>` imports, by name, and what it printed. */
async function packagesLoaded(root: string, args: string[]): Promise<{ packages: Set<string>; stderr: string }> {
  const resolve = `export async function resolve(specifier, context, next) {
    const resolved = await next(specifier, context);
    const name = /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(resolved.url)?.[1];
    if (name) process.stderr.write('loaded ' + name + '\\n');
    return resolved;
  }`;
  const hook = `import { register } from 'node:module'; register(${JSON.stringify(asModule(resolve))});`;
  // A command that reports errors exits 1: what it loaded is still told.
  const { stderr } = await run(process.execPath, ['--import', asModule(hook), SOP, ...args], { cwd: root, env: { ...process.env, SOP_LANG: 'en' } }).catch((error: { code?: number; stderr: string }) => {
    if (error.code !== 1) throw error;
    return error;
  });
  const packages = new Set([...stderr.matchAll(/^loaded (\S+)$/gm)].map((match) => match[1]!));
  return { packages, stderr: stderr.replace(/^loaded \S+\n/gm, '') };
}

it('loads the Typst compiler only to typeset', async () => {
  const root = await copyProject('base');
  expect(await mappedAtExit(root, ['check'])).not.toContain('typst-ts-node-compiler');
  expect(await mappedAtExit(root, ['build', '--no-pdf'])).not.toContain('typst-ts-node-compiler');
  expect(await mappedAtExit(root, ['build', '--pdf-only'])).toContain('typst-ts-node-compiler');
}, 120_000);

it('finds that nothing changed without loading the parsers', async () => {
  const root = await copyProject('base');
  const cold = await packagesLoaded(root, ['build', '--no-pdf']);
  expect(cold.packages).toContain('micromark');
  expect(cold.packages).toContain('yaml');
  const again = await packagesLoaded(root, ['build', '--no-pdf']);
  expect(again.stderr).toMatch(/^Up to date: nothing changed since the last build of dist\//);
  for (const parser of ['micromark', 'remark-parse', 'yaml', 'js-yaml', 'ajv']) expect(again.packages).not.toContain(parser);
}, 120_000);

it('loads vfile-reporter only for the grouped format', async () => {
  const root = await copyProject('base');
  const built = await packagesLoaded(root, ['build', '--no-pdf']);
  expect(built.packages).toContain('micromark');
  const again = await packagesLoaded(root, ['build', '--no-pdf']);
  expect(again.stderr).toMatch(/^Up to date/);
  // An unknown actor: an error to report.
  const broken = await copyProject('base', [{ file: 'alfa/adulti.md', replace: 'actor: forze-ordine', with: 'actor: questura-rm' }]);
  const compact = await packagesLoaded(broken, ['check']);
  expect(compact.stderr).toMatch(/: 1 error/);
  for (const { packages } of [built, again, compact]) expect(packages).not.toContain('vfile-reporter');
  const grouped = await packagesLoaded(broken, ['check', '--format', 'grouped']);
  expect(grouped.packages).toContain('vfile-reporter');
}, 120_000);

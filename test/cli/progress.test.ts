// Long builds say how they are getting on, on a terminal only: a CI log stays line-oriented.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO, copyProject } from '../helpers.js';

const run = promisify(execFile);
const SOP = path.join(REPO, 'bin/sop.js');

describe('build progress', () => {
  it('is one status line rewritten in place on a terminal', async () => {
    const root = await copyProject('base');
    // util-linux `script` gives the command a pseudo-terminal, as an editor's shell would.
    const { stdout } = await run('script', ['-qec', `${process.execPath} ${SOP} build --no-pdf`, '/dev/null'], { cwd: root });
    const statuses = stdout.split('\r\x1b[K').filter(Boolean);
    expect(statuses[0]).toBe('Controllo di procedures/');
    expect(statuses).toContain('HTML 1/94 — index.html');
    expect(statuses).toContain('HTML 3/94 — alfa/procedures/adulti.html');
    expect(statuses.filter((status) => status.startsWith('HTML '))).toHaveLength(94);
    // The status line is cleared before the summary.
    expect(statuses.at(-1)).toMatch(/^Scritte in dist\/ 75 pagine e 0 PDF \(\d+ ms\)\r\n$/);
  }, 60_000);

  it('prints nothing but the summary when stderr is not a terminal', async () => {
    const root = await copyProject('base');
    const { stdout, stderr } = await run(process.execPath, [SOP, 'build', '--no-pdf'], { cwd: root, env: { ...process.env, SOP_LANG: 'en' } });
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Built 75 pages and 0 PDFs in dist\/ \(\d+ ms\)\n$/);
  }, 60_000);
});

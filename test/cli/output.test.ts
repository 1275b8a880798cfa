// Every build replaces its output folder whole: one that overlaps the corpus is refused before
// anything is read or written.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject } from '../helpers.js';
import { sop } from './run.js';

describe('the output folder', () => {
  it.each([
    [['build', '--out', '.'], '--out . would overlap the corpus folder procedures'],
    [['build', '--out', 'procedures/dist'], '--out procedures/dist would overlap the corpus folder procedures'],
    [['build', 'procedures/alfa', '--out', 'procedures'], '--out procedures would overlap the corpus folder procedures/alfa'],
    [['dev', '--out', '.'], '--out . would overlap the corpus folder procedures'],
  ])('sop %j is refused', async (args, message) => {
    const root = await copyProject('base');
    const before = await readdir(path.join(root, 'procedures'), { recursive: true });
    const result = await sop(root, args);
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: `sop: ${message}: choose an output folder beside it, such as dist\n` });
    expect(await readdir(path.join(root, 'procedures'), { recursive: true })).toEqual(before);
  });

  it('sop dev refuses a port that is not one', async () => {
    const result = await sop(await copyProject('base'), ['dev', '--port', 'http']);
    expect(result).toMatchObject({ code: 2, stderr: 'sop: --port takes a port number, not "http"\n' });
  });
});

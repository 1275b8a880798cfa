// Every build replaces its output folder whole: one that overlaps the corpus is refused before
// anything is read or written.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject } from '../helpers.js';
import { sop } from './run.js';

describe('the output folder', () => {
  it.each([
    [['build', '--out', '.'], '--out . si sovrapporrebbe alla cartella delle procedure procedures'],
    [['build', '--out', 'procedures/dist'], '--out procedures/dist si sovrapporrebbe alla cartella delle procedure procedures'],
    [['build', '--dir', 'procedures', '--out', 'procedures/alfa'], '--out procedures/alfa si sovrapporrebbe alla cartella delle procedure procedures'],
    [['dev', '--out', '.'], '--out . si sovrapporrebbe alla cartella delle procedure procedures'],
  ])('sop %j is refused', async (args, message) => {
    const root = await copyProject('base');
    const before = await readdir(path.join(root, 'procedures'), { recursive: true });
    const result = await sop(root, args);
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: `sop: ${message}: scegli una cartella di uscita accanto, come dist\n` });
    expect(await readdir(path.join(root, 'procedures'), { recursive: true })).toEqual(before);
  });

  it('sop dev refuses a port that is not one', async () => {
    const result = await sop(await copyProject('base'), ['dev', '--port', 'http']);
    expect(result).toMatchObject({ code: 2, stderr: 'sop: --port vuole un numero di porta, non "http"\n' });
    expect(await sop(await copyProject('base'), ['dev', '--port', 'http', '--lang', 'en'])).toMatchObject({ code: 2, stderr: 'sop: --port takes a port number, not "http"\n' });
  });
});

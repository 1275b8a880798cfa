// The output in the making takes writes without waiting for each to reach the disk; a failed
// write must still fail the build, and nothing may be written once the folder is swapped in or
// thrown away.
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { StagedOutput } from '../../src/build/write.js';

const pages = (count: number) => Array.from({ length: count }, (_, i) => [`region-${i % 7}/page-${i}/index.html`, `<p>page ${i}</p>`.repeat(200)] as const);

async function outputFolder(): Promise<string> {
  const out = path.join(await mkdtemp(path.join(tmpdir(), 'sop-staged-')), 'dist');
  await mkdir(out);
  await writeFile(path.join(out, 'old.html'), 'the last build');
  return out;
}

it('has every file written, whole, once committed', async () => {
  const out = await outputFolder();
  const staged = await StagedOutput.open(out);
  for (const [file, content] of pages(300)) await staged.write(file, content);
  await staged.commit();
  for (const [file, content] of pages(300)) expect(await readFile(path.join(out, file), 'utf8')).toBe(content);
  expect(await readdir(path.dirname(out))).toEqual(['dist']);
});

it('fails the commit when a write failed, and leaves the last output as it was', async () => {
  const out = await outputFolder();
  const staged = await StagedOutput.open(out);
  // A folder where the last file should go: writing it fails (EISDIR) after write() has returned,
  // so only the commit can tell.
  await mkdir(path.join(staged.staging, 'region-4', 'page-39', 'index.html'), { recursive: true });
  const failure = (async () => {
    for (const [file, content] of pages(40)) await staged.write(file, content);
    await staged.commit();
  })();
  await expect(failure).rejects.toThrow(/EISDIR/);
  await staged.discard();
  expect(await readdir(path.dirname(out))).toEqual(['dist']);
  expect(await readdir(out)).toEqual(['old.html']);
});

it('leaves nothing behind when discarded with writes under way', async () => {
  const out = await outputFolder();
  const staged = await StagedOutput.open(out);
  // Each page in a folder of its own: a write still under way would make its folder again.
  for (let i = 0; i < 200; i++) await staged.write(`p${i}/index.html`, 'x'.repeat(50_000));
  await staged.discard();
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(await readdir(path.dirname(out))).toEqual(['dist']);
  expect(await readdir(out)).toEqual(['old.html']);
});

it('waits for the disk when the writes under way would hold too much', async () => {
  const out = await outputFolder();
  const staged = await StagedOutput.open(out);
  // A small page goes on at once, written later; a large one (a national page of a big corpus) is
  // on disk before the next is made, so that no more than one such page is held at a time.
  await staged.write('small.html', '<p>breve</p>');
  await expect(readFile(path.join(staged.staging, 'small.html'), 'utf8')).rejects.toThrow(/ENOENT/);
  const large = Array.from({ length: 300 }, (_, i) => `<tr><td>riga ${i}</td></tr>`.repeat(1000));
  await staged.write('large.html', large);
  expect((await readFile(path.join(staged.staging, 'large.html'), 'utf8')).length).toBe(large.join('').length);
  await staged.commit();
  expect(await readFile(path.join(out, 'small.html'), 'utf8')).toBe('<p>breve</p>');
});

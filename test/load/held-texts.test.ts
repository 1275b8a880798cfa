// A build holds each text it read as its bytes, packs it once checked, and reads it back when its
// page is made; whoever reads a file (a parse, a hash, a page's prose, a diagnostic's position)
// must read the same text, however it is held.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { expect, it } from 'vitest';
import { readVFile } from '../../src/load/files.js';
import { decodeBinary, packTexts, textBinary } from '../../src/load/held-texts.js';

const TEXT = '---\nid: accoglienza\ntitle: Accoglienza — “protetta”\n---\n\nLa persona è accolta entro 24 ore.\n'.repeat(40);

async function readBack(bytes: Buffer): Promise<VFile> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sop-held-'));
  await writeFile(path.join(dir, 'accoglienza.md'), bytes);
  return readVFile(path.join(dir, 'accoglienza.md'), dir);
}

it('reads a file held as its bytes as the text written, without a byte-order mark, and as bytes as an editor\'s copy', async () => {
  const file = await readBack(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]));
  expect(file.value).toBe(TEXT);
  expect(String(file)).toBe(TEXT);
  // The parse cache and the build cache hash these: an editor's unsaved copy of the same text hits what a build made.
  expect(textBinary(file)).toBe(textBinary(new VFile({ value: TEXT })));
  expect(decodeBinary(textBinary(file))).toBe(TEXT);
});

it('reads back the very text it packed, as often as asked, and diagnostics find their lines in it', async () => {
  const file = await readBack(Buffer.from(TEXT));
  packTexts([file]);
  for (const _ of [1, 2]) {
    expect(file.value).toBe(TEXT);
    expect(String(file)).toBe(TEXT);
    expect(textBinary(file)).toBe(Buffer.from(TEXT).toString('latin1'));
  }
  const offset = TEXT.indexOf('24 ore', 500);
  const point = location(file).toPoint(offset);
  expect(point).toEqual(location(TEXT).toPoint(offset));
  expect(point?.line).toBeGreaterThan(6);
  // Read through its class, not an accessor of its own (which made each file a dictionary), and
  // copied with its text, as a file with a text of its own is.
  expect(Object.getOwnPropertyDescriptor(file, 'value')).toBeUndefined();
  expect(new VFile(file).value).toBe(TEXT);
});

it('leaves a text it was given as it is', () => {
  const given = new VFile({ path: 'lazio/accoglienza.md', value: TEXT });
  packTexts([given]);
  expect(Object.getOwnPropertyDescriptor(given, 'value')).toMatchObject({ value: TEXT, writable: true });
});

it('holds a plain text again once the file is given a new one, packed or not', async () => {
  const packed = [new VFile({ path: 'lazio/accoglienza.md', value: TEXT }), await readBack(Buffer.from(TEXT))];
  packTexts(packed);
  for (const file of [...packed, await readBack(Buffer.from(TEXT))]) {
    file.value = 'corretto';
    expect(file.value).toBe('corretto');
    expect(textBinary(file)).toBe('corretto');
    expect(Object.getOwnPropertyDescriptor(file, 'value')).toMatchObject({ value: 'corretto', writable: true });
  }
});

it('decodes texts larger than the buffer it decodes through, and short ones after them', () => {
  const long = `${'è'.repeat(200_000)}—fine`;
  expect(decodeBinary(Buffer.from(long).toString('latin1'))).toBe(long);
  expect(decodeBinary(Buffer.from('però').toString('latin1'))).toBe('però');
});

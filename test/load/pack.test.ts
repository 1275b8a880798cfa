// A build keeps the texts it checked packed until their pages are made; whoever reads a file
// (a page's prose, a diagnostic's position) must read the same text.
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { expect, it } from 'vitest';
import { packTexts } from '../../src/load/files.js';

const TEXT = '---\nid: accoglienza\ntitle: Accoglienza — “protetta”\n---\n\nLa persona è accolta entro 24 ore.\n'.repeat(40);

it('reads back the very text it packed, as often as asked, and diagnostics find their lines in it', () => {
  const file = new VFile({ path: 'lazio/accoglienza.md', value: TEXT });
  packTexts([file]);
  expect(file.value).toBe(TEXT);
  expect(String(file)).toBe(TEXT);
  const offset = TEXT.indexOf('24 ore', 500);
  const point = location(file).toPoint(offset);
  expect(point).toEqual(location(TEXT).toPoint(offset));
  expect(point?.line).toBeGreaterThan(6);
});

it('holds a plain text again once the file is given a new one', () => {
  const file = new VFile({ path: 'lazio/accoglienza.md', value: TEXT });
  packTexts([file]);
  file.value = 'corretto';
  expect(file.value).toBe('corretto');
  expect(Object.getOwnPropertyDescriptor(file, 'value')).toMatchObject({ value: 'corretto', writable: true });
});

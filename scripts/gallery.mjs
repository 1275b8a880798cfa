#!/usr/bin/env node
// `npm run gallery`: screenshots of each page type of the shipped corpus at a phone's width
// (390 px) and a desktop's (1280 px), and of sample PDF pages, into gallery/ (git-ignored), so
// a reviewer can look at the handbooks without building and browsing them by hand.
// Needs `npm run build:ts` first (npm run gallery does it), Chromium and poppler-utils.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { build } from '../lib/index.js';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const OUT = path.join(REPO, 'gallery');
const CHROMIUM = process.env.SOP_CHROMIUM ?? '/usr/bin/chromium';
const WIDTHS = [390, 1280];
/** Very long pages are shown by their first screens: enough to judge them, small enough to open. */
const MAX_SCREENS = 3;

/** One page of each type, named as the PNG files are. */
const PAGES = [
  ['landing', 'index.html'],
  ['region-home', 'piemonte/index.html'],
  ['procedure', 'sicilia/procedures/minori-stranieri-non-accompagnati.html'],
  ['role', 'lazio/roles/questura-ufficio-immigrazione.html'],
  ['legal', 'puglia/legal.html'],
  ['population', 'piemonte/population/adults.html'],
  ['national-overview', 'national/index.html'],
  ['national-coverage', 'national/coverage.html'],
  ['national-map', 'national/map.html'],
  ['national-map-stage', 'national/map-segnalazione.html'],
  ['national-divergences', 'national/divergences.html'],
  ['national-divergences-kind', 'national/divergences-time-limit.html'],
  ['national-role', 'national/roles/ente-antitratta.html'],
];
const PDFS = [
  ['pdf-piemonte', 'piemonte/piemonte.pdf'],
  ['pdf-national', 'national/national-model.pdf'],
];

const dist = await mkdtemp(path.join(tmpdir(), 'sop-gallery-'));
try {
  const result = await build('procedures', { cwd: REPO, out: dist, lang: 'it', regions: [] });
  if (!result.written) throw new Error(`The shipped corpus did not build (${result.errors} errors): run \`sop check procedures\`.`);
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, deviceScaleFactor: 1 });
      for (const [name, file] of PAGES) {
        const page = await context.newPage();
        await page.goto(pathToFileURL(path.join(dist, file)).href);
        await page.evaluate(() => document.fonts.ready);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const viewport = page.viewportSize();
        const clip = { x: 0, y: 0, width: viewport.width, height: Math.min(height, viewport.height * MAX_SCREENS) };
        await page.screenshot({ path: path.join(OUT, `${name}-${width}.png`), fullPage: true, clip });
        await page.close();
        console.log(`gallery/${name}-${width}.png${height > clip.height ? ` (first ${MAX_SCREENS} screens of ${height} px)` : ''}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  for (const [name, file] of PDFS) {
    await promisify(execFile)('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '3', path.join(dist, file), path.join(OUT, name)]);
    console.log(`gallery/${name}-*.png`);
  }
} finally {
  await rm(dist, { recursive: true, force: true });
}

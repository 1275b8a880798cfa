// Every diagram of the shipped corpus (and its case pages) as a reader sees it, on a 390 px phone and a 1280 px
// screen: text at 11 px or more in the site's font, inside its box, and no sideways page scroll.
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { copyProject, REPO } from '../helpers.js';
import { outputFiles } from '../html.js';
import { hasChromium, suiteBrowser } from './browser.js';

interface Measured {
  texts: number;
  /** "text: 9.8px" for each text drawn under 11 px. */
  small: string[];
  /** Families other than the site's font, and whether the font was loaded. */
  families: string[];
  fontLoaded: boolean;
  /** Texts whose box reaches out of their node's shape. */
  overflowing: string[];
  /** Figures reaching past the window's right edge. */
  outside: string[];
  /** Figures showing no node at all where they open. */
  empty: string[];
  pageScrollsSideways: boolean;
  /** Scroll frames that are not focusable or have no visible hint. */
  unmarked: string[];
}

describe.skipIf(!hasChromium)('diagrams in headless Chromium', () => {
  const browser = suiteBrowser();
  let dist: string;
  let pages: string[];

  beforeAll(async () => {
    const dir = await copyProject('../../procedures');
    // The case pages draw each case's path over the procedure diagrams it passes through.
    await cp(path.join(REPO, 'cases'), path.join(dir, 'cases'), { recursive: true });
    await build('procedures', { cwd: dir, out: 'dist', lang: 'it', regions: [], pdf: false });
    dist = path.join(dir, 'dist');
    const html = (await outputFiles(dist)).filter((file) => file.endsWith('.html'));
    const withDiagrams = await Promise.all(html.map(async (file) => ((await readFile(path.join(dist, file), 'utf8')).includes('referral-map') ? file : '')));
    pages = withDiagrams.filter(Boolean);
  }, 120_000);

  for (const width of [390, 1280]) {
    it(`keeps every diagram readable at ${width} px`, async () => {
      // Procedure pages, Region home pages, the national map and the case pages.
      expect(pages.length).toBeGreaterThan(60);
      expect(pages).toContain('national/map-segnalazione.html');
      expect(pages).toContain('cases/donna-segnalata-dalla-commissione.html');
      const page = await browser().newPage({ viewport: { width, height: 800 } });
      const problems: Record<string, Record<string, unknown>> = {};
      let texts = 0;
      for (const file of pages) {
        await page.goto(pathToFileURL(path.join(dist, file)).href);
        await page.evaluate(() => document.fonts.ready);
        const measured: Measured = await page.evaluate(() => {
          const result: Measured = { texts: 0, small: [], families: [], fontLoaded: document.fonts.check('13px "Titillium Web"'), overflowing: [], outside: [], empty: [], pageScrollsSideways: document.documentElement.scrollWidth > document.documentElement.clientWidth, unmarked: [] };
          const inside = (inner: DOMRect, outer: DOMRect, slack = 0.5) => inner.left >= outer.left - slack && inner.right <= outer.right + slack && inner.top >= outer.top - slack && inner.bottom <= outer.bottom + slack;
          const meets = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          for (const figure of document.querySelectorAll('figure.referral-map')) {
            const frame = figure.querySelector('.diagram-scroll') ?? figure;
            if (figure.getBoundingClientRect().right > window.innerWidth + 0.5) result.outside.push(figure.querySelector('title')?.textContent ?? '?');
            if (![...figure.querySelectorAll('g.node text')].some((text) => meets(text.getBoundingClientRect(), frame.getBoundingClientRect()))) result.empty.push(figure.querySelector('title')?.textContent ?? '?');
            if (figure.classList.contains('diagram-scrolls')) {
              const hint = figure.querySelector('.scroll-hint');
              const frameElement = figure.querySelector('.diagram-scroll');
              const wide = frameElement !== null && frameElement.scrollWidth > frameElement.clientWidth;
              if (frameElement?.getAttribute('tabindex') !== '0' || frameElement.getAttribute('role') !== 'region' || (wide && (!hint || hint.getBoundingClientRect().height === 0))) {
                result.unmarked.push(figure.querySelector('title')?.textContent ?? '?');
              }
            }
            for (const text of figure.querySelectorAll<SVGTextElement>('svg text')) {
              result.texts += 1;
              const style = getComputedStyle(text);
              const ctm = text.getScreenCTM()!;
              const size = parseFloat(style.fontSize) * Math.sqrt(Math.abs(ctm.a * ctm.d - ctm.b * ctm.c));
              if (size < 11) result.small.push(`${text.textContent}: ${size.toFixed(1)}px`);
              if (!style.fontFamily.startsWith('"Titillium Web"')) result.families.push(style.fontFamily);
              const node = text.closest('g.node');
              const shape = node?.querySelector('path, polygon, ellipse');
              if (shape && !inside(text.getBoundingClientRect(), shape.getBoundingClientRect())) result.overflowing.push(text.textContent ?? '');
            }
          }
          return result;
        });
        texts += measured.texts;
        const { texts: _, fontLoaded, pageScrollsSideways, ...lists } = measured;
        const found: Record<string, unknown> = Object.fromEntries(Object.entries(lists).filter(([, list]) => list.length > 0));
        if (!fontLoaded) found.fontLoaded = false;
        if (pageScrollsSideways) found.pageScrollsSideways = true;
        if (Object.keys(found).length > 0) problems[file] = found;
      }
      await page.close();
      expect(texts).toBeGreaterThan(1000);
      expect(problems).toEqual({});
    }, 180_000);
  }
});

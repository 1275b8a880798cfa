// The shipped case studies as a reader opens them: on a 390 px phone and for axe-core.
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { copyProject, REPO } from '../helpers.js';
import { axeViolations, builtUrl, hasChromium, openPage, suiteBrowser } from './browser.js';

/** A case the shipped corpus runs in several Regions, so its page has the comparison table. */
const COMPARED = 'cases/donna-segnalata-dalla-commissione.html';

describe.skipIf(!hasChromium)('case pages in headless Chromium', () => {
  const browser = suiteBrowser();
  let root: string;

  beforeAll(async () => {
    root = await copyProject('../../procedures');
    await cp(path.join(REPO, 'cases'), path.join(root, 'cases'), { recursive: true });
    expect((await build('procedures', { cwd: root, out: 'dist', lang: 'it', regions: [], pdf: false })).written).toContain(COMPARED);
  }, 120_000);

  const open = (file: string, width: number, forAxe = false) => openPage(browser(), builtUrl(root, file), { width, forAxe });

  it.each([['the list of cases', 'cases/index.html'], ['a case page with its comparison', COMPARED]])('does not scroll sideways at 390 px on %s', async (_name, file) => {
    const { page, errors } = await open(file, 390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });

  it('scrolls the comparison table inside its own region at 390 px, reachable from the keyboard', async () => {
    const { page } = await open(COMPARED, 390);
    const region = page.locator('div.table-scroll[role=region]:has(table.case-compare)');
    expect(await region.getAttribute('tabindex')).toBe('0');
    const { inner, outer } = await region.evaluate((el) => ({ inner: el.scrollWidth, outer: el.clientWidth }));
    expect(inner).toBeGreaterThan(outer);
    expect(await page.locator('table.case-compare thead th').count()).toBeGreaterThan(2);
  });

  it('draws the path on the diagrams readably at 390 px: stops at 11 px or more, thicker than the rest, the legend beside', async () => {
    const { page } = await open(COMPARED, 390);
    await page.evaluate(() => document.fonts.ready);
    const drawn = await page.evaluate(() => {
      const size = (text: SVGTextElement) => {
        const ctm = text.getScreenCTM()!;
        return parseFloat(getComputedStyle(text).fontSize) * Math.sqrt(Math.abs(ctm.a * ctm.d - ctm.b * ctm.c));
      };
      const stroke = (node: Element) => Number(node.querySelector('path, polygon')?.getAttribute('stroke-width') ?? 1);
      const stops = [...document.querySelectorAll<SVGGElement>('g.case-path-step')];
      const off = [...document.querySelectorAll<SVGGElement>('g.node.case-path-off')];
      return {
        stops: stops.length,
        markers: stops.map((node) => node.querySelector('text')?.textContent ?? ''),
        smallest: Math.min(...[...document.querySelectorAll<SVGTextElement>('figure.referral-map svg text')].map(size)),
        strokes: { on: Math.min(...stops.map(stroke)), off: Math.max(...off.map(stroke)) },
        legend: [...document.querySelectorAll('.case-path-legend li')].map((li) => li.getBoundingClientRect().right <= innerWidth && li.getBoundingClientRect().height > 0),
      };
    });
    expect(drawn.stops).toBeGreaterThan(5);
    expect(drawn.markers.every((marker) => /^Tappa \d+$/.test(marker))).toBe(true);
    expect(drawn.smallest).toBeGreaterThanOrEqual(11);
    expect(drawn.strokes.on).toBeGreaterThanOrEqual(3 * drawn.strokes.off);
    expect(drawn.legend.length).toBeGreaterThan(0);
    expect(drawn.legend.every(Boolean)).toBe(true);
  });

  it.each([['the list of cases', 'cases/index.html'], ['a case page with its comparison', COMPARED]])('has no axe-core WCAG 2.2 AA violation on %s', async (_name, file) => {
    const { page } = await open(file, 1280, true);
    expect(await axeViolations(page)).toEqual([]);
  });
});

// The guided pathway as a reader uses it: opened from file://, answered from the keyboard with
// scripts on and off, on a 390 px phone, and checked by axe-core.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { copyProject } from '../helpers.js';
import { axeViolations, builtUrl, hasChromium, openPage, suiteBrowser } from './browser.js';

const REGION = 'piemonte';
const START = `${REGION}/guide/index.html`;

describe.skipIf(!hasChromium)('the guided pathway in headless Chromium', () => {
  const browser = suiteBrowser();
  let root: string;

  beforeAll(async () => {
    root = await copyProject('../../procedures');
    expect((await build('procedures', { cwd: root, out: 'dist', lang: 'it', regions: [REGION], pdf: false })).written).toContain(START);
  }, 120_000);

  const open = (file: string, { scripts = true, width = 1280, forAxe = false } = {}) => openPage(browser(), builtUrl(root, file), { scripts, width, forAxe });

  /** Tabs to the answer link whose words start with `words` and presses Enter, as a keyboard user does. */
  async function answerByKeyboard(page: Page, words: string): Promise<void> {
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => (document.activeElement?.matches('a.guide-answer') ? document.activeElement.textContent ?? '' : ''));
      if (focused.startsWith(words)) {
        await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
        return;
      }
    }
    throw new Error(`No answer "${words}" reached by Tab on ${page.url()}`);
  }

  /** From "Chi sei?" as the police, then "Sì" to every question up to the end: the pages seen. */
  async function walk(page: Page, onEachAnswer: () => Promise<void>): Promise<string[]> {
    await answerByKeyboard(page, "Forze dell'ordine");
    await onEachAnswer();
    const seen = [page.url()];
    for (let i = 0; i < 12 && (await page.locator('fieldset.guide-question').count()) > 0; i++) {
      await answerByKeyboard(page, 'Sì');
      await onEachAnswer();
      seen.push(page.url());
    }
    return seen;
  }

  it('is walked to its end by keyboard with scripts on, the focus following each answer to the new steps', async () => {
    const { page, errors } = await open(START);
    const seen = await walk(page, async () => {
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('guide-now');
    });
    expect(seen.length).toBeGreaterThan(2);
    expect(await page.locator('.guide-end').count()).toBe(1);
    expect(await page.locator('.guide-given dt').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('is walked to the same end by keyboard with scripts off: each answer is a page, the next Tab goes on from the new steps', async () => {
    const withScripts = await open(START);
    const expected = await walk(withScripts.page, async () => undefined);
    const { page } = await open(START, { scripts: false });
    const seen = await walk(page, async () => {
      expect(new URL(page.url()).hash).toBe('#guide-now');
      // Chromium takes a page to its fragment (scrolls, and focuses a focusable target) in the first
      // rendering frame after the load, not at the load itself: a Tab pressed in between starts from
      // the top of the page (the skip link), which no reader's hand is fast enough to do. So the
      // test waits (up to 2 s, polled) for the fragment's focus, which without a script
      // must land on the new steps' heading, and only then checks that the next Tab goes on from there.
      // (requestAnimationFrame cannot mark the frame: with scripts off its callbacks never run.)
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 2000, interval: 20 }).toBe('guide-now');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.guide-now, .guide-question, .guide-restart')))).toBe(true);
    });
    expect(seen).toEqual(expected);
    expect(await page.locator('ol.guide-steps > li').count()).toBeGreaterThan(0);
  });

  it('takes a changed answer back to its question', async () => {
    const { page } = await open(START);
    await walk(page, async () => undefined);
    const change = page.locator('.guide-given dd a').first();
    const question = (await page.locator('.guide-given dt').first().textContent())!;
    await change.focus();
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('guide-question');
    expect(await page.locator('fieldset.guide-question legend').textContent()).toBe(question);
  });

  it('does not scroll sideways at 390 px and has no axe-core WCAG 2.2 AA violation on its pages', async () => {
    const { page } = await open(START);
    const pages = [START, ...(await walk(page, async () => undefined)).map((url) => path.relative(path.join(root, 'dist'), new URL(url).pathname))];
    const role = `${REGION}/guide/role-ente-antitratta.html`;
    for (const file of [...pages, role]) {
      const phone = await open(file, { width: 390 });
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth - innerWidth), file).toBeLessThanOrEqual(0);
      const desk = await open(file, { forAxe: true });
      expect(await axeViolations(desk.page), file).toEqual([]);
    }
  }, 60_000);
});

// The handbooks as a reader uses them: opened from disk in a real browser.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { copyProject } from '../helpers.js';
import { axeViolations, hasChromium, launch } from './browser.js';

const XSS = '<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) <a href="javascript:alert(4)" onclick="alert(5)">a</a> <svg onload=alert(6)></svg>\n\nPer i richiedenti asilo';

describe.skipIf(!hasChromium)('handbooks in headless Chromium', () => {
  let browser: Browser;
  let base: string;
  let shipped: string;
  const url = (dir: string, file: string) => pathToFileURL(path.join(dir, 'dist', file)).href;

  beforeAll(async () => {
    browser = await launch();
    base = await copyProject('base', [{ file: 'alfa/adulti.md', replace: 'Per i richiedenti asilo', with: XSS }]);
    shipped = await copyProject('../../procedures');
    for (const dir of [base, shipped]) expect((await build('procedures', { cwd: dir, out: 'dist', lang: 'it', regions: [] })).written).toBeDefined();
  }, 60_000);
  afterAll(() => browser?.close());

  /** `forAxe`: axe-core is injected as an inline script, which the pages' CSP rightly refuses. */
  async function open(target: string, forAxe = false): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
    const page = await browser.newPage({ bypassCSP: forAxe });
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(target);
    return { page, dialogs, errors };
  }

  it('finds a role with the search box and reaches its page by clicking', async () => {
    const { page, errors } = await open(url(base, 'alfa/index.html'));
    await page.getByLabel('Cerca procedure, ruoli e passi').fill('tutore');
    const result = page.locator('#search-results a', { hasText: 'Tutore volontario' }).first();
    await result.click();
    await expect.poll(() => page.url()).toMatch(/alfa\/roles\/tutore-volontario\.html$/);
    expect(await page.locator('h1').textContent()).toBe('Tutore volontario');
    expect(errors).toEqual([]);
  });

  it('follows a referral into a procedure of another Region', async () => {
    const { page } = await open(url(base, 'beta/procedures/trasferimento.html'));
    await page.locator('#step-coordinamento .referrals a').click();
    await expect.poll(() => page.url()).toMatch(/alfa\/procedures\/adulti\.html#step-colloqui$/);
    expect(await page.locator('li.step:target h3').textContent()).toContain('Ente antitratta');
  });

  it('opens a referral-map node as a link to its step', async () => {
    const { page } = await open(url(base, 'alfa/procedures/asilo.html'));
    await page.locator('figure.referral-map svg a').first().click();
    await expect.poll(() => page.url()).toMatch(/asilo\.html#step-informativa$/);
  });

  it('refuses inline script through its Content-Security-Policy', async () => {
    const { page, errors } = await open(url(base, 'alfa/index.html'));
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.injected = "yes"';
      document.body.append(script);
      return document.body.dataset.injected ?? 'no';
    });
    expect(ran).toBe('no');
    expect(errors.join('\n')).toMatch(/Content Security Policy/);
  });

  it('runs no script injected through a procedure', async () => {
    const { page, dialogs, errors } = await open(url(base, 'alfa/procedures/adulti.html'));
    for (const link of await page.locator('.procedure-text a').all()) await link.click({ trial: true });
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator('.procedure-text').textContent()).toContain('<script>alert(1)</script>');
  });

  it('would see an accessibility violation (the axe check is live)', async () => {
    const { page } = await open(url(shipped, 'piemonte/index.html'), true);
    await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<a href="#x"></a><input type="text">'));
    expect((await axeViolations(page)).map((line) => line.split(':')[0])).toEqual(expect.arrayContaining(['link-name', 'label']));
  });

  it.each([
    ['the landing page', 'index.html'],
    ['a Region home', 'piemonte/index.html'],
    ['a procedure page', 'sicilia/procedures/minori-stranieri-non-accompagnati.html'],
    ['a role page', 'lazio/roles/questura-ufficio-immigrazione.html'],
    ['a legal-references page', 'puglia/legal.html'],
    ['the national overview', 'national/index.html'],
    ['the national coverage matrix', 'national/coverage.html'],
    ['the national referral map', 'national/map.html'],
    ['the national divergences', 'national/divergences.html'],
    ['a national role page', 'national/roles/ente-antitratta.html'],
  ])('has no axe-core WCAG 2.2 AA violation on %s', async (_name, file) => {
    const { page } = await open(url(shipped, file), true);
    expect(await axeViolations(page)).toEqual([]);
  });
});

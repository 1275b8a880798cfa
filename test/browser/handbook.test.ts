// The handbooks as a reader uses them: opened from disk in a real browser.
import { beforeAll, describe, expect, it } from 'vitest';
import { build, check } from '../../src/index.js';
import type { Corpus } from '../../src/model/types.js';
import { copyProject, TODAY } from '../helpers.js';
import { axeViolations, builtUrl, hasChromium, openPage, suiteBrowser } from './browser.js';

const XSS = '<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) <a href="javascript:alert(4)" onclick="alert(5)">a</a> <svg onload=alert(6)></svg>\n\nPer i richiedenti asilo';

describe.skipIf(!hasChromium)('handbooks in headless Chromium', () => {
  const browser = suiteBrowser();
  let base: string;
  let shipped: string;
  let corpus: Corpus;
  const url = builtUrl;

  beforeAll(async () => {
    base = await copyProject('base', [{ file: 'alfa/adulti.md', replace: 'Per i richiedenti asilo', with: XSS }]);
    shipped = await copyProject('../../procedures');
    for (const dir of [base, shipped]) expect((await build('procedures', { cwd: dir, out: 'dist', lang: 'it', regions: [] })).written).toBeDefined();
    corpus = (await check('procedures', { cwd: shipped, today: TODAY })).loaded.corpus;
  }, 60_000);

  const open = (target: string, forAxe = false, width = 1280) => openPage(browser(), target, { forAxe, width });

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
    expect(await page.locator('li.step:target .step-who').textContent()).toContain('Ente antitratta');
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
    ['a stage of the national referral map', 'national/map-identificazione-preliminare.html'],
    ['the national divergences', 'national/divergences.html'],
    ['a kind of national divergences', 'national/divergences-consent.html'],
    ['a national role page', 'national/roles/ente-antitratta.html'],
    ['a population page', 'piemonte/population/adults.html'],
  ])('has no axe-core WCAG 2.2 AA violation on %s', async (_name, file) => {
    const { page } = await open(url(shipped, file), true);
    expect(await axeViolations(page)).toEqual([]);
  });

  const PAGE_TYPES = [
    ['the landing page', 'index.html'],
    ['a Region home', 'piemonte/index.html'],
    ['a procedure page', 'sicilia/procedures/minori-stranieri-non-accompagnati.html'],
    ['a role page', 'lazio/roles/questura-ufficio-immigrazione.html'],
    ['a legal-references page', 'puglia/legal.html'],
    ['a population page', 'piemonte/population/adults.html'],
    ['the national overview', 'national/index.html'],
    ['the national coverage matrix', 'national/coverage.html'],
    ['the national referral map', 'national/map.html'],
    ['a stage of the national referral map', 'national/map-identificazione-preliminare.html'],
    ['the national divergences', 'national/divergences.html'],
    ['a kind of national divergences', 'national/divergences-consent.html'],
    ['a national role page', 'national/roles/ente-antitratta.html'],
  ];

  it.each(PAGE_TYPES)('does not scroll sideways at 390 px on %s', async (_name, file) => {
    const { page, errors } = await open(url(shipped, file), false, 390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });

  it('does not scroll sideways at 390 px with search results open', async () => {
    const { page } = await open(url(shipped, 'index.html'), false, 390);
    await page.getByLabel('Cerca procedure, ruoli e passi').fill('questura');
    await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(5);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
  });

  it('keeps the coverage matrix header row and Region column in place while its region scrolls', async () => {
    const { page } = await open(url(shipped, 'national/coverage.html'), false, 390);
    await page.setViewportSize({ width: 390, height: 500 });
    const scroller = page.getByRole('region', { name: 'Procedure di ogni Regione per fase nazionale; le celle vuote sono lacune.' });
    const header = scroller.locator('thead th').nth(1);
    const region = scroller.locator('tbody th').first();
    await scroller.evaluate((el) => el.scrollTo(400, 200));
    // The matrix really scrolled both ways inside its region (not the page)…
    expect(await scroller.evaluate((el) => [el.scrollLeft > 0, el.scrollTop > 0])).toEqual([true, true]);
    // …and its header row still sits at the region's top edge, its Region column at the left one.
    const box = (await scroller.boundingBox())!;
    expect((await header.boundingBox())!.y - box.y).toBeLessThanOrEqual(2);
    expect((await scroller.locator('tbody tr').nth(4).locator('th').boundingBox())!.x - box.x).toBeLessThanOrEqual(2);
    expect((await region.boundingBox())!.y).toBeLessThan(box.y);
  });

  it('finds from the landing page a step of any Region by its own words, ranked on them rather than its procedure title', async () => {
    const { page, errors } = await open(url(shipped, 'index.html'));
    const search = page.getByLabel('Cerca procedure, ruoli e passi');
    const resultKeys = async () => (await page.locator('#search-results a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))).map((href) => href.split('/dist/')[1] ?? href);
    const steps = [...corpus.regions.values()].flatMap((region) => [...region.procedures.values()].flatMap((procedure) =>
      procedure.steps.map((step) => ({ key: `${region.folder}/procedures/${procedure.id}.html#step-${step.id}`, procedure, step, region }))));
    // A word of a step's action, not of its procedure's title: the step of that Region is found.
    const pregnant = steps.filter(({ procedure, step }) => /gravidanza/.test(step.action) && !/gravidanza/.test(procedure.title));
    expect(pregnant.length).toBeGreaterThan(0);
    await search.fill('gravidanza');
    await expect.poll(async () => (await resultKeys()).filter((key) => pregnant.some((p) => p.key === key)).length).toBeGreaterThan(0);

    // A step's own words: its name, its action, who does it.
    const ownWords = ({ region, step }: (typeof steps)[number]) =>
      `${step.title} ${step.action} ${corpus.catalogue.roles.get(step.actor)?.name.it} ${step.localActor ? region.actors.get(step.localActor)?.name : ''}`;
    const mentions = new Set(steps.filter((s) => /questura/i.test(ownWords(s))).map(({ key }) => key));
    const contextOnly = new Set(steps.filter((s) => /questura/i.test(s.procedure.title) && !/questur|questor/i.test(ownWords(s))).map(({ key }) => key));
    expect(contextOnly.size).toBeGreaterThan(0);
    await search.fill('questura');
    await expect.poll(async () => (await resultKeys()).length).toBeGreaterThan(10);
    const keys = await resultKeys();
    const firstMention = keys.findIndex((key) => mentions.has(key));
    const firstContextOnly = keys.findIndex((key) => contextOnly.has(key));
    expect(firstMention).toBeGreaterThanOrEqual(0);
    if (firstContextOnly !== -1) expect(firstMention).toBeLessThan(firstContextOnly);
    expect(errors).toEqual([]);
  });

  it('narrows the divergences with the filter box, which only shows when scripts run', async () => {
    const { page, errors } = await open(url(shipped, 'national/divergences-consent.html'), false, 390);
    const all = await page.locator('li.divergence').count();
    const filter = page.getByLabel('Filtra per Regione, ruolo, fase o parola');
    await expect.poll(() => filter.isVisible()).toBe(true);
    await filter.fill('Friuli');
    const shown = await page.locator('li.divergence:visible').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    for (const text of await page.locator('li.divergence:visible').allTextContents()) expect(text).toMatch(/Friuli/);
    expect(errors).toEqual([]);
  });
});

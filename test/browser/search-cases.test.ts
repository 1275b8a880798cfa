// Case studies in the offline search: found by title and summary from the landing page, a Region's
// procedure page and a case page (three folder depths), shown once though several indexes hold
// them, and each result opens its case page.
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { caseProject } from '../cases/project.js';
import { TODAY } from '../helpers.js';
import { builtUrl, hasChromium, openPage, suiteBrowser } from './browser.js';

describe.skipIf(!hasChromium)('case studies in the search', () => {
  const browser = suiteBrowser();
  let root: string;

  beforeAll(async () => {
    root = await caseProject();
    expect((await build('procedures', { cwd: root, out: 'dist', lang: 'it', regions: [], today: TODAY, pdf: false })).written).toContain('cases/minore-rintracciato.html');
  }, 60_000);

  it.each([
    ['the landing page', 'index.html'],
    ["a Region's procedure page", 'alfa/procedures/minori.html'],
    ['another case page', 'cases/trasferimento.html'],
  ])('finds a case by a word of its summary from %s and opens its page', async (_name, from) => {
    const { page, errors } = await openPage(browser(), builtUrl(root, from));
    await page.getByRole('searchbox').fill('sedici');
    const results = page.locator('#search-results a', { hasText: 'Minore rintracciato' });
    await expect.poll(() => results.count()).toBe(1);
    expect(await results.locator('.kind').textContent()).toBe('Caso di studio');
    await results.click();
    await expect.poll(() => page.url()).toBe(builtUrl(root, 'cases/minore-rintracciato.html'));
    expect(await page.locator('h1').textContent()).toBe('Minore rintracciato dalle forze dell\'ordine');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("leaves a case out of the index of a Region it does not run in", async () => {
    const { page } = await openPage(browser(), builtUrl(root, 'beta/index.html'));
    await page.getByRole('searchbox').fill('rintracciato');
    await expect.poll(() => page.locator('#search-status').textContent()).toBe('Nessun risultato.');
    await page.getByRole('searchbox').fill('sicurezza');
    await expect.poll(() => page.locator('#search-results a', { hasText: 'Trasferimento per motivi di sicurezza' }).count()).toBe(1);
    await page.close();
  });
});

// `sop dev` in a real browser: the open page reloads itself after a save, shows the diagnostics
// of a broken save over the last good page, and clears them when the save is fixed.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../helpers.js';
import { session, type TestSession } from '../dev/session.js';
import { axeViolations, hasChromium, openPage, suiteBrowser } from './browser.js';

describe.skipIf(!hasChromium)('sop dev in headless Chromium', () => {
  const browser = suiteBrowser();
  let started: TestSession;
  let root: string;

  beforeAll(async () => {
    root = await copyProject('base');
    started = await session(root);
  }, 60_000);
  afterAll(() => started?.dev.close());

  it('reloads the page after a save, overlays the errors of a broken save and recovers', async () => {
    const { page, errors } = await openPage(browser(), new URL('alfa/procedures/adulti.html', started.dev.url).href);
    await expect.poll(() => page.evaluate(() => document.readyState)).toBe('complete');
    const heading = page.locator('h1');
    expect(await heading.textContent()).toBe('Percorso per persone adulte');

    const file = path.join(root, 'procedures/alfa/adulti.md');
    const source = await readFile(file, 'utf8');
    await writeFile(file, source.replace('title: Percorso per persone adulte', 'title: Percorso aggiornato'));
    await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toBe('Percorso aggiornato');

    // Broken before the national pages show the new title: they wait for the editor to pause.
    await writeFile(file, source.replace('title: Percorso per persone adulte', 'title: Percorso guasto').replace('stages: [', 'stages: [['));
    const overlay = page.getByRole('alert');
    await expect.poll(() => overlay.count(), { timeout: 15_000 }).toBe(1);
    // The broken build goes on making the last good build's outputs; telling the pages about them
    // must not take the diagnostics off.
    expect((await started.nextBuild()).outcome.ok).toBe(true);
    expect((await started.nextBuild()).outcome.ok).toBe(false);
    expect(await readFile(path.join(root, 'dist/national/map-identificazione-preliminare.html'), 'utf8')).toContain('Percorso aggiornato');
    await page.waitForTimeout(300);
    expect(await overlay.getByRole('heading').textContent({ timeout: 1000 })).toBe('Il manuale non è stato aggiornato: ci sono errori');
    // The reports are in the interface's language, as the overlay's heading.
    expect(await overlay.locator('pre').textContent()).toContain('procedures/alfa/adulti.md:12:82  errore  Parentesi non chiusa: manca «]»');
    // The last good page stays underneath.
    expect(await heading.textContent()).toBe('Percorso aggiornato');

    await writeFile(file, source.replace('title: Percorso per persone adulte', 'title: Percorso riparato'));
    await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toBe('Percorso riparato');
    expect(await overlay.count()).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);

  it('shows the errors to a page opened while the build is broken, accessibly', async () => {
    const file = path.join(root, 'procedures/alfa/asilo.md');
    const source = await readFile(file, 'utf8');
    await writeFile(file, source.replace('stages: [', 'stages: [['));
    try {
      const { page } = await openPage(browser(), new URL('alfa/index.html', started.dev.url).href, { forAxe: true });
      await expect.poll(() => page.getByRole('alert').count(), { timeout: 15_000 }).toBe(1);
      expect(await page.getByRole('alert').locator('pre').textContent()).toContain('procedures/alfa/asilo.md');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await writeFile(file, source);
    }
  }, 60_000);
});

// Headless Chromium from Debian (npm browser downloads are not available here), driven by
// playwright-core. CI installs it; a developer machine without it skips the browser tests.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = process.env.SOP_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM) || process.env.CI === 'true';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // The machine has no network: background services would only fail and slow the start.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * One Chromium for the calling suite, launched before its other `beforeAll` hooks run and closed
 * after its other `afterAll` hooks (vitest runs the after hooks in reverse): the returned function
 * gives it inside the tests.
 */
export function suiteBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  }, 60_000);
  afterAll(() => browser?.close());
  return () => browser!;
}

/** The file:// address of a built page, `file` relative to `root`/dist. */
export function builtUrl(root: string, file: string): string {
  return pathToFileURL(path.join(root, 'dist', file)).href;
}

export interface OpenOptions {
  /** Window width; a phone (under 600 px) is 844 px tall, a screen 900. Playwright's 1280×720 when absent. */
  width?: number;
  scripts?: boolean;
  /** axe-core is injected as an inline script, which the pages' CSP rightly refuses. */
  forAxe?: boolean;
}

export interface Opened {
  page: Page;
  /** Uncaught exceptions and console errors, in order. */
  errors: string[];
  /** The messages of the dialogs the page opened (each dismissed). */
  dialogs: string[];
}

/** Opens `url` in a fresh context, recording from the first byte what a reader must never see. */
export async function openPage(browser: Browser, url: string, { width, scripts = true, forAxe = false }: OpenOptions = {}): Promise<Opened> {
  const context = await browser.newContext({
    javaScriptEnabled: scripts,
    bypassCSP: forAxe,
    ...(width === undefined ? {} : { viewport: { width, height: width < 600 ? 844 : 900 } }),
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  return { page, errors, dialogs };
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core violations of WCAG 2.0–2.2 A and AA on the page, as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
  return violations;
}

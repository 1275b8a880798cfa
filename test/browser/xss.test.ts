// OWASP-style payloads in every field a procedure, region or catalogue carries; every built page
// is opened in Chromium and must run nothing, log no error, and request nothing outside dist/.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { copyProject } from '../helpers.js';
import { outputFiles } from '../html.js';
import { hasChromium, suiteBrowser } from './browser.js';

const PAYLOADS = [
  '<script>alert("x1")</script>',
  '"><img src=x onerror=alert("x2")>',
  "'><svg onload=alert('x3')>",
  '<iframe src="javascript:alert(`x4`)">',
  '<a href="javascript:alert(5)">x5</a>',
  '<body onload=alert("x6")>',
  '<style>@import "https://evil.example/x.css";</style>',
  '{{constructor.constructor("alert(7)")()}}',
];
const P = PAYLOADS.join(' ');
const yamlString = (s: string) => JSON.stringify(s);

describe.skipIf(!hasChromium)('hostile text in every field', () => {
  const browser = suiteBrowser();
  let dir: string;
  beforeAll(async () => {
    dir = await copyProject('base', [
      { file: 'alfa/adulti.md', replace: 'title: Percorso per persone adulte', with: `title: ${yamlString(`Percorso ${P}`)}` },
      { file: 'alfa/adulti.md', replace: 'action: Rileva gli indicatori di tratta durante un controllo.', with: `action: ${yamlString(`Rileva ${P}`)}` },
      { file: 'alfa/adulti.md', replace: '        condition: indicatori presenti', with: `        condition: ${yamlString(P)}` },
      { file: 'alfa/adulti.md', replace: 'Per i richiedenti asilo', with: `${P} [x](javascript:alert(8)) [y](data:text/html,<script>alert(9)</script>)\n\nPer i richiedenti asilo` },
      { file: 'alfa/region.yaml', replace: 'id: alfa\nname: Regione Alfa\n', with: `id: alfa\nname: ${yamlString(`Regione Alfa ${P}`)}\n` },
      { file: 'alfa/region.yaml', replace: '    name: Questura di Alfa – Ufficio Immigrazione', with: `    name: ${yamlString(`Questura ${P}`)}` },
      { file: 'alfa/region.yaml', replace: '    label: Numero Verde Antitratta', with: `    label: ${yamlString(`Numero Verde Antitratta ${P}`)}` },
      { file: '_national/roles.yaml', replace: 'name: { it: Tutore volontario, en: Volunteer guardian }', with: `name: { it: ${yamlString(`Tutore volontario ${P}`)}, en: Volunteer guardian }` },
    ]);
    const result = await build('procedures', { cwd: dir, out: 'dist', lang: 'it', regions: [] });
    expect(result.written).toBeDefined();
  }, 60_000);

  it('runs no script, logs no error and requests nothing outside the handbook on any page', async () => {
    const dist = path.join(dir, 'dist');
    const pages = (await outputFiles(dist)).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    const problems: string[] = [];
    const context = await browser().newContext();
    const root = pathToFileURL(dist).href;
    for (const file of pages) {
      const page = await context.newPage();
      page.on('dialog', (dialog) => {
        problems.push(`${file}: dialog ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on('pageerror', (error) => problems.push(`${file}: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`${file}: console ${message.text()}`);
      });
      page.on('request', (request) => {
        if (!request.url().startsWith(root)) problems.push(`${file}: request ${request.url()}`);
      });
      await page.goto(pathToFileURL(path.join(dist, file)).href);
      await page.close();
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 120_000);
});

// render: the model → every output file of the handbooks, in memory. Writing is the caller's.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReferralGraph } from '../model/graph.js';
import type { Corpus, Edition, Lang } from '../model/types.js';
import { messages } from './i18n/messages.js';
import { logoAsset } from './layout.js';
import { landingPage } from './pages/landing.js';
import { legalPage } from './pages/legal.js';
import { procedurePage } from './pages/procedure.js';
import { populationPage, populations, regionHomePage } from './pages/region.js';
import { regionRoles, rolePage } from './pages/role.js';
import { regionSearchDocuments, searchScript } from './search/index.js';
import { nationalCoveragePage } from './national/coverage.js';
import { nationalDivergencesPage } from './national/divergences.js';
import { nationalJson } from './national/json.js';
import { nationalMapPage } from './national/map.js';
import { nationalOverviewPage } from './national/overview.js';
import { nationalRolePage } from './national/role.js';
import { nationalSearchDocuments } from './national/search.js';
import { mergeNational } from '../model/national.js';
import { readFontFile, WEB_FONTS } from './pdf/fonts.js';
import { renderPdfs, type PdfProblem } from './pdf/index.js';
import type { Site } from './site.js';
import { loadTheme, themeCss } from './theme.js';
import { page } from './urls.js';

export interface RenderOptions {
  lang: Lang;
  /** Region folders to build; all when empty. */
  regions: string[];
  templates?: string;
  /** Emit the national model (from the whole corpus, whatever `regions` says). */
  national: boolean;
  html: boolean;
  pdf: boolean;
  edition: Edition;
}

export type OutputFiles = Map<string, string | Buffer>;

export interface Rendered {
  files: OutputFiles;
  problems: PdfProblem[];
}

export const DEFAULT_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

/** A file named by a template, which must stay inside the templates folder. */
async function readTemplateFile(templates: string, name: string): Promise<Buffer> {
  const file = path.resolve(templates, name);
  if (path.relative(templates, file).startsWith('..') || path.isAbsolute(name)) {
    throw new Error(`Template file "${name}" is outside ${templates}`);
  }
  return readFile(file);
}

export async function renderHandbooks(corpus: Corpus, graph: ReferralGraph, options: RenderOptions): Promise<Rendered> {
  const templates = options.templates ?? DEFAULT_TEMPLATES;
  const built = new Set(options.regions.length > 0 ? options.regions : corpus.regions.keys());
  const themes = new Map([['', await loadTheme(templates)]]);
  for (const region of built) themes.set(region, await loadTheme(templates, region));
  const national = options.national ? mergeNational(corpus) : undefined;
  const site: Site = { corpus, graph, t: messages[options.lang], themes, built, pdfs: new Set(), diagrams: new Map(), edition: options.edition, ...(national ? { national } : {}) };
  const files: OutputFiles = new Map();
  // PDFs first: the HTML links only to the ones that were produced.
  const pdfs = options.pdf ? await renderPdfs(site) : { files: new Map<string, Buffer>(), problems: [] };
  for (const [file, pdf] of pdfs.files) {
    files.set(file, pdf);
    site.pdfs.add(file);
  }
  if (!options.html) return { files, problems: pdfs.problems };
  const add = ({ path: file, html }: { path: string; html: string }) => files.set(file, html);

  add(landingPage(site));
  for (const folder of built) {
    const region = corpus.regions.get(folder)!;
    const roles = regionRoles(site, region);
    add(await regionHomePage(site, region));
    for (const procedure of region.procedures.values()) add(await procedurePage(site, region, procedure));
    for (const role of roles) add(rolePage(site, region, role));
    add(legalPage(site, region));
    for (const population of populations(region)) add(populationPage(site, region, population));
    files.set(page.searchIndex(folder), searchScript(site, regionSearchDocuments(site, region, roles)));
  }
  if (national) {
    files.set(page.nationalJson(), nationalJson(corpus, national));
    add(nationalOverviewPage(site));
    add(nationalCoveragePage(site));
    add(await nationalMapPage(site));
    add(nationalDivergencesPage(site));
    for (const role of corpus.catalogue.roles.values()) add(nationalRolePage(site, role));
    files.set(page.searchIndex('national'), searchScript(site, nationalSearchDocuments(site)));
  }
  for (const [key, theme] of themes) {
    files.set(page.asset(`theme-${key || 'default'}.css`), themeCss(theme));
    if (theme.logo) files.set(page.asset(logoAsset(theme.logo)), await readTemplateFile(templates, theme.logo));
  }
  for (const font of WEB_FONTS) files.set(page.asset(font.file), await readFontFile(font.source));
  files.set(page.asset('fonts.css'), WEB_FONTS.map((f) => `@font-face { font-family: "Titillium Web"; font-weight: ${f.weight}; font-style: ${f.style}; font-display: swap; src: url("${f.file}") format("truetype"); }\n`).join(''));
  for (const asset of ['style.css', 'search.js']) files.set(page.asset(asset), await readFile(path.join(templates, 'assets', asset)));
  // The browser build (UMD) is not in the package's exports map: find it beside the CommonJS one.
  const minisearchCjs = createRequire(import.meta.url).resolve('minisearch');
  const minisearch = await readFile(path.join(path.dirname(minisearchCjs), '..', 'umd', 'index.js'), 'utf8');
  // Its source map is not shipped: the reference would point at a file that does not exist.
  files.set(page.asset('minisearch.js'), minisearch.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n'));
  return { files, problems: pdfs.problems };
}

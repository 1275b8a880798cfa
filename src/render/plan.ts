// The output plan: every file of the HTML handbooks as a job that knows the corpus sources it is
// made from. A full build runs every job; `sop dev` runs only the jobs a change touches
// (Eleventy's dependency map, for our pages).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { REGION_FILE } from '../load/files.js';
import type { Procedure, Region } from '../model/types.js';
import { settle } from '../workers/heap.js';
import { nationalDiagrams, procedureDiagram, regionDiagrams } from './graph/diagrams.js';
import { htmlPieces, pageHtml } from './html.js';
import { logoAsset } from './layout.js';
import { nationalCoveragePage } from './national/coverage.js';
import { KINDS, nationalDivergenceKindPage, nationalDivergencesPage } from './national/divergences.js';
import { nationalJson, nationalRegionJson } from './national/json.js';
import { mapStages, nationalMapPage, nationalMapStagePage } from './national/map.js';
import { nationalOverviewPage } from './national/overview.js';
import { nationalRolePage } from './national/role.js';
import { nationalSearchDocuments } from './national/search.js';
import { casePage, casesIndexPage } from './pages/cases.js';
import { guidePages } from './pages/guide.js';
import { landingPage } from './pages/landing.js';
import { legalPage } from './pages/legal.js';
import { procedurePage } from './pages/procedure.js';
import { populationPage, populations, regionHomePage } from './pages/region.js';
import { regionRoles, rolePage } from './pages/role.js';
import { readFontFile, WEB_FONTS } from './pdf/fonts.js';
import { regionSearchDocuments, searchScript } from './search/index.js';
import type { Page, Site } from './site.js';
import { themeCss } from './theme.js';
import { page } from './urls.js';

export interface OutputJob {
  /** Output path, relative to the output folder. */
  path: string;
  /**
   * What the output is made from, as paths relative to the corpus root: a file
   * (`lazio/region.yaml`), a folder (`lazio/`, any file in it) or '' (the whole corpus). The
   * national catalogue and the templates are not listed: every output depends on them.
   */
  sources: string[];
  /** Shows procedures' Markdown prose: only such outputs change when nothing but prose does. */
  prose?: boolean;
  /** Work for helper threads (diagrams it shows, a search index), started early when there are helpers (render/index.ts). */
  ahead?: Array<() => Promise<unknown>>;
  render(): Promise<string | Buffer>;
  /** The same output in pieces, for writing: a page too large to be serialised whole at once (html.ts). */
  pieces?: () => Promise<Iterable<string>>;
}

/** How an output is made, for the build cache: its job's sources, and for a page the PDFs it may link to. */
export interface OutputMaking {
  sources: readonly string[];
  prose: boolean;
  pdfs: readonly string[];
}

/** What changed in the corpus since a build: paths relative to its root. */
export interface SourceChanges {
  files: ReadonlySet<string>;
  /** Procedure files whose front-matter is as it was: only their prose changed. */
  proseOnly: ReadonlySet<string>;
}

/** The corpus source a procedure is read from. */
export const procedureSource = (procedure: Procedure): string => `${procedure.folder}/${path.basename(procedure.origin.source.file.path)}`;
const regionSource = (folder: string): string => `${folder}/${REGION_FILE}`;

/** An output that is a page. */
function pageJob(output: string, sources: string[], render: () => Page | Promise<Page>, prose = false, ahead: OutputJob['ahead'] = []): OutputJob {
  return { path: output, sources, prose, ahead, render: async () => pageHtml((await render()).tree), pieces: async () => htmlPieces((await render()).tree) };
}

/**
 * A search index, indexed ahead on a helper thread when there is one and handed to the job once:
 * the job keeps nothing of it once written (a Region's index is a few hundred KB).
 */
function searchJob(output: string, sources: string[], prose: boolean, make: () => Promise<string>): OutputJob {
  let started: Promise<string> | undefined;
  return {
    path: output,
    sources,
    prose,
    ahead: [() => (started ??= make())],
    render: () => {
      const script = started ?? make();
      started = undefined;
      return script;
    },
  };
}

export function planHtml(site: Site): OutputJob[] {
  const { corpus } = site;
  const everything = [''];
  const jobs: OutputJob[] = [pageJob(page.landing(), everything, () => landingPage(site))];
  const regionWide = regionWideSources(site);
  for (const folder of site.built) {
    jobs.push(...planRegion(site, folder, regionWide));
    // The check's garbage, then each Region's walk through its guide's states (75 MB of garbage
    // at 5,000 procedures), went before the first collection: the heap of that build grew to
    // 311 MB in use here, for 107 MB live, and set the build's peak.
    settle();
  }
  const national = site.national;
  if (national) {
    // Region files before the index, which records their digests. Each holds its side of the divergences: the whole corpus.
    for (const region of [...corpus.regions.keys()].sort()) jobs.push({ path: page.nationalRegionJson(region), sources: everything, render: async () => nationalRegionJson(corpus, national(), region) });
    jobs.push({ path: page.nationalJson(), sources: everything, render: async () => nationalJson(corpus, national()) });
    jobs.push(pageJob(page.national(), everything, () => nationalOverviewPage(site)));
    jobs.push(pageJob(page.nationalCoverage(), everything, () => nationalCoveragePage(site)));
    jobs.push(pageJob(page.nationalMap(), everything, () => nationalMapPage(site)));
    for (const stage of mapStages(site)) jobs.push(pageJob(page.nationalMapStage(stage), everything, () => nationalMapStagePage(site, stage), false, [() => Promise.all(nationalDiagrams(site).filter((d) => d.view.stage === stage).map((d) => d.svg()))]));
    jobs.push(pageJob(page.nationalDivergences(), everything, () => nationalDivergencesPage(site)));
    for (const kind of KINDS) jobs.push(pageJob(page.nationalDivergenceKind(kind), everything, () => nationalDivergenceKindPage(site, kind)));
    for (const role of corpus.catalogue.roles.values()) jobs.push(pageJob(page.nationalRole(role.id), everything, () => nationalRolePage(site, role)));
    jobs.push(searchJob(page.searchIndex('national'), everything, false, () => searchScript(site, { folder: 'national', name: site.t.national.title }, nationalSearchDocuments(site))));
  }
  // A case page follows the case through the whole corpus; its case file counts as a change of the
  // build's shape (build/index.ts), so every case page depends on the whole corpus.
  const cases = site.cases ?? [];
  if (cases.length > 0) {
    jobs.push(pageJob(page.cases(), everything, () => casesIndexPage(site, cases)));
    for (const item of cases) jobs.push(pageJob(page.case(item.id), everything, () => casePage(site, item)));
  }
  jobs.push(...assetJobs(site));
  return jobs;
}

/** The outputs of one Region's handbook; `regionWide` is `regionWideSources(site)`. */
function planRegion(site: Site, folder: string, regionWide: ReadonlyMap<string, string[]>): OutputJob[] {
  const region = site.corpus.regions.get(folder)!;
  const wide = regionWide.get(folder)!;
  const roles = regionRoles(site, region);
  const jobs: OutputJob[] = [pageJob(page.regionHome(folder), wide, () => regionHomePage(site, region), false, [() => Promise.all(regionDiagrams(site, region).map((d) => d.svg()))])];
  for (const procedure of region.procedures.values()) {
    jobs.push(pageJob(page.procedure(folder, procedure.id), procedurePageSources(site, region, procedure), () => procedurePage(site, region, procedure), true, [() => procedureDiagram(site, procedure)]));
  }
  for (const role of roles) jobs.push(pageJob(page.role(folder, role), wide, () => rolePage(site, region, role)));
  jobs.push(pageJob(page.legal(folder), wide, () => legalPage(site, region)));
  for (const population of populations(region)) jobs.push(pageJob(page.population(folder, population), wide, () => populationPage(site, region, population)));
  // The guide follows referrals out of the Region too: each procedure it shows a step of is a source.
  const guide = guidePages(site, region);
  const guideSources = [...new Set([...wide, ...[...guide.procedures].flatMap((p) => [procedureSource(p), regionSource(p.folder)])])];
  for (const { path: output, render } of guide.pages) jobs.push(pageJob(output, guideSources, render));
  jobs.push(searchJob(page.searchIndex(folder), wide, true, () => searchScript(site, { folder, name: region.name }, regionSearchDocuments(site, region, roles))));
  return jobs;
}

/** A procedure page shows its own Region's actors and names the steps and Regions it refers to. */
function procedurePageSources(site: Site, region: Region, procedure: Procedure): string[] {
  const sources = new Set([procedureSource(procedure), regionSource(region.folder)]);
  for (const step of procedure.steps) {
    for (const referral of step.referrals) {
      const target = site.corpus.regions.get(referral.to.region)?.procedures.get(referral.to.procedure);
      if (target) sources.add(procedureSource(target));
      sources.add(regionSource(referral.to.region));
    }
  }
  return [...sources];
}

/**
 * What a Region-wide output (home, role pages, the PDF handbook) is made from: every file of the
 * Region, and the procedures and Region files of other Regions that refer into it or that it
 * refers to, since role pages show those referrals.
 */
export function regionWideSources(site: Site): Map<string, string[]> {
  const found = new Map<string, Set<string>>();
  const add = (folder: string, procedure: Procedure) => {
    const sources = found.get(folder) ?? new Set<string>();
    sources.add(procedureSource(procedure)).add(regionSource(procedure.folder));
    found.set(folder, sources);
  };
  for (const edges of site.graph.outgoing.values()) {
    for (const { from, to } of edges) {
      if (from.region === to.region) continue;
      add(from.region.folder, to.procedure);
      add(to.region.folder, from.procedure);
    }
  }
  return new Map([...site.built].map((folder) => [folder, [`${folder}/`, ...[...(found.get(folder) ?? [])].sort()]]));
}

function assetJobs(site: Site): OutputJob[] {
  const { templates } = site;
  const asset = (name: string, render: () => Promise<string | Buffer>): OutputJob => ({ path: page.asset(name), sources: [], render });
  const jobs: OutputJob[] = [];
  const logos = new Set<string>();
  for (const [key, theme] of site.themes) {
    jobs.push(asset(`theme-${key || 'default'}.css`, async () => themeCss(theme)));
    if (theme.logo) logos.add(theme.logo);
  }
  for (const logo of logos) jobs.push(asset(logoAsset(logo), () => readTemplateFile(templates, logo)));
  for (const font of WEB_FONTS) jobs.push(asset(font.file, () => readFontFile(font.source)));
  jobs.push(asset('fonts.css', async () => WEB_FONTS.map((f) => `@font-face { font-family: "Titillium Web"; font-weight: ${f.weight}; font-style: ${f.style}; font-display: swap; src: url("${f.file}") format("truetype"); }\n`).join('')));
  for (const name of ['style.css', 'diagrams.css', 'search.js', 'filter.js', 'guide.js']) jobs.push(asset(name, () => readFile(path.join(templates, 'assets', name))));
  jobs.push(asset('minisearch.js', minisearchBrowserBuild));
  return jobs;
}

/** A file named by a template, which must stay inside the templates folder. */
async function readTemplateFile(templates: string, name: string): Promise<Buffer> {
  const file = path.resolve(templates, name);
  if (path.relative(templates, file).startsWith('..') || path.isAbsolute(name)) {
    throw new Error(`Template file "${name}" is outside ${templates}`);
  }
  return readFile(file);
}

async function minisearchBrowserBuild(): Promise<string> {
  // The browser build (UMD) is not in the package's exports map: find it beside the CommonJS one.
  const minisearchCjs = createRequire(import.meta.url).resolve('minisearch');
  const minisearch = await readFile(path.join(path.dirname(minisearchCjs), '..', 'umd', 'index.js'), 'utf8');
  // Its source map is not shipped: the reference would point at a file that does not exist.
  return minisearch.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
}

/** Whether an output made from `sources` must be made again after `changes`. */
export function isAffected(sources: readonly string[], prose: boolean, changes: SourceChanges): boolean {
  for (const file of changes.files) {
    if (!prose && changes.proseOnly.has(file)) continue;
    if (sources.some((source) => source === '' || file === source || (source.endsWith('/') && file.startsWith(source)))) return true;
  }
  return false;
}

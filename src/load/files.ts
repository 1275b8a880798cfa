// Reads the corpus tree into vfiles: the national catalogue, one region file per Region
// folder and its procedures. Nothing here knows about schemas or rules.
import { isUtf8 } from 'node:buffer';
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { report, text } from '../diagnostics.js';
import { bytesDigest, type Layout, type LoadCache } from './cache.js';
import { HeldFile, holdText } from './held-texts.js';

export const NATIONAL_FOLDER = '_national';
export const CATALOGUE_FILES = ['roles', 'actions', 'legal-references', 'stages'] as const;
/** Catalogue files a corpus may do without: without facts.yaml, referrals have no `when:`. */
export const OPTIONAL_CATALOGUE_FILES = ['facts'] as const;
export type CatalogueName = (typeof CATALOGUE_FILES)[number] | (typeof OPTIONAL_CATALOGUE_FILES)[number];
export const REGION_FILE = 'region.yaml';

export interface CorpusFiles {
  root: string;
  catalogue: Map<CatalogueName, VFile>;
  regions: Array<{ folder: string; regionFile?: VFile; procedures: VFile[] }>;
  /** Problems with the tree itself (missing files), reported on a file that stands for them. */
  structural: VFile[];
}

/** Every file of the corpus: the catalogue, then each Region's file and procedures. */
export function* corpusVFiles(tree: CorpusFiles): Generator<VFile> {
  yield* tree.catalogue.values();
  for (const region of tree.regions) {
    if (region.regionFile) yield region.regionFile;
    yield* region.procedures;
  }
}

/**
 * Decodes UTF-8 strictly: a file with invalid bytes gets a diagnostic at the first bad byte
 * instead of silently turning into replacement characters.
 */
export function decode(file: VFile, bytes: Buffer): string | undefined {
  let decoded = bytes.toString('utf8');
  const bad = decoded.indexOf('\uFFFD');
  if (bad !== -1 && !isUtf8(bytes)) {
    const before = decoded.slice(0, bad).split(/\r\n|\r|\n/);
    report(file, 'error', 'parse/encoding', text('load.encoding'), {
      start: { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 },
    });
    return undefined;
  }
  // Editors on Windows may add a byte-order mark; it is not content.
  if (decoded.startsWith('\uFEFF')) decoded = decoded.slice(1);
  return decoded;
}

/** Editors on Windows may add a byte-order mark; it is not content. */
const hasByteOrderMark = (bytes: Buffer): boolean => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/** Larger than any real procedure; parsing far larger files could exhaust memory. */
export const MAX_FILE_BYTES = 1024 * 1024;

export async function readVFile(filePath: string, cwd: string, cache?: LoadCache): Promise<VFile> {
  const bytes = await readFile(filePath);
  const digest = cache && bytesDigest(bytes);
  const unchanged = digest && cache?.file(filePath, digest);
  if (unchanged) return unchanged;
  const file = new HeldFile({ path: path.relative(cwd, filePath) || filePath, cwd });
  if (bytes.length > MAX_FILE_BYTES) {
    report(file, 'error', 'parse/too-large', text('load.tooLarge', { mb: Math.round((bytes.length / 1024 / 1024) * 10) / 10 }), { start: { line: 1, column: 1 } });
    file.data.unreadable = true;
  } else if (isUtf8(bytes)) {
    holdText(file, hasByteOrderMark(bytes) ? bytes.subarray(3) : bytes);
  } else {
    decode(file, bytes);
    file.data.unreadable = true;
  }
  if (digest) cache?.remember(filePath, digest, file);
  return file;
}

async function listDir(dir: string) {
  const entries = await readdir(dir, { withFileTypes: true });
  // Sorted so that diagnostics and outputs never depend on the file system's order.
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

async function isSymlink(file: string): Promise<boolean> {
  const info = await lstat(file).catch(() => undefined);
  return info?.isSymbolicLink() === true;
}

/** Symbolic links are never followed: the corpus must not reach outside its tree. */
function symlinkReport(filePath: string, cwd: string): VFile {
  const file = new VFile({ path: path.relative(cwd, filePath), cwd });
  report(file, 'error', 'security/symlink', text('load.symlink'));
  return file;
}

/**
 * With a cache told which files changed since the last read (`sop dev`), only those are read
 * again; the others are taken as they were, unless the tree itself changed.
 */
export async function readCorpus(root: string, cwd = process.cwd(), cache?: LoadCache): Promise<CorpusFiles> {
  const since = cache?.since(root);
  const layout = since && (await reread(since.layout, since.changed));
  // A file gone without a word from the watcher: the tree is not what it was told.
  const files = (layout && (await fromLayout(layout, cwd, cache!, since!.changed).catch(() => undefined))) || (await readAll(root, cwd, cache));
  cache?.sweep();
  return files;
}

async function readAll(root: string, cwd: string, cache?: LoadCache): Promise<CorpusFiles> {
  const files: CorpusFiles = { root, catalogue: new Map(), regions: [], structural: [] };
  const layout: Layout = { root, catalogue: [], regions: [] };
  // A linked catalogue folder is reported with the other top-level entries below.
  const linkedFolder = await isSymlink(path.join(root, NATIONAL_FOLDER));
  for (const name of [...CATALOGUE_FILES, ...OPTIONAL_CATALOGUE_FILES]) {
    const filePath = path.join(root, NATIONAL_FOLDER, `${name}.yaml`);
    if (linkedFolder) continue;
    if (await isSymlink(filePath)) {
      files.structural.push(symlinkReport(filePath, cwd));
      continue;
    }
    try {
      files.catalogue.set(name, await readVFile(filePath, cwd, cache));
      layout.catalogue.push(filePath);
    } catch {
      if ((OPTIONAL_CATALOGUE_FILES as readonly string[]).includes(name)) continue;
      const missing = new VFile({ path: path.relative(cwd, filePath), cwd });
      report(missing, 'error', 'structure/missing-file', text('load.missingCatalogue', { file: `${NATIONAL_FOLDER}/${name}.yaml` }));
      files.structural.push(missing);
    }
  }
  for (const entry of await listDir(root)) {
    if (entry.isSymbolicLink()) {
      files.structural.push(symlinkReport(path.join(root, entry.name), cwd));
      continue;
    }
    if (!entry.isDirectory() || entry.name === NATIONAL_FOLDER || entry.name.startsWith('.')) continue;
    const dir = path.join(root, entry.name);
    const region: CorpusFiles['regions'][number] = { folder: entry.name, procedures: [] };
    const items = await listDir(dir);
    for (const item of items) if (item.isSymbolicLink()) files.structural.push(symlinkReport(path.join(dir, item.name), cwd));
    const read = (name: string) => readVFile(path.join(dir, name), cwd, cache);
    const names = items.filter((item) => item.isFile()).map((item) => item.name);
    const markdown = names.filter((name) => name.endsWith('.md'));
    // Read together: one at a time, a build with nothing to do spent most of its time waiting.
    const [regionFile, procedures] = await Promise.all([
      names.includes(REGION_FILE) ? read(REGION_FILE) : undefined,
      Promise.all(markdown.map(read)),
    ]);
    if (regionFile) region.regionFile = regionFile;
    region.procedures = procedures;
    if (!region.regionFile) {
      const missing = new VFile({ path: path.relative(cwd, path.join(dir, REGION_FILE)), cwd });
      report(missing, 'error', 'structure/missing-file', text('load.missingRegionFile', { folder: entry.name, file: REGION_FILE }));
      files.structural.push(missing);
    }
    files.regions.push(region);
    layout.regions.push({ folder: entry.name, regionFile: path.join(dir, REGION_FILE), procedures: markdown.map((name) => path.join(dir, name)) });
  }
  // Only a full read reports what is wrong with the tree: after one that found something, read everything again.
  cache?.found(files.structural.length === 0 ? layout : undefined);
  return files;
}

/**
 * Where the files are after `changed`, when all of them are procedures of known Region folders,
 * or Region files that are still there; undefined when the tree changed and must be read again.
 */
async function reread(layout: Layout, changed: ReadonlySet<string>): Promise<Layout | undefined> {
  const regions = layout.regions.map((region) => ({ ...region, procedures: [...region.procedures] }));
  for (const file of changed) {
    const [folder, name, ...deeper] = path.relative(layout.root, file).split(path.sep);
    const region = regions.find((candidate) => candidate.folder === folder);
    if (!region || !name || deeper.length > 0) return undefined;
    const info = await lstat(file).catch(() => undefined);
    // A link, a folder or a vanished Region file: what a full read reports.
    if (info && !info.isFile()) return undefined;
    if (name === REGION_FILE) {
      if (!info) return undefined;
    } else if (name.endsWith('.md')) {
      region.procedures = region.procedures.filter((procedure) => procedure !== file);
      if (info) region.procedures = [...region.procedures, file].sort(byName);
    }
  }
  return { ...layout, regions };
}

/** The same order as `listDir`: by name, compared as strings. */
function byName(a: string, b: string): number {
  const [x, y] = [path.basename(a), path.basename(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The corpus as laid out, reading only the files that changed. */
async function fromLayout(layout: Layout, cwd: string, cache: LoadCache, changed: ReadonlySet<string>): Promise<CorpusFiles> {
  cache.found(layout);
  const file = async (filePath: string) => (!changed.has(filePath) && cache.unchanged(filePath)) || readVFile(filePath, cwd, cache);
  const catalogue = new Map<CatalogueName, VFile>();
  for (const filePath of layout.catalogue) catalogue.set(path.basename(filePath, '.yaml') as CatalogueName, await file(filePath));
  const regions = await Promise.all(layout.regions.map(async ({ folder, regionFile, procedures }) => ({
    folder,
    regionFile: await file(regionFile),
    procedures: await Promise.all(procedures.map(file)),
  })));
  return { root: layout.root, catalogue, regions, structural: [] };
}

// Reads the corpus tree into vfiles: the national catalogue, one region file per Region
// folder and its procedures. Nothing here knows about schemas or rules.
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import type { LoadCache } from './cache.js';

export const NATIONAL_FOLDER = '_national';
export const CATALOGUE_FILES = ['roles', 'actions', 'legal-references', 'stages'] as const;
export type CatalogueName = (typeof CATALOGUE_FILES)[number];
export const REGION_FILE = 'region.yaml';

export interface CorpusFiles {
  root: string;
  catalogue: Map<CatalogueName, VFile>;
  regions: Array<{ folder: string; regionFile?: VFile; procedures: VFile[] }>;
  /** Problems with the tree itself (missing files), reported on a file that stands for them. */
  structural: VFile[];
}

/**
 * Decodes UTF-8 strictly: a file with invalid bytes gets a diagnostic at the first bad byte
 * instead of silently turning into replacement characters.
 */
export function decode(file: VFile, bytes: Buffer): string | undefined {
  let text = bytes.toString('utf8');
  const bad = text.indexOf('\uFFFD');
  if (bad !== -1 && !isValidUtf8(bytes)) {
    const before = text.slice(0, bad).split(/\r\n|\r|\n/);
    report(file, 'error', 'parse/encoding', 'File is not valid UTF-8: save it with UTF-8 encoding', {
      start: { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 },
    });
    return undefined;
  }
  // Editors on Windows may add a byte-order mark; it is not content.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  return text;
}

function isValidUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Larger than any real procedure; parsing far larger files could exhaust memory. */
export const MAX_FILE_BYTES = 1024 * 1024;

async function readVFile(filePath: string, cwd: string, cache?: LoadCache): Promise<VFile> {
  const bytes = await readFile(filePath);
  const unchanged = cache?.file(filePath, bytes);
  if (unchanged) return unchanged;
  const file = new VFile({ path: path.relative(cwd, filePath) || filePath, cwd });
  if (bytes.length > MAX_FILE_BYTES) {
    report(file, 'error', 'parse/too-large', `File is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is 1 MB. Hint: split it into several procedures`, { start: { line: 1, column: 1 } });
    file.data.unreadable = true;
  } else {
    const text = decode(file, bytes);
    if (text !== undefined) file.value = text;
    else file.data.unreadable = true;
  }
  cache?.remember(filePath, bytes, file);
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
  report(file, 'error', 'security/symlink', 'Symbolic links are not followed: the corpus may not reach outside its folder. Hint: copy the file here instead');
  return file;
}

export async function readCorpus(root: string, cwd = process.cwd(), cache?: LoadCache): Promise<CorpusFiles> {
  const files: CorpusFiles = { root, catalogue: new Map(), regions: [], structural: [] };
  // A linked catalogue folder is reported with the other top-level entries below.
  const linkedFolder = await isSymlink(path.join(root, NATIONAL_FOLDER));
  for (const name of CATALOGUE_FILES) {
    const filePath = path.join(root, NATIONAL_FOLDER, `${name}.yaml`);
    if (linkedFolder) continue;
    if (await isSymlink(filePath)) {
      files.structural.push(symlinkReport(filePath, cwd));
      continue;
    }
    try {
      files.catalogue.set(name, await readVFile(filePath, cwd, cache));
    } catch {
      const missing = new VFile({ path: path.relative(cwd, filePath), cwd });
      report(missing, 'error', 'structure/missing-file', `Missing national catalogue file "${NATIONAL_FOLDER}/${name}.yaml"`);
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
    // Read together: one at a time, a build with nothing to do spent most of its time waiting.
    const [regionFile, procedures] = await Promise.all([
      names.includes(REGION_FILE) ? read(REGION_FILE) : undefined,
      Promise.all(names.filter((name) => name.endsWith('.md')).map(read)),
    ]);
    if (regionFile) region.regionFile = regionFile;
    region.procedures = procedures;
    if (!region.regionFile) {
      const missing = new VFile({ path: path.relative(cwd, path.join(dir, REGION_FILE)), cwd });
      report(missing, 'error', 'structure/missing-file', `Region folder "${entry.name}" has no ${REGION_FILE}`);
      files.structural.push(missing);
    }
    files.regions.push(region);
  }
  cache?.sweep();
  return files;
}

// What an editor names on the command line: the corpus, or one Region folder or one file in it.
// The corpus is found by walking up to the folder that holds the national catalogue, so that
// `sop check procedures/piemonte/permesso-art-18.md` checks the whole corpus (cross-Region
// references resolve) and reports what concerns that file.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import { tally } from '../diagnostics.js';
import { cliMessages } from '../i18n/cli.js';
import { NATIONAL_FOLDER } from '../load/files.js';
import { usageError, type Io } from './io.js';

export interface CorpusTarget {
  /** The corpus folder, as given or found, relative to the current directory. */
  root: string;
  /** The Region folder or file named inside the corpus (absolute); none when the corpus itself was named. */
  part?: string;
}

/**
 * The corpus that `given` (a folder or a file, relative to `cwd`) is or lies in. Only the
 * existence of `_national/` is looked at on the way up, stopping at the first folder that has
 * one; a folder without one above it is taken as the corpus, so that its missing catalogue is
 * reported as it always was. `undefined` when `given` does not exist, or is a file outside any corpus.
 */
export async function locateCorpus(cwd: string, given: string): Promise<CorpusTarget | undefined> {
  const full = path.resolve(cwd, given);
  const info = await stat(full).catch(() => undefined);
  if (!info) return undefined;
  for (let folder = info.isDirectory() ? full : path.dirname(full); ; folder = path.dirname(folder)) {
    if (await isFolder(path.join(folder, NATIONAL_FOLDER))) {
      if (folder === full) return { root: given };
      return { root: path.relative(cwd, folder) || '.', part: full };
    }
    if (path.dirname(folder) === folder) return info.isDirectory() ? { root: given } : undefined;
  }
}

async function isFolder(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isDirectory() === true;
}

export interface PartDiagnostics {
  files: VFile[];
  errors: number;
  warnings: number;
  /** Diagnostics of the corpus's other files, left out. */
  elsewhere: number;
}

/** The diagnostics of the files in `part` (a folder or a file, absolute), and how many others there are. */
export function diagnosticsOf(files: readonly VFile[], part: string): PartDiagnostics {
  const inPart = (file: VFile) => {
    const relative = path.relative(part, path.resolve(file.cwd, file.path));
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  };
  const shown = files.filter(inPart);
  const others = files.filter((file) => !inPart(file));
  return { files: shown, ...tally(shown), elsewhere: others.reduce((n, file) => n + file.messages.length, 0) };
}

/**
 * The corpus folder for a command that builds a whole corpus (build, dev): a Region folder or a
 * file inside one is refused, with the command that builds that Region.
 */
export async function requireWholeCorpus(io: Io, command: string, dir: string): Promise<void> {
  const t = cliMessages[io.lang].usage;
  const target = await locateCorpus(io.cwd, dir);
  if (!target) throw usageError(t.noSuchFolder(dir));
  if (target.part) {
    const [region = ''] = path.relative(path.resolve(io.cwd, target.root), target.part).split(path.sep);
    throw usageError(t.partOfCorpus(command, dir, target.root, region));
  }
  await io.requireDirectory(dir);
}

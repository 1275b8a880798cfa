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
import { isWithin, usageError, type Io } from './io.js';

const DEFAULT_CORPUS = 'procedures';

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
  const root = await corpusAround(info.isDirectory() ? full : path.dirname(full));
  if (root === undefined) return info.isDirectory() ? { root: given } : undefined;
  return root === full ? { root: given } : { root: path.relative(cwd, root) || '.', part: full };
}

/** The nearest folder, from `folder` up, that holds `_national/` (absolute). */
async function corpusAround(folder: string): Promise<string | undefined> {
  for (let current = folder; ; current = path.dirname(current)) {
    if (await isFolder(path.join(current, NATIONAL_FOLDER))) return current;
    if (path.dirname(current) === current) return undefined;
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

/** The diagnostics of the files in `part` (a folder or a file, absolute; all files without one), and how many others there are. */
export function diagnosticsOf(files: VFile[], part: string | undefined): PartDiagnostics {
  if (part === undefined) return { files, ...tally(files), elsewhere: 0 };
  const inPart = (file: VFile) => isWithin(path.resolve(file.cwd, file.path), part);
  const shown = files.filter(inPart);
  const others = files.filter((file) => !inPart(file));
  return { files: shown, ...tally(shown), elsewhere: others.reduce((n, file) => n + file.messages.length, 0) };
}

/**
 * The corpus folder from the argument or `--dir` (the same folder if both are given); else
 * `procedures`; else, for an editor working inside the corpus, what `inside` says: the corpus
 * around the current folder, or the current folder itself (checked as a part of its corpus).
 * A build does without: its output folder would land inside the corpus.
 */
export async function corpusFolder(io: Io, argument: string | undefined, option: string | undefined, inside?: 'around' | 'here'): Promise<string> {
  if (argument !== undefined && option !== undefined && path.resolve(io.cwd, argument) !== path.resolve(io.cwd, option)) {
    throw usageError(cliMessages[io.lang].usage.twoFolders(argument, option));
  }
  const given = argument ?? option;
  if (given !== undefined) return given;
  if (await isFolder(path.resolve(io.cwd, DEFAULT_CORPUS))) return DEFAULT_CORPUS;
  const around = inside && (await corpusAround(path.resolve(io.cwd)));
  if (!around) return DEFAULT_CORPUS;
  return inside === 'here' ? '.' : path.relative(io.cwd, around) || '.';
}

/** What `sop check` checks: the corpus given or around, and the part of it named, if any. */
export async function corpusToCheck(io: Io, argument: string | undefined, option: string | undefined): Promise<CorpusTarget> {
  const dir = await corpusFolder(io, argument, option, 'here');
  const target = await locateCorpus(io.cwd, dir);
  if (!target) throw usageError(cliMessages[io.lang].usage.noCorpus(dir));
  return target;
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

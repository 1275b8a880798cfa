// The git plumbing of sop diff: find the work tree, resolve refs to commits, and copy the
// corpus folder of a commit into a private folder. git runs without a shell, with literal
// pathspecs, and every path it lists is checked before anything is written.
import { execFile } from 'node:child_process';
import { mkdir, realpath, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gitWords, type GitWords } from './messages.js';

/** A problem the user can fix (unknown ref, folder outside the repository): the CLI reports it as a usage error, in words of its language. */
export class GitProblem extends Error {
  constructor(readonly say: (t: GitWords) => string) {
    super(say(gitWords.en));
  }
}

export interface Repository {
  /** The top of the work tree, symbolic links resolved. */
  top: string;
  /** The corpus folder relative to `top`, with `/` separators; '' when it is the top itself. */
  dir: string;
}

/** Far more than any corpus of Markdown and YAML; only files the loader reads are fetched. */
const MAX_OUTPUT = 256 * 1024 * 1024;

function git(cwd: string, args: string[], input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', ['--literal-pathspecs', ...args], { cwd, encoding: 'buffer', maxBuffer: MAX_OUTPUT, windowsHide: true }, (error, stdout) => {
      if (error) reject(error);
      else resolve(stdout);
    });
    // A git that exits without reading its input reports through its exit status, not EPIPE.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input);
  });
}

const isMissingGit = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** The work tree holding `corpusDir`; `shown` is the folder as the user wrote it, for messages. */
export async function openRepository(corpusDir: string, shown = corpusDir): Promise<Repository> {
  // In `sop diff A B` the folder may exist only in history: start from its nearest existing parent.
  let existing = path.resolve(corpusDir);
  while (!(await stat(existing).then((s) => s.isDirectory(), () => false))) existing = path.dirname(existing);
  let top: string;
  try {
    top = (await git(existing, ['rev-parse', '--show-toplevel'])).toString('utf8').trim();
  } catch (error) {
    if (isMissingGit(error)) throw new GitProblem((t) => t.noGit);
    throw new GitProblem((t) => t.notInGit(shown));
  }
  const realTop = await realpath(top);
  const realDir = path.join(await realpath(existing), path.relative(existing, path.resolve(corpusDir)));
  const dir = path.relative(realTop, realDir);
  if (dir === '..' || dir.startsWith(`..${path.sep}`) || path.isAbsolute(dir)) {
    throw new GitProblem((t) => t.outside(shown, realTop));
  }
  return { top: realTop, dir: dir.split(path.sep).join('/') };
}

/** The commit a ref names. Refs never start with "-", which git would read as an option. */
export async function resolveCommit(repo: Repository, ref: string): Promise<string> {
  if (ref === '' || ref.startsWith('-')) throw new GitProblem((t) => t.refusedRef(ref));
  try {
    return (await git(repo.top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).toString('utf8').trim();
  } catch {
    throw new GitProblem((t) => t.unknownRef(ref));
  }
}

interface Entry {
  mode: string;
  oid: string;
  /** Path segments below the corpus folder. */
  parts: string[];
}

/**
 * Writes the corpus folder as it is in `commit` under `into` (mirroring its place in the
 * repository) and returns how many entries the commit has there (0: the folder did not exist).
 * Only what the loader reads is written: catalogue and Region YAML, procedure Markdown, and the
 * folders holding them. A symbolic link becomes a link to nowhere, so the loader still reports
 * it but nothing can reach outside the private folder through it.
 */
export async function materialise(repo: Repository, commit: string, into: string): Promise<number> {
  const root = path.join(into, ...(repo.dir === '' ? [] : repo.dir.split('/')));
  await mkdir(root, { recursive: true });
  const entries = await list(repo, commit);
  const blobs: Array<{ file: string; oid: string }> = [];
  for (const { mode, oid, parts } of entries) {
    if (parts.length > 2 || mode === '160000') {
      if (parts.length > 1) await mkdir(path.join(root, parts[0]!), { recursive: true });
      continue;
    }
    if (parts.length === 2) await mkdir(path.join(root, parts[0]!), { recursive: true });
    const file = path.join(root, ...parts);
    if (mode === '120000') await symlink('sop-diff-link-not-followed', file);
    else if (parts.length === 2 && /\.(md|yaml)$/.test(parts[1]!)) blobs.push({ file, oid });
  }
  const contents = await catBlobs(repo, blobs.map((blob) => blob.oid));
  await Promise.all(blobs.map((blob, i) => writeFile(blob.file, contents[i]!)));
  return entries.length;
}

async function list(repo: Repository, commit: string): Promise<Entry[]> {
  const output = await git(repo.top, ['ls-tree', '-r', '-z', '--full-tree', commit, ...(repo.dir === '' ? [] : ['--', repo.dir])]);
  const prefix = repo.dir === '' ? '' : `${repo.dir}/`;
  return output
    .toString('utf8')
    .split('\0')
    .filter((line) => line !== '')
    .flatMap((line) => {
      const tab = line.indexOf('\t');
      const [mode, , oid] = line.slice(0, tab).split(' ') as [string, string, string];
      const file = line.slice(tab + 1);
      if (!file.startsWith(prefix)) return [];
      const parts = file.slice(prefix.length).split('/');
      // git refuses such paths on checkout; a crafted tree could still list them.
      if (parts.some((part) => part === '' || part === '.' || part === '..' || part.includes('\\'))) return [];
      return [{ mode, oid, parts }];
    });
}

/** Blob contents, all in one `git cat-file --batch`: `<oid> blob <size>\n<bytes>\n` each. */
async function catBlobs(repo: Repository, oids: string[]): Promise<Buffer[]> {
  if (oids.length === 0) return [];
  const output = await git(repo.top, ['cat-file', '--batch'], oids.map((oid) => `${oid}\n`).join(''));
  const contents: Buffer[] = [];
  let offset = 0;
  for (const oid of oids) {
    const newline = output.indexOf(0x0a, offset);
    const [, type, size] = output.subarray(offset, newline).toString('utf8').split(' ');
    if (type !== 'blob') throw new Error(`git cat-file: ${oid} is not a blob`);
    const start = newline + 1;
    contents.push(output.subarray(start, start + Number(size)));
    offset = start + Number(size) + 1;
  }
  return contents;
}

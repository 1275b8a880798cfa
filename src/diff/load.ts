// Each version of the corpus, loaded and checked like `sop check` would: a commit through a
// private copy of its corpus folder (removed afterwards), or the working tree as it is.
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { check, type CheckResult } from '../index.js';
import { materialise, type Repository } from './git.js';
import type { Version } from './index.js';

export interface LoadedVersion {
  version: Version;
  result: CheckResult;
  /** The corpus folder does not exist in that commit. */
  missing: boolean;
}

export async function loadCommit(repo: Repository, ref: string, commit: string, cwd: string): Promise<LoadedVersion> {
  const copy = await mkdtemp(path.join(tmpdir(), 'sop-diff-'));
  try {
    const entries = await materialise(repo, commit, copy);
    // Diagnostics name files as the user sees them in the work tree, not in the private copy.
    const fromTop = path.relative(repo.top, await realpath(cwd));
    const inside = fromTop !== '..' && !fromTop.startsWith(`..${path.sep}`) && !path.isAbsolute(fromTop);
    const result = await check(path.join(copy, repo.dir), { cwd: inside ? path.join(copy, fromTop) : copy });
    return { version: versionOf(result, ref, commit), result, missing: entries === 0 };
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

export async function loadWorkingTree(dir: string, cwd: string): Promise<LoadedVersion> {
  const result = await check(dir, { cwd });
  return { version: versionOf(result, null, null), result, missing: false };
}

function versionOf(result: CheckResult, ref: string | null, commit: string | null): Version {
  const { corpus, procedures } = result.loaded;
  return { info: { ref, commit, errors: result.errors }, corpus, procedures };
}

// Atomic output: everything is written to a temporary sibling of the output folder and swapped
// in only when complete, so a failed or interrupted build never leaves a half-written dist/.
import { copyFile, link, mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OutputFiles } from '../render/index.js';

const TEMP_PREFIX = (out: string) => `.${path.basename(out)}-`;

/** `reused`: outputs of the last build, in `out`, that carry over unchanged (the build cache). */
export async function writeAtomically(out: string, files: OutputFiles, reused: readonly string[] = []): Promise<void> {
  const parent = path.dirname(out);
  await mkdir(parent, { recursive: true });
  await removeLeftovers(out);
  const temp = await mkdtemp(path.join(parent, `${TEMP_PREFIX(out)}tmp-`));
  try {
    for (const [file, content] of files) {
      const target = path.join(temp, file);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content);
    }
    for (const file of reused) {
      const target = path.join(temp, file);
      await mkdir(path.dirname(target), { recursive: true });
      await carryOver(path.join(out, file), target);
    }
    const old = `${temp.replace(/-tmp-/, '-old-')}`;
    await rename(out, old).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(temp, out);
    await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

/** A hard link costs no copy, and the old folder is only renamed, never written into. */
async function carryOver(from: string, to: string): Promise<void> {
  await link(from, to).catch(() => copyFile(from, to));
}

/** Temporary folders of builds that were killed before they could clean up. */
async function removeLeftovers(out: string): Promise<void> {
  const parent = path.dirname(out);
  for (const entry of await readdir(parent)) {
    if (entry.startsWith(TEMP_PREFIX(out)) && /-(tmp|old)-/.test(entry)) await rm(path.join(parent, entry), { recursive: true, force: true });
  }
}

/**
 * `sop dev`'s small updates to a served output folder: each file is written beside its target
 * and renamed over it, so a browser never reads half a page.
 */
export async function writeChanges(out: string, written: OutputFiles, removed: string[]): Promise<void> {
  for (const [file, content] of written) {
    const target = path.join(out, file);
    await mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    await writeFile(temp, content);
    await rename(temp, target);
  }
  for (const file of removed) await rm(path.join(out, file), { force: true });
}

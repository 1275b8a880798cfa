// Atomic output: everything is written to a temporary sibling of the output folder and swapped
// in only when complete, so a failed or interrupted build never leaves a half-written dist/.
import { randomBytes } from 'node:crypto';
import { copyFile, link, mkdir, open, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const TEMP_PREFIX = (out: string) => `.${path.basename(out)}-`;

/**
 * An output folder in the making: files go into a temporary sibling of `out` as they are
 * rendered (a large build need not hold them all in memory) and replace `out` on `commit`.
 */
export class StagedOutput {
  readonly #writer: FolderWriter;
  readonly #writing = new Set<Promise<void>>();
  /** Characters (or bytes) of the contents being written. */
  #held = 0;
  #failure: { error: unknown } | undefined;

  private constructor(
    readonly out: string,
    /** The temporary folder the output is made in. */
    readonly staging: string,
  ) {
    this.#writer = new FolderWriter(staging);
  }

  static async open(out: string): Promise<StagedOutput> {
    const parent = path.dirname(out);
    await mkdir(parent, { recursive: true });
    await removeLeftovers(out);
    return new StagedOutput(out, await makeTempFolder(path.join(parent, `${TEMP_PREFIX(out)}tmp-`)));
  }

  /**
   * Resolves once the file is under way, not written: the build renders the next page while the
   * last ones reach the disk (awaiting each write left its thread idle a fifth of the time).
   * A failed write is thrown by the next `write` or by `commit`.
   */
  async write(file: string, content: string | Buffer | Iterable<string>): Promise<void> {
    this.#rethrow();
    const held = heldBy(content);
    this.#held += held;
    const writing: Promise<void> = this.#writer.write(file, content)
      .catch((error: unknown) => void (this.#failure ??= { error }))
      .finally(() => {
        this.#writing.delete(writing);
        this.#held -= held;
      });
    this.#writing.add(writing);
    while (this.#writing.size >= WRITES_IN_FLIGHT || (this.#held > HELD_IN_FLIGHT && this.#writing.size > 0)) await Promise.race(this.#writing);
    this.#rethrow();
  }

  #rethrow(): void {
    if (this.#failure) throw this.#failure.error;
  }

  /** Every write under way done, so that nothing is written into the folder once it is renamed or removed. */
  async #settled(): Promise<void> {
    await Promise.all(this.#writing);
  }

  /** Takes an unchanged output over from the current `out` (the build cache). A hard link costs no copy, and the old folder is only renamed, never written into. */
  async carryOver(file: string): Promise<void> {
    const target = await this.#writer.target(file);
    await link(path.join(this.out, file), target).catch(() => copyFile(path.join(this.out, file), target));
  }

  async commit(): Promise<void> {
    await this.#settled();
    this.#rethrow();
    const old = `${this.staging.replace(/-tmp-/, '-old-')}`;
    await rename(this.out, old).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(this.staging, this.out);
    await rm(old, { recursive: true, force: true });
  }

  async discard(): Promise<void> {
    await this.#settled();
    await rm(this.staging, { recursive: true, force: true });
  }
}

/** Characters of pieces written at once: few system calls, little held. */
const WRITE_BATCH = 1 << 16;

/** Writes under way at once: a few pages held, and the disk kept busy. */
const WRITES_IN_FLIGHT = 16;

/**
 * Characters the writes under way may hold, beyond which the next waits: the national pages of
 * 5,000 procedures are 1-5 MB each, and sixteen of them under way were 27 MB of the live heap.
 */
const HELD_IN_FLIGHT = 4_000_000;

/** What a content holds until it is written; pieces made as they are written hold nothing yet. */
function heldBy(content: string | Buffer | Iterable<string>): number {
  if (typeof content === 'string' || Buffer.isBuffer(content)) return content.length;
  return Array.isArray(content) ? content.reduce((sum: number, piece: string) => sum + piece.length, 0) : 0;
}

/** Writes files into a folder, making sub-folders as needed. */
class FolderWriter {
  readonly #folders = new Set<string>();

  constructor(readonly folder: string) {}

  /** Content in pieces is written as it is made, a few pieces at a time: it is never whole in memory. */
  async write(file: string, content: string | Buffer | Iterable<string>): Promise<void> {
    const target = await this.target(file);
    if (typeof content === 'string' || Buffer.isBuffer(content)) return writeFile(target, content);
    const handle = await open(target, 'w');
    try {
      let batch = '';
      for (const piece of content) {
        batch += piece;
        if (batch.length >= WRITE_BATCH) {
          await handle.writeFile(batch);
          batch = '';
        }
      }
      await handle.writeFile(batch);
    } finally {
      await handle.close();
    }
  }

  async target(file: string): Promise<string> {
    const target = path.join(this.folder, file);
    const folder = path.dirname(target);
    if (!this.#folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      this.#folders.add(folder);
    }
    return target;
  }
}

/**
 * Replaces `out` with `files`; the files of the old `out` that `keep` names (paths relative to
 * it) and `files` does not replace are taken over. Returns those taken over.
 */
export async function writeAtomically(out: string, files: Iterable<[string, string | Buffer]>, keep: (file: string) => boolean = () => false): Promise<string[]> {
  const staged = await StagedOutput.open(out);
  try {
    const written = new Set<string>();
    // One at a time: `files` may make each content only when it is asked for.
    for (const [file, content] of files) {
      await staged.write(file, content);
      written.add(file);
    }
    const kept = (await existingFiles(out)).filter((file) => keep(file) && !written.has(file));
    for (const file of kept) await staged.carryOver(file);
    await staged.commit();
    return kept;
  } catch (error) {
    await staged.discard();
    throw error;
  }
}

/** The files in `out` and its sub-folders, as paths relative to it with `/` separators; none when it does not exist. */
async function existingFiles(out: string): Promise<string[]> {
  const entries = await readdir(out, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(out, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')).sort();
}

/**
 * Not mkdtemp: its folder is private (0700), and renamed into place it would make the output
 * folder unreadable to the web server or colleagues that serve or read it. A plain mkdir gets
 * the usual mode the umask allows; `recursive: false` still refuses a name that is taken.
 */
async function makeTempFolder(prefix: string): Promise<string> {
  for (;;) {
    const folder = `${prefix}${randomBytes(6).toString('hex')}`;
    const made = await mkdir(folder).then(() => true, (error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return false;
      throw error;
    });
    if (made) return folder;
  }
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
export async function writeChanges(out: string, written: Iterable<[string, string | Buffer]>, removed: string[]): Promise<void> {
  for (const [file, content] of written) {
    const target = path.join(out, file);
    await mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    await writeFile(temp, content);
    await rename(temp, target);
  }
  for (const file of removed) await rm(path.join(out, file), { force: true });
}

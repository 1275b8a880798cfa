// The build cache: what the last good build of an output folder was made from. An output whose
// inputs hash the same is taken over from that build instead of being made again; when nothing
// at all changed, the build is skipped and its diagnostics are replayed.
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { restoreMessages, storeMessage, type StoredMessage } from '../diagnostics.js';
import { hash } from './digest.js';

/** Bumped when the manifest's shape changes: an older manifest is then ignored. */
const FORMAT = 3;

interface OutputRecord {
  key: string;
  /** Size and modification time when written: a file edited or replaced since is not reused. */
  size: number;
  mtimeMs: number;
}

interface Manifest {
  format: number;
  /** Everything the build read and was asked to do, in one hash. */
  fingerprint: string;
  outputs: Record<string, OutputRecord>;
  /** The build's diagnostics, by file path as reported. */
  diagnostics: Array<{ path: string; messages: StoredMessage[] }>;
}

export class BuildCache {
  #previous: Manifest | undefined;
  #keys = new Map<string, string>();

  private constructor(
    private readonly manifestFile: string,
    private readonly out: string,
    previous: Manifest | undefined,
  ) {
    this.#previous = previous;
  }

  /** The cache of the output folder `out` (absolute), kept in `folder`. */
  static async open(folder: string, out: string): Promise<BuildCache> {
    const manifestFile = path.join(folder, `build-${hash(out).slice(0, 16)}.json`);
    const previous = await readFile(manifestFile, 'utf8')
      .then((text) => JSON.parse(text) as Manifest)
      // A missing or unreadable manifest only means a full build.
      .catch(() => undefined);
    return new BuildCache(manifestFile, out, previous?.format === FORMAT ? previous : undefined);
  }

  /** The last build's diagnostics when it was made from exactly these inputs and its output is intact. */
  async unchanged(fingerprint: string, cwd: string): Promise<VFile[] | undefined> {
    const previous = this.#previous;
    if (previous?.fingerprint !== fingerprint) return undefined;
    const intact = await Promise.all(Object.entries(previous.outputs).map(([file, record]) => this.#intact(file, record)));
    if (intact.includes(false)) return undefined;
    return previous.diagnostics.map(({ path: filePath, messages }) => {
      const file = new VFile({ path: filePath, cwd });
      restoreMessages(file, messages);
      return file;
    });
  }

  /** Whether the output at `file` (relative to the output folder) can be taken over for `key`. */
  async reusable(file: string, key: string): Promise<boolean> {
    this.#keys.set(file, key);
    const record = this.#previous?.outputs[file];
    return record?.key === key && (await this.#intact(file, record));
  }

  /** Records the build just written to the output folder: its outputs as they are on disk now. */
  async save(fingerprint: string, written: readonly string[], files: readonly VFile[]): Promise<void> {
    const outputs: Record<string, OutputRecord> = {};
    for (const file of written) {
      const key = this.#keys.get(file);
      if (key === undefined) continue;
      const info = await stat(path.join(this.out, file));
      outputs[file] = { key, size: info.size, mtimeMs: info.mtimeMs };
    }
    const diagnostics = files
      .filter((file) => file.messages.length > 0)
      .map((file) => ({ path: file.path, messages: file.messages.map(storeMessage) }));
    const manifest: Manifest = { format: FORMAT, fingerprint, outputs, diagnostics };
    await mkdir(path.dirname(this.manifestFile), { recursive: true });
    const temp = `${this.manifestFile}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(manifest));
    await rename(temp, this.manifestFile);
  }

  async #intact(file: string, record: OutputRecord): Promise<boolean> {
    const info = await stat(path.join(this.out, file)).catch(() => undefined);
    return info?.isFile() === true && info.size === record.size && info.mtimeMs === record.mtimeMs;
  }
}

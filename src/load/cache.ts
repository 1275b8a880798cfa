// What `sop dev` keeps between rebuilds: every file as it was read and loaded (parsed, checked
// against its schema, turned into the model), so a save re-parses only the file that changed;
// and, when told which files were saved, where every file is, so a save re-reads only those;
// and the referral graph's index of who refers into each step, made anew only when that changed.
import { createHash } from 'node:crypto';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { ReferrerMemo } from '../model/graph.js';

interface Entry {
  /** A digest of the bytes read: the file's text is kept by the file itself (held-texts.ts). */
  digest: string;
  file: VFile;
  /** The file's own diagnostics from reading and loading; cross-file rules add theirs each run. */
  messages: VFileMessage[];
  loaded: boolean;
  result?: unknown;
}

/** Where the files of a corpus were found, as absolute paths (see files.ts). */
export interface Layout {
  root: string;
  catalogue: string[];
  regions: Array<{ folder: string; regionFile: string; procedures: string[] }>;
}

/**
 * What the cache tells a file's bytes by: kept rather than the bytes, which were a second copy of
 * every text (30 MB at 5,000 procedures). Made once per read, for `file` and then `remember`.
 */
export const bytesDigest = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('base64');

export class LoadCache {
  /** Which referrals lead into each step, for the next load's referral graph. */
  readonly referrers = new ReferrerMemo();
  #entries = new Map<string, Entry>();
  #byFile = new WeakMap<VFile, Entry>();
  #seen = new Set<string>();
  #layout: Layout | undefined;
  #changed: Set<string> | undefined;

  /** The file read last time from the same bytes (by their `bytesDigest`), back to its own diagnostics; undefined when it changed. */
  file(filePath: string, digest: string): VFile | undefined {
    const entry = this.#entries.get(filePath);
    if (!entry || entry.digest !== digest) {
      this.#seen.add(filePath);
      return undefined;
    }
    return this.unchanged(filePath);
  }

  /** The file as read last time, back to its own diagnostics, without reading it again. */
  unchanged(filePath: string): VFile | undefined {
    this.#seen.add(filePath);
    const entry = this.#entries.get(filePath);
    if (!entry) return undefined;
    entry.file.messages = [...entry.messages];
    return entry.file;
  }

  remember(filePath: string, digest: string, file: VFile): void {
    this.#seen.add(filePath);
    const entry: Entry = { digest, file, messages: [...file.messages], loaded: false };
    this.#entries.set(filePath, entry);
    this.#byFile.set(file, entry);
  }

  /** Whether the model of the file as it is was built already. */
  isLoaded(file: VFile): boolean {
    return this.#byFile.get(file)?.loaded === true;
  }

  /** Loads a file once per content: the model built from it is reused while its bytes stay the same. */
  load<T>(file: VFile, load: () => T): T {
    const entry = this.#byFile.get(file);
    if (!entry) return load();
    if (!entry.loaded) {
      entry.result = load();
      entry.messages = [...file.messages];
      entry.loaded = true;
    }
    return entry.result as T;
  }

  /**
   * Absolute paths of files saved, created or deleted since the last read. Only a read told what
   * changed takes the other files as they were; one that is not told reads every file.
   */
  changed(paths: Iterable<string>): void {
    this.#changed ??= new Set();
    for (const file of paths) this.#changed.add(file);
  }

  /** Where the files were at the last read of `root`, and what changed since; undefined when unknown. */
  since(root: string): { layout: Layout; changed: ReadonlySet<string> } | undefined {
    const changed = this.#changed;
    this.#changed = undefined;
    return changed && this.#layout?.root === root ? { layout: this.#layout, changed } : undefined;
  }

  /** Where the files are after a read; undefined when the tree has problems that only a full read reports. */
  found(layout: Layout | undefined): void {
    this.#layout = layout;
  }

  /** Forgets the files not read since the last sweep (deleted or renamed). */
  sweep(): void {
    for (const filePath of this.#entries.keys()) if (!this.#seen.has(filePath)) this.#entries.delete(filePath);
    this.#seen.clear();
  }
}

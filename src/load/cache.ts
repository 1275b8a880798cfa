// What `sop dev` keeps between rebuilds: every file as it was read and loaded (parsed, checked
// against its schema, turned into the model), so a save re-parses only the file that changed.
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

interface Entry {
  bytes: Buffer;
  file: VFile;
  /** The file's own diagnostics from reading and loading; cross-file rules add theirs each run. */
  messages: VFileMessage[];
  loaded: boolean;
  result?: unknown;
}

export class LoadCache {
  #entries = new Map<string, Entry>();
  #byFile = new WeakMap<VFile, Entry>();
  #seen = new Set<string>();

  /** The file read last time from the same bytes, back to its own diagnostics; undefined when it changed. */
  file(filePath: string, bytes: Buffer): VFile | undefined {
    this.#seen.add(filePath);
    const entry = this.#entries.get(filePath);
    if (!entry || !entry.bytes.equals(bytes)) return undefined;
    entry.file.messages = [...entry.messages];
    return entry.file;
  }

  remember(filePath: string, bytes: Buffer, file: VFile): void {
    this.#seen.add(filePath);
    const entry: Entry = { bytes, file, messages: [...file.messages], loaded: false };
    this.#entries.set(filePath, entry);
    this.#byFile.set(file, entry);
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

  /** Forgets the files not read since the last sweep (deleted or renamed). */
  sweep(): void {
    for (const filePath of this.#entries.keys()) if (!this.#seen.has(filePath)) this.#entries.delete(filePath);
    this.#seen.clear();
  }
}

// Content hashes of everything a build reads: the corpus as the loader saw it, the templates and
// sopbook's own code. The build cache compares them with the last build's.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { corpusVFiles, type CorpusFiles } from '../load/files.js';
import { textBinary } from '../load/held-texts.js';
import { splitFrontmatter } from '../load/frontmatter.js';
import { CODE_DIR, PACKAGE_DIR, SCHEMA_DIR } from '../paths.js';

export const hash = (...parts: ReadonlyArray<string | Buffer>): string => {
  const digest = createHash('sha256');
  // Each part is length-prefixed, so ['ab', 'c'] and ['a', 'bc'] differ.
  for (const part of parts) digest.update(`${part.length}:`).update(part);
  return digest.digest('hex');
};

interface FileDigest {
  whole: string;
  /**
   * A procedure's front-matter alone: outputs that show no prose depend only on it. Made when
   * first asked for: a build with nothing to do needs only the whole files' hashes.
   */
  frontmatter(): string;
}

/** The corpus by path relative to its root (`lazio/region.yaml`), each file with its content hashes. */
export class CorpusDigest {
  readonly #files = new Map<string, FileDigest>();
  readonly #structural: string;
  #memo = new Map<string, string>();

  constructor(tree: CorpusFiles) {
    for (const file of corpusVFiles(tree)) {
      const relative = path.relative(tree.root, path.resolve(file.cwd, file.path)).split(path.sep).join('/');
      // What the loader made of the file: its text, or why it could not be read. The text is read
      // from the VFile again for the front-matter: a build may keep it packed (load/held-texts.ts).
      const whole = hash(textBinary(file), ...file.messages.map(String));
      let frontmatter: string | undefined;
      const ofFrontmatter = () => {
        const yaml = relative.endsWith('.md') ? splitFrontmatter(String(file.value ?? ''))?.yaml : undefined;
        return yaml === undefined ? whole : hash(yaml);
      };
      this.#files.set(relative, { whole, frontmatter: () => (frontmatter ??= ofFrontmatter()) });
    }
    this.#structural = hash(...tree.structural.flatMap((file) => [file.path, ...file.messages.map(String)]));
  }

  /** The whole corpus. */
  get all(): string {
    return this.of([''], true);
  }

  /**
   * One hash for what an output is made from: files, folders (`lazio/`) and '' (the whole
   * corpus); of procedures only the front-matter unless the output shows `prose`.
   */
  of(sources: readonly string[], prose: boolean): string {
    return hash(...sources.map((source) => (source.endsWith('/') || source === '' ? this.#folder(source, prose) : this.#file(this.#files.get(source), prose))));
  }

  #file(digest: FileDigest | undefined, prose: boolean): string {
    return digest === undefined ? 'absent' : prose ? digest.whole : digest.frontmatter();
  }

  #folder(prefix: string, prose: boolean): string {
    const key = `${prose}:${prefix}`;
    let digest = this.#memo.get(key);
    if (digest === undefined) {
      const within = [...this.#files].filter(([file]) => file.startsWith(prefix)).sort(([a], [b]) => (a < b ? -1 : 1));
      digest = hash(prefix === '' ? this.#structural : '', ...within.flatMap(([file, fileDigest]) => [file, this.#file(fileDigest, prose)]));
      this.#memo.set(key, digest);
    }
    return digest;
  }
}

/** Every file under a folder, by relative path and content (symbolic links are not followed). */
export async function folderDigest(folder: string): Promise<string> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  const parts: Array<string | Buffer> = [];
  for (const file of files) parts.push(path.relative(folder, file), await readFile(file));
  return hash(...parts);
}

/**
 * sopbook itself: its compiled code, schemas and package manifests. A new version or a
 * local change to the code makes every cached output stale.
 */
export async function toolDigest(): Promise<string> {
  const manifests = await Promise.all(['package.json', 'package-lock.json'].map((name) => readFile(path.join(PACKAGE_DIR, name)).catch(() => '')));
  return hash(await folderDigest(CODE_DIR), await folderDigest(SCHEMA_DIR), ...manifests);
}

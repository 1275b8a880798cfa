// The parse cache: every procedure file's parse (model data, Markdown tree, diagnostics) kept
// by a hash of its text, so a build after an edit parses only the files that changed. One file
// per parse, in V8's serialisation (the structured clone format workers use too): an edit
// writes one small file, not the whole cache.
import { mkdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Root } from 'mdast';
import { decodeAnswer, decodeTree, writeAnswerSync, type ParseAnswer, type ParseStore } from '../load/parse.js';
import { hash, toolDigest } from './digest.js';

export class ParseCache implements ParseStore {
  readonly #folder: string;
  #used = new Set<string>();
  #made = false;

  /** `cacheDir` is the build cache's; parses made by other code (or another Node) are kept apart. */
  constructor(cacheDir: string, toolDigest: string) {
    this.#folder = path.join(cacheDir, 'parsed', hash(toolDigest, process.version).slice(0, 16));
  }

  key(binary: string): string {
    return hash(binary);
  }

  async get(key: string): Promise<ParseAnswer | undefined> {
    const answer = await readFile(path.join(this.#folder, key))
      .then(decodeAnswer)
      // Missing or damaged: the file is parsed again.
      .catch(() => undefined);
    if (answer) this.#used.add(key);
    return answer;
  }

  /**
   * Written at once, as a parse worker writes its own (a few hundred microseconds): each parse
   * goes to disk as soon as it is made, so a load need not hold the trees.
   */
  set(key: string, bytes: Uint8Array): void {
    this.#used.add(key);
    try {
      if (!this.#made) mkdirSync(this.#folder, { recursive: true });
      this.#made = true;
      writeAnswerSync(this.#folder, key, bytes);
    } catch {
      // A parse that could not be written is made again when it is next needed.
    }
  }

  async folder(): Promise<string> {
    await mkdir(this.#folder, { recursive: true });
    this.#made = true;
    return this.#folder;
  }

  kept(key: string): void {
    this.#used.add(key);
  }

  /** Read at once: a page in the making asks for its prose, one procedure at a time. */
  body(key: string): Root | undefined {
    try {
      return decodeTree(readFileSync(path.join(this.#folder, key)));
    } catch {
      // Missing or damaged: the caller parses the text again.
      return undefined;
    }
  }

  /** Forgets the parses this build did not use (older texts, other versions). */
  async save(): Promise<void> {
    await mkdir(this.#folder, { recursive: true });
    const root = path.dirname(this.#folder);
    for (const version of await readdir(root)) if (version !== path.basename(this.#folder)) await rm(path.join(root, version), { recursive: true, force: true });
    for (const key of await readdir(this.#folder)) if (!this.#used.has(key)) await rm(path.join(this.#folder, key), { force: true });
  }
}

/** The parse cache in the build cache folder `cacheDir`, for this version of sopbook. */
export async function openParseCache(cacheDir: string): Promise<ParseCache> {
  return new ParseCache(cacheDir, await toolDigest());
}

/**
 * Parses kept for one build or check that keeps no cache (`--no-cache`, or a build called without
 * a cache folder), in a temporary folder of their own that `remove` deletes. Without a store a
 * load keeps every Markdown tree until it ends: at 1,000 procedures the cold build peaked at
 * 405 MB against 350 with a cache, at 5,000 at 1.22 GB against 818 MB.
 */
export async function scratchParseCache(): Promise<{ store: ParseCache; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sopbook-parses-'));
  const store = new ParseCache(dir, 'scratch');
  return {
    store,
    remove: async () => {
      await rm(dir, { recursive: true, force: true });
    },
  };
}

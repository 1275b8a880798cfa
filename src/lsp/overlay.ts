// The corpus as the editor sees it: the files on disk, with the unsaved text of the open
// documents in place of theirs, checked by the same loader and rules as `sop check`. One session
// per corpus keeps what it loaded (as `sop dev` does), so a keystroke re-parses one file.
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { check, type CheckResult } from '../index.js';
import { LoadCache } from '../load/cache.js';
import { CATALOGUE_FILES, decode, MAX_FILE_BYTES, readCorpus, type CatalogueName, type CorpusFiles } from '../load/files.js';
import type { LoadResult } from '../load/corpus.js';
import { RuleCache } from '../validate/cache.js';
import type { Lang } from '../model/types.js';
import { corpusFile, type CorpusFile } from './workspace.js';

/** Unsaved text by absolute path. */
export type Overlays = ReadonlyMap<string, string>;

export class CorpusSession {
  readonly root: string;
  /** The language of everything the editor reads from this corpus: diagnostics, completion, hover. */
  readonly lang: Lang;
  #cache = new LoadCache();
  #rules = new RuleCache();
  #running: Promise<unknown> = Promise.resolve();
  /** The last load whose national catalogue was usable: completion keeps working while it is being edited. */
  #model: LoadResult | undefined;

  constructor(root: string, lang: Lang) {
    this.root = root;
    this.lang = lang;
  }

  get model(): LoadResult | undefined {
    return this.#model;
  }

  /** Checks the corpus with `overlays` in place; one check at a time, since they share the caches. */
  check(overlays: Overlays): Promise<CheckResult> {
    const run = this.#running.then(() => this.#check(overlays));
    this.#running = run.catch(() => undefined);
    return run;
  }

  async #check(overlays: Overlays): Promise<CheckResult> {
    const files = await readCorpus(this.root, this.root, this.#cache);
    await overlay(files, overlays);
    // The diagnostics are English until `check` takes a language (the diagnostics catalogue,
    // branch "diag"): then `lang: this.lang` joins these options, the only change needed here.
    const result = await check(this.root, { cwd: this.root, files, cache: this.#cache, rules: this.#rules });
    if (result.loaded.catalogueUsable || !this.#model) this.#model = result.loaded;
    return result;
  }
}

/** Puts each open document's text in place of its file, or beside the others when it is not saved yet. */
async function overlay(files: CorpusFiles, overlays: Overlays): Promise<void> {
  for (const [filePath, text] of overlays) {
    const place = corpusFile([files.root], filePath);
    // Over the limit, the file on disk (refused with a diagnostic) stands for it. A link (to the
    // file or its folder) is what the loader reports: the editor's copy is not checked.
    if (!place || Buffer.byteLength(text) > MAX_FILE_BYTES || !(await isPlain(filePath))) continue;
    const slot = slotOf(files, place, filePath);
    if (!slot) continue;
    // An open file as saved is the one read from disk, loaded once for as long as it stays so.
    if (slot.current && !slot.current.data.unreadable && String(slot.current.value) === text.replace(/^\uFEFF/, '')) continue;
    slot.put(toVFile(filePath, text, files.root));
    files.structural = files.structural.filter((other) => path.resolve(files.root, other.path) !== filePath);
  }
}

/** Where the file at `filePath` sits in the corpus as read: what is there now, and how to replace it. */
function slotOf(files: CorpusFiles, place: CorpusFile, filePath: string): { current: VFile | undefined; put(file: VFile): void } | undefined {
  if (place.kind === 'catalogue') {
    if (!(CATALOGUE_FILES as readonly string[]).includes(place.name)) return undefined;
    const name = place.name as CatalogueName;
    return { current: files.catalogue.get(name), put: (file) => void files.catalogue.set(name, file) };
  }
  // A Region folder that is not on disk yet is not part of the corpus.
  const region = files.regions.find((candidate) => candidate.folder === place.folder);
  if (!region) return undefined;
  if (place.kind === 'region') return { current: region.regionFile, put: (file) => void (region.regionFile = file) };
  const index = region.procedures.findIndex((other) => path.resolve(files.root, other.path) === filePath);
  return {
    current: region.procedures[index],
    put(file) {
      const procedures = [...region.procedures];
      if (index >= 0) procedures[index] = file;
      else procedures.push(file);
      // In the loader's order (files.ts): by name.
      region.procedures = procedures.sort((a, b) => (a.basename! < b.basename! ? -1 : a.basename! > b.basename! ? 1 : 0));
    },
  };
}

/** The folder is a real folder of the corpus, and the file a regular file or not saved yet. */
async function isPlain(filePath: string): Promise<boolean> {
  const folder = await lstat(path.dirname(filePath)).catch(() => undefined);
  if (!folder?.isDirectory()) return false;
  const file = await lstat(filePath).catch(() => undefined);
  return !file || file.isFile();
}

function toVFile(filePath: string, text: string, root: string): VFile {
  const file = new VFile({ path: path.relative(root, filePath), cwd: root });
  // Decoded as a file on disk is: a byte-order mark dropped, a lone surrogate reported.
  const value = decode(file, Buffer.from(text, 'utf8'));
  if (value === undefined) file.data.unreadable = true;
  else file.value = value;
  return file;
}

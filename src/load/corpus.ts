// load → schema → model: reads the corpus, reports what cannot be read or does not match its
// schema, and builds the model from everything that does.
import type { VFile } from 'vfile';
import {
  buildDefinitions, buildProcedure, buildRegion, catalogueOf, type CatalogueSources, type Definitions,
} from '../model/build.js';
import { referralGraph, type ReferralGraph } from '../model/graph.js';
import type { RawRegion } from '../model/raw/region.generated.js';
import type { Actor, Corpus, Procedure, YamlSource } from '../model/types.js';
import { SharedTexts } from '../model/texts.js';
import type { SchemaName } from '../schemas.js';
import type { LoadCache } from './cache.js';
import { CATALOGUE_FILES, readCorpus, type CorpusFiles } from './files.js';
import { parseBody } from './markdown.js';
import type { ValidProcedure } from './procedure.js';
import { parseProcedures, type ParseStore } from './parse.js';
import { validateAgainstSchema } from './schema.js';
import { lazySource, readYaml } from './yaml.js';

/** The corpus as the rules see it. */
export interface Loaded {
  corpus: Corpus;
  /** Definitions as written, duplicates included. */
  definitions: Definitions;
  actorLists: Map<string, Actor[]>;
  /** Every schema-valid procedure, duplicates and misplaced ones included. */
  procedures: Procedure[];
  graph: ReferralGraph;
}

export interface LoadResult extends Loaded {
  files: VFile[];
  /** False when the national catalogue itself is unusable: cross-file rules would only add noise. */
  catalogueUsable: boolean;
  /** Region folders and procedure files found, loaded or not: what a check went through. */
  found: { regions: number; procedures: number };
}

interface Valid<T> {
  source: YamlSource;
  /** Typed by the schema it was just validated against. */
  data: T;
}

function readYamlFile<T>(file: VFile, schema: SchemaName): Valid<T> | undefined {
  if (file.data.unreadable) return undefined;
  const read = readYaml(file, String(file.value), 0);
  if (!read || !validateAgainstSchema(schema, read.source, read.data)) return undefined;
  return { source: read.source, data: read.data as T };
}

/**
 * With a parse store that keeps trees, the procedure keeps no tree (its links come as plain
 * data, and the rules need no more of it): it is read again from the store when a page needs the
 * prose, so a corpus of thousands holds no tree but the one being rendered.
 */
function buildFrom(file: VFile, folder: string, parsed: ValidProcedure | undefined, store: ParseStore | undefined, key: string | undefined, texts: SharedTexts): Procedure | undefined {
  if (!parsed) return undefined;
  const source = lazySource(file, parsed.yaml, parsed.offset);
  const data = texts.data(parsed.data);
  const kept = parsed.body;
  if (!store?.body && kept) return buildProcedure(source, data, parsed.references, folder, () => kept, texts);
  const stored = key !== undefined ? store?.body?.bind(store, key) : undefined;
  return buildProcedure(source, data, parsed.references, folder, () => stored?.() ?? parseBody(String(file.value)), texts);
}

export interface LoadOptions {
  /** Keeps what was loaded for the next call: files whose bytes did not change are not parsed again. */
  cache?: LoadCache;
  /** The corpus already read from `root` (the build cache hashes it first). */
  files?: CorpusFiles;
  /** Threads to parse with, this one included, when the corpus is large enough; 0 (the default) or 1 parses on this thread. */
  threads?: number;
  /** Procedures parsed by earlier builds, by file text (the build cache). */
  parsed?: ParseStore;
}

export async function loadCorpus(root: string, cwd = process.cwd(), { cache, files: read, threads = 0, parsed: store }: LoadOptions = {}): Promise<LoadResult> {
  const tree = read ?? (await readCorpus(root, cwd, cache));
  const readable = tree.regions.flatMap((region) => region.procedures).filter((file) => !file.data.unreadable);
  // Each procedure's data is a copy of its own: the texts they share are kept once.
  const texts = new SharedTexts();
  const folderOf = new Map(tree.regions.flatMap((region) => region.procedures.map((file) => [file, region.folder] as const)));
  // Each procedure is built as soon as it is parsed, so a load never holds every tree at once.
  const built = new Map<VFile, Procedure | undefined>();
  // `sop dev` keeps what it loaded and parses only the files it has not loaded yet.
  await parseProcedures(cache ? readable.filter((file) => !cache.isLoaded(file)) : readable, threads, store, (file, parsed, key) =>
    built.set(file, buildFrom(file, folderOf.get(file)!, parsed, store, key, texts)));
  const once = <T>(file: VFile, load: () => T): T => (cache ? cache.load(file, load) : load());
  const files: VFile[] = [...tree.structural];

  const sources: CatalogueSources = {};
  let catalogueUsable = CATALOGUE_FILES.every((name) => tree.catalogue.has(name));
  for (const [name, file] of tree.catalogue) {
    files.push(file);
    const valid = once(file, () => readYamlFile<never>(file, name));
    // Each catalogue file is validated against the schema of its own name.
    if (valid) Object.assign(sources, { [name]: valid });
    else catalogueUsable = false;
  }
  const definitions = buildDefinitions(sources);
  const corpus: Corpus = { root, catalogue: catalogueOf(definitions), regions: new Map(), unloaded: new Set() };
  const actorLists = new Map<string, Actor[]>();
  const procedures: Procedure[] = [];

  for (const folder of tree.regions) {
    const regionFile = folder.regionFile;
    const valid = regionFile && once(regionFile, () => readYamlFile<RawRegion>(regionFile, 'region'));
    if (folder.regionFile) files.push(folder.regionFile);
    // A procedure belongs to the Region of its folder; a mismatch with its `region` is reported by a rule.
    const region = valid ? buildRegion(valid.source, valid.data, folder.folder) : undefined;
    if (region) {
      corpus.regions.set(folder.folder, region.region);
      actorLists.set(folder.folder, region.actorList);
    } else corpus.unloaded.add(folder.folder);
    for (const file of folder.procedures) {
      files.push(file);
      const procedure = once(file, () => built.get(file));
      if (!procedure) {
        corpus.unloaded.add(`${folder.folder}/${file.stem}`);
        continue;
      }
      procedures.push(procedure);
      if (region && !region.region.procedures.has(procedure.id)) region.region.procedures.set(procedure.id, procedure);
    }
  }
  const found = { regions: tree.regions.length, procedures: tree.regions.reduce((n, folder) => n + folder.procedures.length, 0) };
  return { corpus, definitions, actorLists, procedures, graph: referralGraph(corpus, cache?.referrers), files, catalogueUsable, found };
}

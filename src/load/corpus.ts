// load → schema → model: reads the corpus, reports what cannot be read or does not match its
// schema, and builds the model from everything that does.
import type { VFile } from 'vfile';
import {
  buildDefinitions, buildProcedure, buildRegion, catalogueOf, type CatalogueSources,
} from '../model/build.js';
import { referralGraph } from '../model/graph.js';
import type { Actor, Corpus, Procedure } from '../model/types.js';
import { validateAgainstSchema, type SchemaName } from '../validate/schema.js';
import type { Loaded } from '../validate/context.js';
import { CATALOGUE_FILES, readCorpus } from './files.js';
import { parseProcedure } from './markdown.js';
import { parseYaml, toData } from './yaml.js';

export interface LoadResult extends Loaded {
  files: VFile[];
  /** False when the national catalogue itself is unusable: cross-file rules would only add noise. */
  catalogueUsable: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Valid = { source: NonNullable<ReturnType<typeof parseYaml>>; data: any };

function readYamlFile(file: VFile, schema: SchemaName): Valid | undefined {
  if (file.data.unreadable) return undefined;
  const source = parseYaml(file, String(file.value), 0);
  if (!source) return undefined;
  const data = toData(source);
  if (data === undefined || !validateAgainstSchema(schema, source, data)) return undefined;
  return { source, data };
}

export async function loadCorpus(root: string, cwd = process.cwd()): Promise<LoadResult> {
  const tree = await readCorpus(root, cwd);
  const files: VFile[] = [...tree.structural];

  const sources: CatalogueSources = {};
  let catalogueUsable = tree.catalogue.size === CATALOGUE_FILES.length;
  for (const [name, file] of tree.catalogue) {
    files.push(file);
    const valid = readYamlFile(file, name);
    if (valid) sources[name] = valid;
    else catalogueUsable = false;
  }
  const definitions = buildDefinitions(sources);
  const corpus: Corpus = { root, catalogue: catalogueOf(definitions), regions: new Map() };
  const actorLists = new Map<string, Actor[]>();
  const procedures: Procedure[] = [];

  for (const folder of tree.regions) {
    let regionId: string | undefined;
    if (folder.regionFile) {
      files.push(folder.regionFile);
      const valid = readYamlFile(folder.regionFile, 'region');
      if (valid) {
        const { region, actorList } = buildRegion(valid.source, valid.data, folder.folder);
        if (!corpus.regions.has(region.id)) {
          corpus.regions.set(region.id, region);
          actorLists.set(region.id, actorList);
          regionId = region.id;
        }
      }
    }
    for (const file of folder.procedures) {
      files.push(file);
      if (file.data.unreadable) continue;
      const parsed = parseProcedure(file);
      if (!parsed) continue;
      const data = toData(parsed.source);
      if (data === undefined || !validateAgainstSchema('procedure', parsed.source, data)) continue;
      const procedure = buildProcedure(parsed.source, data as Valid['data'], parsed.body, folder.folder);
      procedures.push(procedure);
      // A procedure belongs to the Region of its folder; a mismatch is reported by a rule.
      const region = regionId ? corpus.regions.get(regionId) : undefined;
      if (region && !region.procedures.has(procedure.id)) region.procedures.set(procedure.id, procedure);
    }
  }
  return { corpus, definitions, actorLists, procedures, graph: referralGraph(corpus), files, catalogueUsable };
}

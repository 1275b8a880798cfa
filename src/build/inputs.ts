// What a build's outputs are made from, as hashes: the key of each output for the build cache,
// and one fingerprint of everything for "nothing changed".
import type { CorpusFiles } from '../load/files.js';
import { NATIONAL_FOLDER } from '../load/files.js';
import type { OutputMaking } from '../render/plan.js';
import { CorpusDigest, folderDigest, hash, toolDigest } from './digest.js';

export interface BuildInputs {
  corpus: CorpusDigest;
  /** sopbook itself: its code, schemas and dependencies. */
  tool: string;
  /** What every output depends on: sopbook, the templates, the national catalogue and the options. */
  shared: string;
  /** Every input, the date included: equal fingerprints, equal builds and diagnostics. */
  fingerprint: string;
}

/**
 * `shape`: the options that shape outputs (language, edition, Regions…); `request`: those that
 * only choose what is made (PDF or not) or change diagnostics (the date of reviews falling due).
 */
export async function buildInputs(tree: CorpusFiles, templates: string, shape: object, request: object): Promise<BuildInputs> {
  const corpus = new CorpusDigest(tree);
  const tool = await toolDigest();
  const shared = hash(tool, await folderDigest(templates), corpus.of([`${NATIONAL_FOLDER}/`], true), JSON.stringify(shape));
  return { corpus, tool, shared, fingerprint: hash(shared, corpus.all, JSON.stringify(request)) };
}

/** The cache key of an output. */
export const outputKey = (inputs: BuildInputs, made: OutputMaking): string =>
  hash(inputs.shared, inputs.corpus.of(made.sources, made.prose), ...made.pdfs);

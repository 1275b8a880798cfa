// A large build renders its Regions on both cores: a worker thread loads the same corpus again
// (from the texts this thread read, and the parses it just saved in the parse cache), renders
// the outputs it is given and writes them into the same output in the making.
import { VFile } from 'vfile';
import type { CatalogueName, CorpusFiles } from '../load/files.js';
import type { Edition, Lang } from '../model/types.js';
import { WorkerPool } from '../workers/pool.js';

/** The corpus as read, as plain data: a worker must render what this thread checked, not what the files hold a moment later. */
export interface CorpusTexts {
  root: string;
  catalogue: Array<[CatalogueName, FileText]>;
  regions: Array<{ folder: string; regionFile?: FileText; procedures: FileText[] }>;
}

interface FileText {
  path: string;
  text: string;
}

/** Everything the worker needs to make the same site this thread would. */
export interface RenderTask {
  cwd: string;
  corpus: CorpusTexts;
  casesDir: string;
  /** The build cache folder and tool digest of the parse cache to read the parses from. */
  parses?: { cacheDir: string; tool: string };
  site: { lang: Lang; edition: Edition; regions: string[]; templates: string; national: boolean };
  /** The output folder in the making. */
  staging: string;
  paths: string[];
  pdfs: string[];
}

export function corpusTexts(tree: CorpusFiles): CorpusTexts {
  const plain = (file: VFile): FileText => ({ path: file.path, text: String(file.value) });
  return {
    root: tree.root,
    catalogue: [...tree.catalogue].map(([name, file]) => [name, plain(file)]),
    regions: tree.regions.map(({ folder, regionFile, procedures }) => ({ folder, ...(regionFile ? { regionFile: plain(regionFile) } : {}), procedures: procedures.map(plain) })),
  };
}

/** The files again; a build only renders a corpus without errors, so nothing structural is missing. */
export function corpusFiles(texts: CorpusTexts, cwd: string): CorpusFiles {
  const file = ({ path, text }: FileText) => new VFile({ path, cwd, value: text });
  return {
    root: texts.root,
    catalogue: new Map(texts.catalogue.map(([name, plain]) => [name, file(plain)])),
    regions: texts.regions.map(({ folder, regionFile, procedures }) => ({ folder, ...(regionFile ? { regionFile: file(regionFile) } : {}), procedures: procedures.map(file) })),
    structural: [],
  };
}

/** Renders `task.paths` on a worker thread; resolves once they are written. */
export async function renderOnWorker(task: RenderTask): Promise<void> {
  const pool = new WorkerPool<RenderTask, void>(new URL('./render-worker.js', import.meta.url), 1);
  try {
    await pool.run(task);
  } finally {
    await pool.close();
  }
}

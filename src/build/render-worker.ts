// A worker thread that renders some of a large build's HTML outputs (see elsewhere.ts). The
// corpus was checked by the build's thread: it is loaded again here, not checked again.
import path from 'node:path';
import { loadCorpus } from '../load/corpus.js';
import { createSite, renderPaths } from '../render/index.js';
import { serve } from '../workers/pool.js';
import { corpusFiles, type RenderTask } from './elsewhere.js';
import { ParseCache } from './parse-cache.js';
import { published } from './published.js';
import { FolderWriter } from './write.js';

serve(async (task: RenderTask) => {
  const files = corpusFiles(task.corpus, task.cwd);
  const parsed = task.parses ? new ParseCache(task.parses.cacheDir, task.parses.tool) : undefined;
  const loaded = await loadCorpus(path.resolve(task.cwd, files.root), task.cwd, { files, ...(parsed ? { parsed } : {}) });
  const { corpus, graph, cases } = await published(loaded.corpus, { ...task.site, casesDir: task.casesDir, cwd: task.cwd, cases: true });
  const site = await createSite(corpus, graph, { ...task.site, cases });
  for (const pdf of task.pdfs) site.pdfs.add(pdf);
  const output = new FolderWriter(task.staging);
  await renderPaths(site, task.paths, (file, content) => output.write(file, content));
});

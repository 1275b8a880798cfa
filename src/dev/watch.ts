// Watches the corpus, the case studies, the templates and the schemas, and hands over the saves in
// batches: an editor's save can be several events (write, rename, attribute change) within milliseconds.
import path from 'node:path';
import { watch } from 'chokidar';
import { NATIONAL_FOLDER } from '../load/files.js';
import { EVERYTHING, type Changes } from './rebuild.js';

/** What the loader reads; editors' swap and backup files are not. */
const CORPUS_FILE = /(^|[/\\])[^./\\][^/\\]*\.(md|yaml)$/;

export interface WatchOptions {
  /** The corpus folder, absolute. */
  root: string;
  /** The case studies' folder, absolute: its files are reported relative to `root` (`../cases/…`). */
  cases: string;
  templates: string;
  schemas: string;
  /** The output folder: never watched, even inside the corpus, or each build would cause another. */
  out: string;
  /** Milliseconds of quiet before a batch is handed over. */
  settle?: number;
  onChanges(changes: Changes, schemasChanged: boolean): void;
  /** Something was written in a watched folder: changes may be reported once the writing is done. */
  onActivity?(): void;
  /** The file system refused to be watched (too many files for inotify, a folder gone). */
  onError(error: Error): void;
}

export interface Watcher {
  ready: Promise<void>;
  close(): Promise<void>;
}

export function watchSources(options: WatchOptions): Watcher {
  const inside = (folder: string, file: string) => !path.relative(folder, file).startsWith('..');
  const watcher = watch([options.root, options.cases, options.templates, options.schemas], {
    ignoreInitial: true,
    // The corpus may not reach outside its tree (see security/symlink): neither may the watcher.
    followSymlinks: false,
    ignored: (file) => inside(options.out, file),
    // Without it, a save less than ~50 ms after the previous one was not reported at all; with it,
    // a file is reported once its size has held still for 10 ms, so never half-written either.
    awaitWriteFinish: { stabilityThreshold: 10, pollInterval: 5 },
  });
  let pending = new Set<string>();
  let everything = false;
  let schemasChanged = false;
  let timer: NodeJS.Timeout | undefined;

  watcher.on('error', (error) => options.onError(error instanceof Error ? error : new Error(String(error))));
  // Told at once, before a file's size has held still long enough to be reported.
  watcher.on('raw', () => options.onActivity?.());
  watcher.on('all', (event, file) => {
    if (inside(options.schemas, file)) schemasChanged = everything = true;
    else if (inside(options.templates, file)) everything = true;
    // A Region folder that comes or goes changes the landing page, the themes, the national model.
    else if (event.endsWith('Dir')) everything = true;
    else if (!CORPUS_FILE.test(file)) return;
    else {
      const relative = path.relative(options.root, file).split(path.sep).join('/');
      // The national catalogue is read by every page.
      if (relative.startsWith(`${NATIONAL_FOLDER}/`)) everything = true;
      // Only case files: the cases folder holds nothing else the build reads.
      if (!inside(options.cases, file) || file.endsWith('.yaml')) pending.add(relative);
    }
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changes: Changes = everything ? EVERYTHING : pending;
      const schemas = schemasChanged;
      pending = new Set();
      everything = schemasChanged = false;
      options.onChanges(changes, schemas);
    }, options.settle ?? 10);
  });
  return {
    ready: new Promise((resolve) => watcher.once('ready', () => resolve())),
    close: async () => {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}

// Watches the corpus, the templates and the schemas, and hands over the saves in batches: an
// editor's save can be several events (write, rename, attribute change) within milliseconds.
import path from 'node:path';
import { watch } from 'chokidar';
import { NATIONAL_FOLDER } from '../load/files.js';
import { EVERYTHING, type Changes } from './rebuild.js';

export interface WatchOptions {
  /** The corpus folder, absolute. */
  root: string;
  templates: string;
  schemas: string;
  /** Milliseconds of quiet before a batch is handed over. */
  settle?: number;
  onChanges(changes: Changes, schemasChanged: boolean): void;
}

export interface Watcher {
  ready: Promise<void>;
  close(): Promise<void>;
}

export function watchSources(options: WatchOptions): Watcher {
  const watcher = watch([options.root, options.templates, options.schemas], { ignoreInitial: true });
  let pending = new Set<string>();
  let everything = false;
  let schemasChanged = false;
  let timer: NodeJS.Timeout | undefined;
  const inside = (folder: string, file: string) => !path.relative(folder, file).startsWith('..');

  watcher.on('all', (_event, file) => {
    if (inside(options.schemas, file)) schemasChanged = everything = true;
    else if (inside(options.templates, file)) everything = true;
    else {
      const relative = path.relative(options.root, file).split(path.sep).join('/');
      // The national catalogue is read by every page.
      if (relative.startsWith(`${NATIONAL_FOLDER}/`)) everything = true;
      pending.add(relative);
    }
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changes: Changes = everything ? EVERYTHING : pending;
      const schemas = schemasChanged;
      pending = new Set();
      everything = schemasChanged = false;
      options.onChanges(changes, schemas);
    }, options.settle ?? 30);
  });
  return {
    ready: new Promise((resolve) => watcher.once('ready', () => resolve())),
    close: async () => {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}

// `sop dev`: build, serve on localhost, watch, rebuild what a save touches, reload the pages.
import { writeAtomically, writeChanges } from '../build/write.js';
import { formatDiagnostics } from '../cli/format.js';
import { messages } from '../render/i18n/messages.js';
import { DEFAULT_TEMPLATES } from '../render/index.js';
import { reloadSchemas, SCHEMA_DIR } from '../validate/schema.js';
import { DevBuild, EVERYTHING, type Changes, type DevBuildOptions, type RebuildOutcome } from './rebuild.js';
import { startServer, type Failure } from './server.js';
import { watchSources } from './watch.js';

export interface DevOptions extends DevBuildOptions {
  /** The output folder, absolute: kept equal to what is served, so it also opens from disk. */
  out: string;
  host: string;
  port: number;
  /** Told about every build: what a terminal prints, or what a test waits for. */
  onBuild(event: BuildEvent): void;
  /** Something that is not a build went wrong but the session goes on (watching failed). */
  onProblem(message: string): void;
}

export interface BuildEvent {
  outcome: RebuildOutcome;
  /** The corpus files that caused it, or everything (the first build, the catalogue, templates). */
  changes: Changes;
  milliseconds: number;
  /** The diagnostics as `sop check` prints them (empty when there are none). */
  report: string;
}

export interface DevSession {
  url: string;
  close(): Promise<void>;
}

export async function startDev(options: DevOptions): Promise<DevSession> {
  const dev = new DevBuild(options);
  const t = messages[options.lang];
  let failure: Failure | undefined;
  let firstWrite = true;

  const run = async (changes: Changes): Promise<BuildEvent> => {
    const started = performance.now();
    const outcome = await dev.rebuild(changes);
    const report = formatDiagnostics(outcome.check.files, 'pretty', false);
    if (outcome.ok) {
      // The first build replaces whatever dist/ held; later ones touch only what changed.
      if (firstWrite) await writeAtomically(options.out, new Map([...dev.outputs].map(([file, { content }]) => [file, content])));
      else await writeChanges(options.out, outcome.change.written, outcome.change.removed);
      firstWrite = false;
      failure = undefined;
    } else failure = { title: t.devFailed.title, hint: t.devFailed.hint, report };
    return { outcome, changes, milliseconds: performance.now() - started, report };
  };

  const first = await run(EVERYTHING);
  options.onBuild(first);
  const server = await startServer({ host: options.host, port: options.port, outputs: () => dev.outputs, failure: () => failure });

  // One build at a time: saves that arrive during a build are merged into the next one.
  let queue: { changes: Set<string>; everything: boolean } | undefined;
  let building: Promise<void> | undefined;
  const drain = async () => {
    while (queue) {
      const { changes, everything } = queue;
      queue = undefined;
      const event = await run(everything ? EVERYTHING : changes);
      if (event.outcome.ok) server.built([...event.outcome.change.written.keys(), ...event.outcome.change.removed]);
      else server.failed(failure!);
      options.onBuild(event);
    }
    building = undefined;
  };
  const watcher = watchSources({
    root: options.root,
    templates: options.templates ?? DEFAULT_TEMPLATES,
    schemas: SCHEMA_DIR,
    out: options.out,
    onError: (error) => options.onProblem(`Watching the files failed, so saves may not be noticed: ${error.message}. Hint: restart sop dev`),
    onChanges: (changes, schemasChanged) => {
      if (schemasChanged) {
        reloadSchemas();
        dev.forget();
      }
      queue ??= { changes: new Set(), everything: false };
      if (changes === EVERYTHING) queue.everything = true;
      else for (const file of changes) queue.changes.add(file);
      building ??= drain();
    },
  });
  await watcher.ready;
  return {
    url: server.url,
    close: async () => {
      await watcher.close();
      await building;
      await server.close();
    },
  };
}

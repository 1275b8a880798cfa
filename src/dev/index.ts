// `sop dev`: build, serve on localhost, watch, rebuild what a save touches, reload the pages.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { writeAtomically, writeChanges } from '../build/write.js';
import { compactDiagnostics } from '../diagnostic-lines.js';
import { cliMessages } from '../i18n/cli.js';
import { messages } from '../i18n/index.js';
import { defaultCasesDir } from '../load/cases.js';
import { DEFAULT_TEMPLATES, SCHEMA_DIR } from '../paths.js';
import { reloadSchemas } from '../schemas.js';
import { DevBuild, EVERYTHING, type Changes, type DevBuildOptions, type RebuildOutcome } from './rebuild.js';
import { startServer, type DevServer, type Failure } from './server.js';
import { watchSources } from './watch.js';

/** How long a build waits, after the saved pages are served, before it plans the other outputs. */
const PLAN_AFTER_MS = 100;
/**
 * How long after a save the national section may be made in the background: a save waits for the
 * output being made, and the national map takes up to a second.
 */
const NATIONAL_AFTER_MS = 5000;
/** How long a file being written holds the background back, waiting for the watcher to report it. */
const WRITE_SETTLE_MS = 100;

export interface DevOptions extends DevBuildOptions {
  /** The output folder, absolute: what is served, written as each output is made, so it also opens from disk. */
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
  /** PDFs of an earlier `sop build` left in the output folder: sop dev does not update them. */
  keptPdfs: string[];
  close(): Promise<void>;
}

export async function startDev(options: DevOptions): Promise<DevSession> {
  const dev = new DevBuild(options);
  const t = messages[options.lang];
  let failure: Failure | undefined;
  let firstWrite = true;
  // sop dev makes no PDFs (Typst takes seconds a save cannot wait): those of the last `sop build` stay.
  let keptPdfs: string[] = [];
  let server: DevServer | undefined;
  // Saves waiting for the next build: those that arrive during one are merged into the next.
  let queue: { changes: Set<string>; everything: boolean } | undefined;

  /** Writes what was made since the last call into the output folder; returns the files written or removed. */
  const flush = async (round: { written: Set<string>; removed: string[]; rendered: string[] }): Promise<string[]> => {
    const { written, removed, rendered } = dev.take();
    // The first good build replaces whatever the output folder held; later ones touch only what changed.
    if (firstWrite) keptPdfs = await writeAtomically(options.out, dev.contents(), (file) => file.endsWith('.pdf'));
    else await writeChanges(options.out, dev.contents(written), removed);
    firstWrite = false;
    for (const file of written) round.written.add(file);
    round.removed.push(...removed);
    round.rendered.push(...rendered);
    return [...written, ...removed];
  };

  /** When something was last written in a watched folder. */
  let lastWrite = -Infinity;
  /** Resolves when a save comes, or after `ms`. */
  let saveCame: (() => void) | undefined;
  const quiet = (ms: number) => new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    saveCame = () => {
      clearTimeout(timer);
      resolve();
    };
  });

  /**
   * One build: check, and make the saved procedures' pages, so an editor sees the save at once;
   * plan the other outputs and make first what a browser shows; then the rest, one output at a
   * time, until a new save comes (it goes first; what is left stays out of date, and is made
   * when asked for).
   */
  const build = async (changes: Changes): Promise<BuildEvent> => {
    const started = performance.now();
    const updated = await dev.update(changes);
    const report = compactDiagnostics(updated.check.files, false, options.lang);
    if (updated.ok) failure = undefined;
    else {
      failure = { title: t.devFailed.title, hint: t.devFailed.hint, report };
      server?.failed(failure);
    }
    const round = { written: new Set<string>(), removed: [] as string[], rendered: [] as string[] };
    if (!firstWrite) {
      const changed = await flush(round);
      // Sent even when nothing changed: it also takes the diagnostics of a failed build off the pages.
      if (updated.ok || changed.length > 0) server?.built(changed);
      // The plan holds the server for a while: the browser may ask for the saved page first.
      if (updated.ok) await quiet(PLAN_AFTER_MS);
      if (!queue) {
        const open = server?.open() ?? new Set();
        for (const file of dev.stale.filter((output) => open.has(output))) await dev.output(file);
        const made = await flush(round);
        if (made.length > 0) server?.built(made);
      }
    }
    // The first build is written whole: it waits for every output. Later ones stop for a save,
    // or for a file being written that may be one; and the national section, the longest to make
    // and the least looked at, waits until the editor pauses.
    while (!queue || firstWrite) {
      const writing = lastWrite + WRITE_SETTLE_MS - performance.now();
      if (!firstWrite && writing > 0) {
        await quiet(writing);
        continue;
      }
      const national = firstWrite || performance.now() >= started + NATIONAL_AFTER_MS;
      if (await dev.makeNext(national)) {
        // Written as it is made, so that a save does not wait for the writing of many.
        if (!firstWrite) {
          const changed = await flush(round);
          if (changed.length > 0) server?.built(changed);
        }
        await nextTurn();
      } else if (national || dev.stale.length === 0) break;
      else await quiet(started + NATIONAL_AFTER_MS - performance.now());
    }
    if (dev.ready) {
      const changed = await flush(round);
      if (changed.length > 0) server?.built(changed);
    }
    const outcome: RebuildOutcome = updated.ok ? { ok: true, check: updated.check, change: { written: round.written, removed: round.removed }, rendered: round.rendered } : updated;
    return { outcome, changes, milliseconds: performance.now() - started, report };
  };

  options.onBuild(await build(EVERYTHING));
  server = await startServer({ host: options.host, port: options.port, ready: () => dev.ready, output: (file) => dev.output(file), failure: () => failure });

  let building: Promise<void> | undefined;
  const drain = async () => {
    while (queue) {
      const { changes, everything } = queue;
      queue = undefined;
      options.onBuild(await build(everything ? EVERYTHING : changes));
    }
    building = undefined;
  };
  const watcher = watchSources({
    root: options.root,
    cases: defaultCasesDir(options.root),
    templates: options.templates ?? DEFAULT_TEMPLATES,
    schemas: SCHEMA_DIR,
    out: options.out,
    onError: (error) => options.onProblem(cliMessages[options.lang].dev.watchFailed(error.message)),
    onActivity: () => {
      lastWrite = performance.now();
    },
    onChanges: (changes, schemasChanged) => {
      if (schemasChanged) {
        reloadSchemas();
        dev.forget();
      }
      saveCame?.();
      queue ??= { changes: new Set(), everything: false };
      if (changes === EVERYTHING) queue.everything = true;
      else for (const file of changes) queue.changes.add(file);
      building ??= drain();
    },
  });
  await watcher.ready;
  return {
    url: server.url,
    get keptPdfs() {
      return keptPdfs;
    },
    close: async () => {
      await watcher.close();
      await building;
      await server!.close();
    },
  };
}

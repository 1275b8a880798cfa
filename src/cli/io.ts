import { stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { Option } from 'commander';
import { FORMATS } from './format.js';

/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  cwd: string;
  color: boolean;
  out(text: string): void;
  err(text: string): void;
  exitCode: number;
  requireDirectory(dir: string): Promise<void>;
  /** stdin and stdout are terminals: a command may ask for what its flags left out. */
  interactive: boolean;
  /** Asks one question on the terminal; the answer as typed ("" at end of input). */
  ask(question: string): Promise<string>;
  /**
   * How a long task is getting on, as one status line rewritten in place on a terminal;
   * nothing at all when stderr is a file or a CI log. `undefined` clears the line.
   */
  progress(status: string | undefined): void;
}

export class UsageError extends Error {}

export const usageError = (message: string): UsageError => new UsageError(message);

/**
 * The output folder is replaced whole by every build: it may not be, hold or sit inside the
 * corpus, or a build would delete the procedures (or read its own output back as a Region).
 */
export function requireSeparateOutput(cwd: string, corpus: string, out: string): void {
  const [source, target] = [path.resolve(cwd, corpus), path.resolve(cwd, out)];
  const within = (inner: string, outer: string) => !path.relative(outer, inner).startsWith('..') && !path.isAbsolute(path.relative(outer, inner));
  if (within(source, target) || within(target, source)) throw usageError(`--out ${out} would overlap the corpus folder ${corpus}: choose an output folder beside it, such as dist`);
}

export function todayOption(): Option {
  return new Option('--today <date>', 'judge review dates against this day (YYYY-MM-DD) instead of today').argParser((value: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw usageError(`--today takes a date as YYYY-MM-DD, not "${value}"`);
    return value;
  });
}

/** `--lang it|en`; `what` says what the language is of (the interface, the labels…). */
export function langOption(what: string): Option {
  return new Option('--lang <lang>', `language of ${what}`).choices(['it', 'en']).default('it');
}

export function editionOption(): Option {
  return new Option('--edition <edition>', 'public leaves every restricted item out; internal includes them, marked').choices(['public', 'internal']).default('public');
}

/** `--cache-dir` and `--no-cache`; `afresh` says what is done without the cache. */
export function cacheOptions(afresh: string): [Option, Option] {
  return [
    new Option('--cache-dir <dir>', 'where the build cache is kept').default('.sop-cache'),
    new Option('--no-cache', `${afresh}, ignoring (and not updating) the build cache`),
  ];
}

export function formatOption(): Option {
  return new Option('--format <format>', 'output format').choices([...FORMATS]).default('compact');
}

export function createIo(overrides: Partial<Pick<Io, 'cwd' | 'color' | 'out' | 'err' | 'interactive' | 'ask' | 'progress'>> = {}): Io {
  const io: Io = {
    cwd: process.cwd(),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    ask: askTerminal,
    progress: process.stderr.isTTY ? statusLine : () => undefined,
    ...overrides,
    exitCode: 0,
    async requireDirectory(dir) {
      const full = path.resolve(io.cwd, dir);
      const info = await stat(full).catch(() => undefined);
      if (!info?.isDirectory()) throw usageError(`No such folder: ${dir}`);
    },
  };
  return io;
}

function statusLine(status: string | undefined): void {
  // Carriage return and erase-line: the next status or message starts on a clean line.
  process.stderr.write(status === undefined ? '\r\x1b[K' : `\r\x1b[K${status.slice(0, (process.stderr.columns || 80) - 1)}`);
}

async function askTerminal(question: string): Promise<string> {
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  // Ctrl-D closes the interface while the question is pending: treat it as no answer.
  const ended = new Promise<string>((resolve) => terminal.once('close', () => resolve('')));
  // readline swallows Ctrl-C while asking; give it back its usual meaning.
  terminal.once('SIGINT', () => {
    terminal.close();
    process.kill(process.pid, 'SIGINT');
  });
  try {
    return await Promise.race([terminal.question(question), ended]);
  } finally {
    terminal.close();
  }
}

import { stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { Argument, Option } from 'commander';
import { cliMessages, type CliMessages } from '../i18n/cli.js';
import type { Lang } from '../model/types.js';
import { FORMATS } from './format.js';

/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  cwd: string;
  /** The language of every text (`--lang`, `SOP_LANG`), read from the command line before the program is built. */
  lang: Lang;
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

/** Whether the absolute path `inner` is `outer` or lies inside it. */
export function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/**
 * The output folder is replaced whole by every build: it may not be, hold or sit inside the
 * corpus, or a build would delete the procedures (or read its own output back as a Region).
 */
export function requireSeparateOutput(io: Io, corpus: string, out: string): void {
  const [source, target] = [path.resolve(io.cwd, corpus), path.resolve(io.cwd, out)];
  if (isWithin(source, target) || isWithin(target, source)) throw usageError(cliMessages[io.lang].usage.overlap(out, corpus));
}

export function todayOption(t: CliMessages): Option {
  return new Option(`--today <${t.help.value.date}>`, t.options.today).argParser((value: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw usageError(t.usage.badDate('--today', value));
    return value;
  });
}

export function editionOption(t: CliMessages): Option {
  return new Option(`--edition <${t.help.value.edition}>`, t.options.edition).choices(['public', 'internal']).default('public');
}

/** `--cache-dir` and `--no-cache`; `afresh` says what is done without the cache. */
export function cacheOptions(t: CliMessages, afresh: string): [Option, Option] {
  return [
    new Option(`--cache-dir <${t.help.value.folder}>`, t.options.cacheDir).default('.sop-cache'),
    new Option('--no-cache', t.options.noCache(afresh)),
  ];
}

export function formatOption(t: CliMessages, description: string): Option {
  return new Option(`--format <${t.help.value.format}>`, description).choices([...FORMATS]).default('compact');
}

/**
 * Every command names its corpus with `--dir`; check, build and dev also take it as their
 * argument, as they always did.
 */
export const corpusArgument = (t: CliMessages): Argument => new Argument(`[${t.help.value.folder}]`, t.corpus.argument);
/** `inside`: without the option, a command run inside a corpus works on it (corpus-path.ts). */
export const corpusOption = (t: CliMessages, inside = false): Option => new Option(`--dir <${t.help.value.folder}>`, inside ? t.corpus.optionInside : t.corpus.option);

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
    lang: 'it',
    exitCode: 0,
    async requireDirectory(dir) {
      const full = path.resolve(io.cwd, dir);
      const info = await stat(full).catch(() => undefined);
      if (!info?.isDirectory()) throw usageError(cliMessages[io.lang].usage.noSuchFolder(dir));
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

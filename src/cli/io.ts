import { stat } from 'node:fs/promises';
import path from 'node:path';
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
}

export class UsageError extends Error {}

export const usageError = (message: string): UsageError => new UsageError(message);

export function todayOption(): Option {
  return new Option('--today <date>', 'judge review dates against this day (YYYY-MM-DD) instead of today').argParser((value: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw usageError(`--today takes a date as YYYY-MM-DD, not "${value}"`);
    return value;
  });
}

export function formatOption(): Option {
  return new Option('--format <format>', 'output format').choices([...FORMATS]).default('pretty');
}

export function createIo(overrides: Partial<Pick<Io, 'cwd' | 'color' | 'out' | 'err'>> = {}): Io {
  const io: Io = {
    cwd: process.cwd(),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
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

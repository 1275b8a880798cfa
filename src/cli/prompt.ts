import { cliMessages, type CliMessages } from '../i18n/cli.js';
import { usageError, type Io } from './io.js';

/** Returns why `value` is not acceptable, or undefined when it is. */
export type Check = (value: string) => string | undefined;

/**
 * A required value: from its flag; else, on a terminal, asked until the answer is acceptable
 * (an empty answer gives up); else a usage error naming the flag, as CI needs.
 */
export async function required(io: Io, value: string | undefined, flag: string, question: string, check: Check): Promise<string> {
  if (value !== undefined) {
    const problem = check(value.trim());
    if (problem) throw usageError(problem);
    return value.trim();
  }
  const missing = cliMessages[io.lang].new.missing(flag);
  if (!io.interactive) throw usageError(missing);
  for (;;) {
    const answer = (await io.ask(question)).trim();
    if (answer === '') throw usageError(missing);
    const problem = check(answer);
    if (!problem) return answer;
    io.err(`${problem}\n`);
  }
}

/** One line of text: a newline would break the YAML line the value goes on. */
export const oneLine = (t: CliMessages, what: string): Check => (value) => {
  if (value === '') return t.new.empty(what);
  if (/[\u0000-\u001f\u007f]/.test(value)) return t.new.oneLine(what);
  return undefined;
};

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const validId = (t: CliMessages, what: string): Check => (value) => (ID.test(value) ? undefined : t.new.invalidId(value, what));

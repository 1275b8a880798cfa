// Commander in the editor's language: the language is known before the program is built (help
// texts are given at registration), and commander's own words, headings and parse errors are
// put into it through its help and output hooks.
import { Help, type Argument, type Command, type Option } from 'commander';
import type { CliMessages } from '../i18n/cli.js';
import type { Lang } from '../model/types.js';

const LANGS: readonly Lang[] = ['it', 'en'];
const isLang = (value: string | undefined): value is Lang => LANGS.includes(value as Lang);

/**
 * `--lang en` (or `--lang=en`) anywhere before `--`, else `SOP_LANG`, else Italian. A value that
 * is no language is left for commander to refuse.
 */
export function languageOf(args: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  let given: string | undefined;
  for (const [i, arg] of args.entries()) {
    if (arg === '--') break;
    if (arg === '--lang') given = args[i + 1];
    else if (arg.startsWith('--lang=')) given = arg.slice('--lang='.length);
  }
  if (isLang(given)) return given;
  return isLang(env.SOP_LANG) ? env.SOP_LANG : 'it';
}

/** Help as commander lays it out, in `t`'s words. */
export function localHelp(t: CliMessages): Partial<Help> {
  const base = new Help();
  const usageWords = (usage: string) => usage.replace(/\[options\]/g, t.help.options).replace(/\[command\]/g, t.help.command);
  const extra = (description: string, parts: string[]) => (parts.length === 0 ? description : `${description} (${parts.join('; ')})`);
  return {
    showGlobalOptions: true,
    styleTitle: (title: string) => t.help.titles[title] ?? title,
    commandUsage: (cmd: Command) => usageWords(base.commandUsage(cmd)),
    subcommandTerm: (cmd: Command) => usageWords(base.subcommandTerm(cmd)),
    optionDescription: (option: Option) => {
      const parts = option.argChoices ? [t.help.choices(option.argChoices.join(', '))] : [];
      // A switch's default (true, false) says nothing an editor needs.
      if (option.defaultValue !== undefined && (option.required || option.optional)) parts.push(t.help.default(option.defaultValueDescription ?? String(option.defaultValue)));
      return extra(option.description, parts);
    },
    argumentDescription: (argument: Argument) => {
      const parts = argument.argChoices ? [t.help.choices(argument.argChoices.join(', '))] : [];
      if (argument.defaultValue !== undefined) parts.push(t.help.default(argument.defaultValueDescription ?? String(argument.defaultValue)));
      return extra(argument.description, parts);
    },
  };
}

/**
 * Commander composes its parse errors in English; each known shape is said again in `t`'s words,
 * as `sop: …` like every other usage error. An unknown shape passes as commander wrote it.
 */
export function localError(message: string, t: CliMessages): string {
  const [first = '', ...rest] = message.trimEnd().split('\n');
  const shapes: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
    [/^error: unknown option '(.+)'$/, (m) => t.errors.unknownOption(m[1]!)],
    [/^error: unknown command '(.+)'$/, (m) => t.errors.unknownCommand(m[1]!)],
    [/^error: missing required argument '(.+)'$/, (m) => t.errors.missingArgument(m[1]!)],
    [/^error: option '(.+)' argument missing$/, (m) => t.errors.optionMissingArgument(longFlag(m[1]!))],
    [/^error: too many arguments(?: for '.+')?\. Expected (\d+) arguments? but got (\d+)\.$/, (m) => t.errors.tooManyArguments(Number(m[1]), Number(m[2]))],
    [/^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/, (m) => t.errors.invalidChoice(longFlag(m[1]!), m[2]!, m[3]!)],
  ];
  const said = shapes.map(([shape, say]) => first.match(shape) && say(first.match(shape)!)).find(Boolean) ?? first.replace(/^error: /, '');
  const suggestion = rest.join(' ').match(/^\(Did you mean (?:one of )?(.+)\?\)$/);
  return `sop: ${said}${suggestion ? ` ${t.errors.didYouMean(suggestion[1]!)}` : rest.length > 0 ? `\n${rest.join('\n')}` : ''}\n`;
}

/** `--format <formato>` → `--format`. */
const longFlag = (flags: string): string => flags.split(/[ ,|]+/).find((part) => part.startsWith('--')) ?? flags;

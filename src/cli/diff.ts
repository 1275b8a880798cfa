import path from 'node:path';
import { Option, type Command } from 'commander';
import { GitProblem, openRepository, resolveCommit, type Repository } from '../diff/git.js';
import type { Version } from '../diff/index.js';
import type { LoadedVersion } from '../diff/load.js';
import { diffWords, gitWords, type DiffWords } from '../diff/messages.js';
import { cliMessages } from '../i18n/cli.js';
import type { Edition } from '../model/types.js';
import { corpusFolder } from './corpus-path.js';
import { localize } from '../diagnostics.js';
import { toJson } from '../diagnostic-lines.js';
import { corpusOption, editionOption, usageError, type Io } from './io.js';

interface DiffOptions {
  dir?: string;
  format: 'text' | 'json';
  edition: Edition;
  exitCode?: boolean;
}

export function registerDiff(program: Command, io: Io): void {
  const ui = cliMessages[io.lang];
  program
    .command('diff')
    .description(ui.diff.description)
    .argument(`<${ui.help.value.from}>`, ui.diff.from)
    .argument(`[${ui.help.value.to}]`, ui.diff.to)
    .addOption(corpusOption(ui, true))
    .addOption(new Option(`--format <${ui.help.value.format}>`, ui.diff.format).choices(['text', 'json']).default('text'))
    .addOption(editionOption(ui))
    .option('--exit-code', ui.diff.exitCode)
    .action(async (from: string, to: string | undefined, options: DiffOptions) => {
      const t = diffWords(io.lang);
      const dir = await corpusFolder(io, undefined, options.dir, 'around');
      const [{ diffCorpora }, { versionFor }, { loadCommit, loadWorkingTree }, { diffText, versionLabel }, { words }] = await Promise.all([
        import('../diff/index.js'), import('../diff/edition.js'), import('../diff/load.js'), import('../diff/text.js'), import('../diff/words.js'),
      ]);
      // With one ref the working tree is the new version, so its folder must exist.
      if (to === undefined) await io.requireDirectory(dir);
      const { repo, before, after } = await gitProblemsAsUsage(io, async () => {
        const repo = await openRepository(path.resolve(io.cwd, dir), dir);
        const fromCommit = await resolveCommit(repo, from);
        const target = to === undefined ? undefined : { ref: to, commit: await resolveCommit(repo, to) };
        const before = await loadCommit(repo, from, fromCommit, io.cwd);
        const after = target ? await loadCommit(repo, target.ref, target.commit, io.cwd) : await loadWorkingTree(dir, io.cwd);
        return { repo, before, after };
      });
      for (const loaded of [before, after]) {
        localize(loaded.result.files, io.lang);
        warnAboutLoading(loaded, versionLabel(loaded.version.info, t), repo, t, io);
      }
      const [old, now] = [before, after].map(({ version }) => versionFor(version, options.edition, t.internalUse)) as [Version, Version];
      const diff = diffCorpora(repo.dir, options.edition, old, now);
      io.out(options.format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : diffText(diff, words(old.corpus, now.corpus, t)));
      if (options.exitCode) io.exitCode = diff.procedures.length + diff.regions.length + diff.catalogue.length > 0 ? 1 : 0;
    });
}

async function gitProblemsAsUsage<T>(io: Io, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof GitProblem) throw usageError(error.say(gitWords[io.lang]));
    throw error;
  }
}

/** A version with errors is still compared as far as it loads; stderr says so and lists the errors. */
function warnAboutLoading(loaded: LoadedVersion, label: string, repo: Repository, t: DiffWords, io: Io): void {
  if (loaded.missing) {
    io.err(`sop: ${t.diff.missingDir(repo.dir === '' ? '.' : repo.dir, label)}\n`);
    return;
  }
  const errors = toJson(loaded.result.files).filter((d) => d.severity === 'error');
  if (errors.length === 0) return;
  io.err(`sop: ${t.diff.loadErrors(label, errors.length)}\n${errors.map((d) => `  ${d.file}:${d.line}:${d.column}  ${d.message}  ${d.ruleId}\n`).join('')}`);
}

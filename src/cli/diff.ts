import path from 'node:path';
import { Option, type Command } from 'commander';
import { GitProblem, openRepository, resolveCommit, type Repository } from '../diff/git.js';
import type { Version } from '../diff/index.js';
import type { LoadedVersion } from '../diff/load.js';
import { diffWords, type DiffWords } from '../diff/messages.js';
import { toJson } from './format.js';
import type { Edition } from '../model/types.js';
import { editionOption, langOption, usageError, type Io } from './io.js';

interface DiffOptions {
  dir: string;
  format: 'text' | 'json';
  lang: 'it' | 'en';
  edition: Edition;
  exitCode?: boolean;
}

export function registerDiff(program: Command, io: Io): void {
  program
    .command('diff')
    .description('what changed in each procedure between two git versions, or a version and the working tree')
    .argument('<from>', 'git ref of the old version (branch, tag, commit)')
    .argument('[to]', 'git ref of the new version; default: the working tree')
    .option('--dir <dir>', 'corpus folder', 'procedures')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(langOption('the text'))
    .addOption(editionOption())
    .option('--exit-code', 'exit with 1 when something changed, 0 when nothing did (as git diff --exit-code)')
    .action(async (from: string, to: string | undefined, options: DiffOptions) => {
      const t = diffWords(options.lang);
      const [{ diffCorpora }, { versionFor }, { loadCommit, loadWorkingTree }, { diffText, versionLabel }, { words }] = await Promise.all([
        import('../diff/index.js'), import('../diff/edition.js'), import('../diff/load.js'), import('../diff/text.js'), import('../diff/words.js'),
      ]);
      // With one ref the working tree is the new version, so its folder must exist.
      if (to === undefined) await io.requireDirectory(options.dir);
      const { repo, before, after } = await gitProblemsAsUsage(async () => {
        const repo = await openRepository(path.resolve(io.cwd, options.dir), options.dir);
        const fromCommit = await resolveCommit(repo, from);
        const target = to === undefined ? undefined : { ref: to, commit: await resolveCommit(repo, to) };
        const before = await loadCommit(repo, from, fromCommit, io.cwd);
        const after = target ? await loadCommit(repo, target.ref, target.commit, io.cwd) : await loadWorkingTree(options.dir, io.cwd);
        return { repo, before, after };
      });
      for (const loaded of [before, after]) warnAboutLoading(loaded, versionLabel(loaded.version.info, t), repo, t, io);
      const [old, now] = [before, after].map(({ version }) => versionFor(version, options.edition, t.internalUse)) as [Version, Version];
      const diff = diffCorpora(repo.dir, options.edition, old, now);
      io.out(options.format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : diffText(diff, words(old.corpus, now.corpus, t)));
      if (options.exitCode) io.exitCode = diff.procedures.length + diff.regions.length + diff.catalogue.length > 0 ? 1 : 0;
    });
}

async function gitProblemsAsUsage<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof GitProblem) throw usageError(error.message);
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

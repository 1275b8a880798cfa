import path from 'node:path';
import { Option, type Command } from 'commander';
import { GitProblem, openRepository, resolveCommit, type Repository } from '../diff/git.js';
import type { LoadedVersion } from '../diff/load.js';
import { diffWords, type DiffWords } from '../diff/messages.js';
import { localize } from '../diagnostics.js';
import { toJson } from './format.js';
import { langOption, usageError, type Io } from './io.js';

interface DiffOptions {
  dir: string;
  format: 'text' | 'json';
  lang: 'it' | 'en';
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
    .action(async (from: string, to: string | undefined, options: DiffOptions) => {
      const t = diffWords(options.lang);
      const [{ diffCorpora }, { loadCommit, loadWorkingTree }, { diffText, versionLabel }, { words }] = await Promise.all([
        import('../diff/index.js'), import('../diff/load.js'), import('../diff/text.js'), import('../diff/words.js'),
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
      for (const loaded of [before, after]) {
        localize(loaded.result.files, options.lang);
        warnAboutLoading(loaded, versionLabel(loaded.version.info, t), repo, t, io);
      }
      const diff = diffCorpora(repo.dir, before.version, after.version);
      io.out(options.format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : diffText(diff, words(before.version.corpus, after.version.corpus, t)));
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

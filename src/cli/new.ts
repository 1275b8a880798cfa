import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { cliMessages, type CliMessages } from '../i18n/cli.js';
import type { Region } from '../model/types.js';
import { schemaFor, schemaModeline } from '../scaffold/schemas.js';
import { slugify, uniqueId } from '../scaffold/slug.js';
import { createFile } from '../scaffold/write.js';
import { corpusFolder } from './corpus-path.js';
import { corpusOption, usageError, type Io } from './io.js';
import { oneLine, required, validId } from './prompt.js';

interface ProcedureOptions {
  region?: string;
  title?: string;
  id?: string;
  reviewBy?: string;
  dir?: string;
}

export function registerNew(program: Command, io: Io): void {
  const t = cliMessages[io.lang];
  const { value } = t.help;
  const command = program.command('new').description(t.new.description);
  command
    .command('procedure')
    .description(t.new.procedure)
    .option(`--region <${value.id}>`, t.new.region)
    .option(`--title <${value.title}>`, t.new.title)
    .option(`--id <${value.id}>`, t.new.id)
    .addOption(new Option(`--review-by <${value.date}>`, t.new.reviewBy).argParser((date: string) => isoDate(t, date)))
    .addOption(corpusOption(t, true))
    .action((options: ProcedureOptions) => newProcedure(io, t, options));
  command
    .command('region')
    .description(t.new.regionDescription)
    .argument(`[${value.id}]`, t.new.regionId)
    .option(`--name <${value.name}>`, t.new.regionName)
    .addOption(corpusOption(t, true))
    .action((id: string | undefined, options: { name?: string; dir?: string }) => newRegion(io, t, id, options));
}

function isoDate(t: CliMessages, value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw usageError(t.usage.badDate('--review-by', value));
  return value;
}

async function newProcedure(io: Io, t: CliMessages, options: ProcedureOptions): Promise<void> {
  const dir = await corpusFolder(io, undefined, options.dir, 'around');
  await io.requireDirectory(dir);
  const root = path.resolve(io.cwd, dir);
  const [{ loadCorpus }, { defaultReviewBy, procedureText }] = await Promise.all([import('../load/corpus.js'), import('../scaffold/procedure.js')]);
  const { corpus } = await loadCorpus(root, io.cwd);
  const known = [...corpus.regions.values()].map((region) => `${region.folder} (${region.name})`).join(', ');
  if (options.region === undefined && io.interactive) io.out(t.new.knownRegions(known || t.new.none));
  const regionId = await required(io, options.region, '--region', t.new.askRegion, (id) =>
    corpus.regions.has(id) || corpus.unloaded.has(id) ? undefined : t.new.unknownRegion(id, known || t.new.none));
  const region = corpus.regions.get(regionId);
  if (!region) return fail(io, t.new.unloadedRegion(regionId));
  const title = await required(io, options.title, '--title', t.new.askTitle, oneLine(t, t.new.theTitle));
  const folder = path.join(root, region.folder);
  const taken = await proceduresOf(folder, region);
  const id = options.id === undefined ? derivedId(t, title, taken) : givenId(t, options.id);
  const file = path.join(folder, `${id}.md`);
  const other = taken.get(id);
  if (other && other !== file) return fail(io, t.new.idTaken(id, path.relative(io.cwd, other)));
  const text = await procedureText({
    id, title, region, catalogue: corpus.catalogue,
    reviewBy: options.reviewBy ?? defaultReviewBy(new Date().toISOString().slice(0, 10)),
    modeline: schemaModeline(file, await schemaFor(root, 'procedure')),
  });
  await write(io, t, file, text);
}

function derivedId(t: CliMessages, title: string, taken: ReadonlyMap<string, string>): string {
  const base = slugify(title);
  if (base === '') throw usageError(t.new.noId(title));
  return uniqueId(base, new Set(taken.keys()));
}

function givenId(t: CliMessages, id: string): string {
  const problem = validId(t, t.new.procedureId)(id);
  if (problem) throw usageError(problem);
  return id;
}

/** Procedure ids of the Region and the files that hold them, including files that do not load. */
async function proceduresOf(folder: string, region: Region): Promise<Map<string, string>> {
  const taken = new Map<string, string>();
  for (const name of await readdir(folder)) if (name.endsWith('.md')) taken.set(name.slice(0, -3), path.join(folder, name));
  for (const procedure of region.procedures.values()) {
    if (!taken.has(procedure.id)) taken.set(procedure.id, path.resolve(procedure.origin.source.file.cwd, procedure.origin.source.file.path));
  }
  return taken;
}

async function newRegion(io: Io, t: CliMessages, idArgument: string | undefined, options: { name?: string; dir?: string }): Promise<void> {
  const dir = await corpusFolder(io, undefined, options.dir, 'around');
  await io.requireDirectory(dir);
  const root = path.resolve(io.cwd, dir);
  const id = await required(io, idArgument, `<${t.help.value.id}>`, t.new.askRegionId, validId(t, t.new.regionIdWhat));
  const name = await required(io, options.name, '--name', t.new.askRegionName, oneLine(t, t.new.theName));
  const file = path.join(root, id, 'region.yaml');
  const { regionText } = await import('../scaffold/region.js');
  await write(io, t, file, await regionText({ id, name, modeline: schemaModeline(file, await schemaFor(root, 'region')) }));
}

async function write(io: Io, t: CliMessages, file: string, text: string): Promise<void> {
  const shown = path.relative(io.cwd, file);
  if (!(await createFile(file, text))) return fail(io, t.new.exists(shown));
  io.out(`${shown}\n`);
}

function fail(io: Io, message: string): void {
  io.err(`sop: ${message}\n`);
  io.exitCode = 1;
}

import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { Option, type Command } from 'commander';
import type { Region } from '../model/types.js';
import { schemaFor, schemaModeline } from '../scaffold/schemas.js';
import { slugify, uniqueId } from '../scaffold/slug.js';
import { createFile } from '../scaffold/write.js';
import { usageError, type Io } from './io.js';
import { oneLine, required, validId } from './prompt.js';

interface ProcedureOptions {
  region?: string;
  title?: string;
  id?: string;
  reviewBy?: string;
  dir: string;
}

export function registerNew(program: Command, io: Io): void {
  const command = program.command('new').description('create a draft procedure or Region that passes sop check (in a terminal, asks for what is missing)');
  command
    .command('procedure')
    .description('create procedures/<region>/<id>.md: a draft that passes sop check')
    .option('--region <id>', 'the Region')
    .option('--title <title>', 'the title; the id is derived from it')
    .option('--id <id>', 'the procedure id instead of one derived from the title')
    .addOption(new Option('--review-by <date>', 'review-by date (YYYY-MM-DD); default: a year from today').argParser(isoDate))
    .option('--dir <dir>', 'corpus folder', 'procedures')
    .action((options: ProcedureOptions) => newProcedure(io, options));
  command
    .command('region')
    .description('create procedures/<id>/region.yaml: a Region that passes sop check')
    .argument('[id]', 'the Region id (its folder name)')
    .option('--name <name>', "the Region's display name")
    .option('--dir <dir>', 'corpus folder', 'procedures')
    .action((id: string | undefined, options: { name?: string; dir: string }) => newRegion(io, id, options));
}

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw usageError(`--review-by takes a date as YYYY-MM-DD, not "${value}"`);
  return value;
}

async function newProcedure(io: Io, options: ProcedureOptions): Promise<void> {
  await io.requireDirectory(options.dir);
  const root = path.resolve(io.cwd, options.dir);
  const [{ loadCorpus }, { defaultReviewBy, procedureText }] = await Promise.all([import('../load/corpus.js'), import('../scaffold/procedure.js')]);
  const { corpus } = await loadCorpus(root, io.cwd);
  const known = [...corpus.regions.values()].map((region) => `${region.folder} (${region.name})`).join(', ');
  if (options.region === undefined && io.interactive) io.out(`Regioni / Regions: ${known || 'none'}\n`);
  const regionId = await required(io, options.region, '--region', 'Regione / Region: ', (id) =>
    corpus.regions.has(id) || corpus.unloaded.has(id) ? undefined : `Unknown Region "${id}": known Regions are ${known || 'none'}`);
  const region = corpus.regions.get(regionId);
  if (!region) return fail(io, `Region "${regionId}" cannot be loaded: fix its region.yaml first (sop check)`);
  const title = await required(io, options.title, '--title', 'Titolo / Title: ', oneLine('The title'));
  const folder = path.join(root, region.folder);
  const taken = await proceduresOf(folder, region);
  const id = options.id === undefined ? derivedId(title, taken) : givenId(options.id);
  const file = path.join(folder, `${id}.md`);
  const other = taken.get(id);
  if (other && other !== file) return fail(io, `Procedure id "${id}" is already used by ${path.relative(io.cwd, other)}: nothing was written`);
  const text = await procedureText({
    id, title, region, catalogue: corpus.catalogue,
    reviewBy: options.reviewBy ?? defaultReviewBy(new Date().toISOString().slice(0, 10)),
    modeline: schemaModeline(file, await schemaFor(root, 'procedure')),
  });
  await write(io, file, text);
}

function derivedId(title: string, taken: ReadonlyMap<string, string>): string {
  const base = slugify(title);
  if (base === '') throw usageError(`cannot derive an id from the title "${title}": give one with --id`);
  return uniqueId(base, new Set(taken.keys()));
}

function givenId(id: string): string {
  const problem = validId('procedure id')(id);
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

async function newRegion(io: Io, idArgument: string | undefined, options: { name?: string; dir: string }): Promise<void> {
  await io.requireDirectory(options.dir);
  const root = path.resolve(io.cwd, options.dir);
  const id = await required(io, idArgument, '<id>', 'Id della Regione (nome della cartella) / Region id (folder name): ', validId('Region id'));
  const name = await required(io, options.name, '--name', 'Nome della Regione / Region name: ', oneLine('The name'));
  const file = path.join(root, id, 'region.yaml');
  const { regionText } = await import('../scaffold/region.js');
  await write(io, file, await regionText({ id, name, modeline: schemaModeline(file, await schemaFor(root, 'region')) }));
}

async function write(io: Io, file: string, text: string): Promise<void> {
  const shown = path.relative(io.cwd, file);
  if (!(await createFile(file, text))) return fail(io, `${shown} already exists: it was left untouched`);
  io.out(`${shown}\n`);
}

function fail(io: Io, message: string): void {
  io.err(`sop: ${message}\n`);
  io.exitCode = 1;
}

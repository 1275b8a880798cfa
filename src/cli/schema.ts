import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { isSchemaName, SCHEMA_NAMES, schemaFile } from '../scaffold/schemas.js';
import { SCHEMA_DIR } from '../paths.js';
import { usageError, type Io } from './io.js';

export function registerSchema(program: Command, io: Io): void {
  program
    .command('schema')
    .description('print a JSON Schema, or write them to a folder for editors (VS Code YAML extension)')
    .argument('[name]', SCHEMA_NAMES.join(', '))
    .option('--out <dir>', 'write the schemas (all, or the one named) into this folder')
    .action(async (name: string | undefined, options: { out?: string }) => {
      if (name !== undefined && !isSchemaName(name)) throw usageError(`Unknown schema "${name}": one of ${SCHEMA_NAMES.join(', ')}`);
      if (options.out === undefined) {
        if (name === undefined) throw usageError(`name a schema (${SCHEMA_NAMES.join(', ')}) or write them all with --out <dir>`);
        io.out(await readFile(path.join(SCHEMA_DIR, schemaFile(name)), 'utf8'));
        return;
      }
      const out = path.resolve(io.cwd, options.out);
      await mkdir(out, { recursive: true });
      // Copies, not links: the editors' repository must not depend on where sopbook is installed.
      for (const schema of name === undefined ? SCHEMA_NAMES : [name]) {
        await copyFile(path.join(SCHEMA_DIR, schemaFile(schema)), path.join(out, schemaFile(schema)));
        io.out(`${path.relative(io.cwd, path.join(out, schemaFile(schema)))}\n`);
      }
    });
}

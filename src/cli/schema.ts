import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { isSchemaName, SCHEMA_NAMES, schemaFile } from '../scaffold/schemas.js';
import { SCHEMA_DIR } from '../paths.js';
import { cliMessages } from '../i18n/cli.js';
import { usageError, type Io } from './io.js';

export function registerSchema(program: Command, io: Io): void {
  const t = cliMessages[io.lang];
  const names = SCHEMA_NAMES.join(', ');
  program
    .command('schema')
    .description(t.schema.description)
    .argument(`[${t.help.value.name}]`, t.schema.name(names))
    .option(`--out <${t.help.value.folder}>`, t.schema.out)
    .action(async (name: string | undefined, options: { out?: string }) => {
      if (name !== undefined && !isSchemaName(name)) throw usageError(t.schema.unknown(name, names));
      if (options.out === undefined) {
        if (name === undefined) throw usageError(t.schema.nameOne(names));
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

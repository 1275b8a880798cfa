// Reads the case files (`cases/*.yaml`, beside the corpus folder) into the model; each file that
// cannot be read or does not match schemas/case.schema.json gets its diagnostics and is left out.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import { buildCase } from '../model/cases.js';
import type { RawCase } from '../model/raw/case.generated.js';
import type { Case } from '../model/types.js';
import { validateAgainstSchema } from '../validate/schema.js';
import { readVFile } from './files.js';
import { readYaml } from './yaml.js';

export interface LoadedCases {
  cases: Case[];
  /** Every case file, with the diagnostics of those that could not be loaded. */
  files: VFile[];
}

/** The default place of the case files: `cases/` beside the corpus folder. */
export const defaultCasesDir = (corpus: string): string => path.join(path.dirname(path.resolve(corpus)), 'cases');

export async function loadCases(dir: string, cwd = process.cwd()): Promise<LoadedCases> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  // Sorted so that output never depends on the file system's order; links are never followed.
  const names = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.yaml')).map((entry) => entry.name).sort();
  const files = await Promise.all(names.map((name) => readVFile(path.join(dir, name), cwd)));
  const cases: Case[] = [];
  for (const file of files) {
    if (file.data.unreadable) continue;
    const read = readYaml(file, String(file.value), 0);
    if (read && validateAgainstSchema('case', read.source, read.data)) cases.push(buildCase(read.source, read.data as RawCase));
  }
  return { cases, files };
}

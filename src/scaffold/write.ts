import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a new file and never replaces one: `wx` fails if the file appears between any check
 * and the write. Returns false when the file already exists.
 */
export async function createFile(file: string, text: string): Promise<boolean> {
  await mkdir(path.dirname(file), { recursive: true });
  try {
    await writeFile(file, text, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

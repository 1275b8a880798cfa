// Which files the server serves: those of a corpus inside the editor's workspace folders, and
// nothing else. A document anywhere else is never read, checked or completed.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { NATIONAL_FOLDER, REGION_FILE } from '../load/files.js';

/** What a file is to the corpus, by where it sits. */
export type CorpusFile =
  | { kind: 'procedure'; root: string; folder: string }
  | { kind: 'region'; root: string; folder: string }
  | { kind: 'catalogue'; root: string; name: string };

const isFolder = (dir: string) => stat(dir).then((info) => info.isDirectory(), () => false);

/**
 * The corpus of a workspace folder: the folder itself when it holds the national catalogue,
 * or its `procedures/` (the layout `sop new` and the README use).
 */
export async function corpusRootOf(workspaceFolder: string): Promise<string | undefined> {
  for (const candidate of [workspaceFolder, path.join(workspaceFolder, 'procedures')]) {
    if (await isFolder(path.join(candidate, NATIONAL_FOLDER))) return candidate;
  }
  return undefined;
}

/** The corpus file at `filePath` among `roots`; undefined for any other file. */
export function corpusFile(roots: readonly string[], filePath: string): CorpusFile | undefined {
  const file = path.resolve(filePath);
  for (const root of roots) {
    const parts = path.relative(root, file).split(path.sep);
    if (parts.length !== 2 || parts[0] === '..' || path.isAbsolute(parts[0]!)) continue;
    const [folder, name] = parts as [string, string];
    if (folder.startsWith('.')) continue;
    if (folder === NATIONAL_FOLDER) {
      if (name.endsWith('.yaml')) return { kind: 'catalogue', root, name: name.slice(0, -'.yaml'.length) };
    } else if (name === REGION_FILE) return { kind: 'region', root, folder };
    else if (name.endsWith('.md')) return { kind: 'procedure', root, folder };
  }
  return undefined;
}

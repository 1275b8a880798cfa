// Test corpora are real files: a fixture folder copied to a temporary directory, with the
// faults a test needs injected into the copy.
import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toJson } from '../src/diagnostic-lines.js';
import { check } from '../src/index.js';
import type { Lang } from '../src/model/types.js';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const REPO = fileURLToPath(new URL('../', import.meta.url));
/** Fixed "today" so review-date rules do not depend on the clock. */
export const TODAY = '2026-01-01';

export type Mutation =
  | { file: string; replace: string; with: string }
  | { file: string; write: string | Buffer }
  | { file: string; copyOf: string }
  | { file: string; remove: true };

export async function copyFixture(name: string, mutations: Mutation[] = []): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sop-test-'));
  await cp(path.join(FIXTURES, name), dir, { recursive: true });
  for (const mutation of mutations) {
    const file = path.join(dir, mutation.file);
    if ('remove' in mutation) await rm(file);
    else if ('copyOf' in mutation) await cp(path.join(dir, mutation.copyOf), file);
    else if ('write' in mutation) await writeFile(file, mutation.write);
    else {
      const text = await readFile(file, 'utf8');
      const count = text.split(mutation.replace).length - 1;
      // A fault that no longer applies would make the test pass for the wrong reason.
      if (count !== 1) throw new Error(`"${mutation.replace}" occurs ${count} times in ${mutation.file}, expected once`);
      // A function, so that `$` in the new text is literal (`$\`` would insert the text before the match).
      await writeFile(file, text.replace(mutation.replace, () => mutation.with));
    }
  }
  return dir;
}

/**
 * A project laid out as on a working group's machine: the fixture as `procedures/` inside a
 * temporary root, so `dist/` and `templates/` can sit beside it. Returns the root.
 */
export async function copyProject(name: string, mutations: Mutation[] = []): Promise<string> {
  const corpus = await copyFixture(name, mutations);
  const root = await mkdtemp(path.join(tmpdir(), 'sop-project-'));
  await rename(corpus, path.join(root, 'procedures'));
  return root;
}

/** Diagnostics of the corpus in `dir`, as `file:line:column severity message ruleId` lines, in `lang` (Italian by default, as `sop check`). */
export async function diagnose(dir: string, lang: Lang = 'it'): Promise<string[]> {
  const result = await check('.', { cwd: dir, today: TODAY, lang });
  return toJson(result.files).map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message} ${d.ruleId}`);
}

/** A restricted procedure whose title carries a sentinel: no public output may contain it. */
export const RESTRICTED_PROCEDURE = `---
id: riservata
title: Procedura SENTINELLA-PROCEDURA
region: alfa
version: 0.1.0
status: draft
restricted: true
review_by: 2030-01-10
population: [adults]
stages: [prima-assistenza]
roles: [ente-antitratta]
steps:
  - id: casa-protetta
    stage: prima-assistenza
    actor: ente-antitratta
    action: Indirizzo della casa protetta.
    action_kind: protected-reception
    terminal: true
---

Testo riservato.
`;

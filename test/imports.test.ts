// The pipeline reads one way: no module of src/ reaches itself again through the imports and
// re-exports it runs (type-only imports are erased, and the library API's facade in index.ts
// names the types that build/ uses).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';
import { REPO } from './helpers.js';
import { outputFiles } from './html.js';

it('has no import cycle in src/', async () => {
  const src = path.join(REPO, 'src');
  const files = (await outputFiles(src)).filter((file) => file.endsWith('.ts'));
  const imports = new Map<string, string[]>();
  for (const file of files) {
    const source = ts.createSourceFile(file, await readFile(path.join(src, file), 'utf8'), ts.ScriptTarget.Latest);
    const local = source.statements.flatMap((statement) => {
      const runs = (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) || (ts.isExportDeclaration(statement) && !statement.isTypeOnly);
      const from = runs ? (statement as ts.ImportDeclaration | ts.ExportDeclaration).moduleSpecifier : undefined;
      return from && ts.isStringLiteral(from) && from.text.startsWith('.') ? [from.text] : [];
    });
    imports.set(file, local.map((name) => path.posix.join(path.posix.dirname(file), name).replace(/\.js$/, '.ts')));
  }
  expect(imports.size).toBeGreaterThan(50);
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    trail.push(file);
    for (const next of imports.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...trail.slice(trail.indexOf(next)), next].join(' → '));
      else if (!state.has(next) && imports.has(next)) visit(next);
    }
    trail.pop();
    state.set(file, 'done');
  };
  for (const file of imports.keys()) if (!state.has(file)) visit(file);
  expect(cycles).toEqual([]);
});

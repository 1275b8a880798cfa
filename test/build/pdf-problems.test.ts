// A typesetting problem is found after the check, when the checked model is gone: it must still
// land on the file an editor opens to fix it.
import path from 'node:path';
import { expect, it } from 'vitest';
import { reportPdfProblems, sourceFiles } from '../../src/build/pdf-problems.js';
import { check } from '../../src/index.js';
import { FIXTURES } from '../helpers.js';

it('reports each problem on its procedure, its Region or the national handbook', async () => {
  const { loaded } = await check(path.join(FIXTURES, 'base'), { today: '2026-01-01' });
  const sources = sourceFiles(loaded.corpus);
  const extra = reportPdfProblems(sources, [
    { severity: 'error', region: 'alfa', procedure: 'adulti', message: 'label `<x>` does not exist' },
    { severity: 'warning', region: 'beta', message: 'no alt text' },
    { severity: 'error', region: '', message: 'out of memory' },
  ], 'dist', []);
  expect(extra).toMatchObject({ errors: 2, warnings: 1 });
  const said = (file: string) => sources.get(file)!.messages.map((m) => [path.basename(m.file ?? ''), m.ruleId, m.fatal, m.reason]);
  expect(said('alfa/adulti')).toEqual([['adulti.md', 'pdf/typeset', true, 'Impaginazione del PDF non riuscita (label `<x>` does not exist)']]);
  expect(said('beta')).toEqual([['region.yaml', 'pdf/not-ua', false, 'Il PDF non è pienamente accessibile (no alt text)']]);
  expect(said('alfa')).toEqual([]);
  expect(extra.files.map((file) => [file.path, file.messages.map((m) => m.ruleId)])).toEqual([[path.join('dist', 'national', 'national-model.pdf'), ['pdf/typeset']]]);
});

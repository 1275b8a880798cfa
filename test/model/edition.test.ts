// A build checks the corpus, makes its edition and lets the checked corpus go before rendering:
// nothing in the edition may keep the checked procedures alive (5,000 of them at a time).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { check } from '../../src/index.js';
import { forEdition } from '../../src/model/edition.js';
import type { Corpus, Procedure } from '../../src/model/types.js';
import { REPO } from '../helpers.js';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

async function editionAlone(): Promise<{ edition: Corpus; checked: Array<WeakRef<Procedure>> }> {
  const { loaded, errors } = await check('procedures', { cwd: REPO, today: '2026-06-01' });
  expect(errors).toBe(0);
  const { corpus } = forEdition(loaded.corpus, 'public', 'Uso interno');
  const checked = [...loaded.corpus.regions.values()].flatMap((region) => [...region.procedures.values()].map((procedure) => new WeakRef(procedure)));
  return { edition: corpus, checked };
}

it('keeps none of the checked procedures alive, and still reads their prose', async () => {
  const { edition, checked } = await editionAlone();
  expect(checked.length).toBeGreaterThan(20);
  await new Promise((resolve) => setTimeout(resolve, 0));
  collect();
  expect(checked.filter((procedure) => procedure.deref() !== undefined)).toHaveLength(0);
  const procedures = [...edition.regions.values()].flatMap((region) => [...region.procedures.values()]);
  expect(procedures.length).toBeGreaterThan(20);
  for (const procedure of procedures) expect(toString(procedure.body()).length).toBeGreaterThan(100);
});

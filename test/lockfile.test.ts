// npm 11's `npm ci` refuses a lock file that lacks an optional dependency, and a plain
// `npm install` drops the Typst compiler's other-platform binaries when the registry does not
// serve them: this catches that before CI does.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { REPO } from './helpers.js';

it('records every platform binary of the Typst compiler in package-lock.json', async () => {
  const lock = JSON.parse(await readFile(path.join(REPO, 'package-lock.json'), 'utf8'));
  const meta = lock.packages['node_modules/@myriaddreamin/typst-ts-node-compiler'];
  const missing = Object.keys(meta.optionalDependencies).filter((name) => !lock.packages[`node_modules/${name}`]);
  expect(missing).toEqual([]);
});

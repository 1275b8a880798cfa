// The table of editors' mistakes (mistakes.ts) run through the real CLI: each mistake gives one
// diagnostic, its root cause, with its position, hint and rule id, and no follow-on noise.
import { describe, expect, it } from 'vitest';
import { sop } from '../cli/run.js';
import { copyFixture, TODAY } from '../helpers.js';
import { mistakes } from './mistakes.js';

describe('an editor\'s mistakes, each reported once at its root cause', () => {
  it('are at least 25, each a different fault', () => {
    expect(mistakes.length).toBeGreaterThanOrEqual(25);
    expect(new Set(mistakes.map((mistake) => mistake.name)).size).toBe(mistakes.length);
  });

  it.each(mistakes.map((mistake) => [mistake.name, mistake] as const))('%s', async (_name, mistake) => {
    const dir = await copyFixture('base', mistake.mutations);
    const italian = await sop(dir, ['check', '.', '--today', TODAY]);
    expect({ code: italian.code, stdout: italian.stdout }).toEqual({ code: 1, stdout: `${mistake.it}\n` });
    expect(italian.stderr).toMatch(/^2 Regioni, \d procedure controllate: 1 errore, 0 avvisi\n$/);
    const english = await sop(dir, ['check', '.', '--today', TODAY, '--lang', 'en']);
    expect({ code: english.code, stdout: english.stdout }).toEqual({ code: 1, stdout: `${mistake.en}\n` });
    expect(english.stderr).toMatch(/^2 Regions, \d procedures checked: 1 error, 0 warnings\n$/);
  });
});

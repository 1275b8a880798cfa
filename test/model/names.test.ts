import { describe, expect, it } from 'vitest';
import { titleFromId } from '../../src/model/names.js';
import { check } from '../../src/index.js';
import { copyFixture, TODAY } from '../helpers.js';

describe('step names', () => {
  it('makes a readable name of an id, keeping acronyms and article numbers', () => {
    expect(titleFromId('primo-colloquio')).toBe('Primo colloquio');
    expect(titleFromId('ct-informativa-consenso')).toBe('CT informativa consenso');
    expect(titleFromId('proposta-art-18')).toBe('Proposta art. 18');
    expect(titleFromId('art-18-ter')).toBe('Art. 18 ter');
  });

  it("takes the step's title as written, else the name made from its id", async () => {
    const dir = await copyFixture('base', [
      { file: 'alfa/adulti.md', replace: '  - id: rilevazione\n', with: '  - id: rilevazione\n    title: Rilevazione degli indicatori\n' },
    ]);
    const result = await check('.', { cwd: dir, today: TODAY });
    expect(result.errors).toBe(0);
    const steps = result.loaded.corpus.regions.get('alfa')!.procedures.get('adulti')!.steps;
    expect(steps[0]!.title).toBe('Rilevazione degli indicatori');
    expect(steps[1]!.title).toBe(titleFromId(steps[1]!.id));
  });
});

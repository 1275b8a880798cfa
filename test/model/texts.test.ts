// Sharing the model's repeated texts must leave every value as it was: only copies go.
import { expect, it } from 'vitest';
import { SharedTexts } from '../../src/model/texts.js';

it('keeps plain data as it was, in place, whatever it holds', () => {
  const texts = new SharedTexts();
  const data = {
    id: 'emersione-identificazione',
    steps: [
      { id: 'contatto', actor: 'ente-antitratta', terminal: false, legal_basis: ['dlgs-286-1998-art-18'], referrals: [{ to: 'colloquio', consent: 'written' }] },
      { id: 'colloquio', actor: 'ente-antitratta', terminal: true, legal_basis: [], when: { all: [{ fact: 'minore', is: true }, null, 3] } },
    ],
    review_by: '2027-06-12',
  };
  const before = structuredClone(data);
  expect(texts.data(data)).toBe(data);
  expect(data).toEqual(before);
});

it('gives back the same text, also for a slice of a longer one', () => {
  const texts = new SharedTexts();
  const url = 'procedure:emersione-identificazione-000';
  const target = url.slice(url.indexOf(':') + 1);
  expect(texts.text(target)).toBe('emersione-identificazione-000');
  expect(texts.text('emersione-identificazione-000')).toBe(target);
  expect(texts.text('àèìòù — “citazione”')).toBe('àèìòù — “citazione”');
});

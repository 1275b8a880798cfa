// A referral's `when:` in words: built from the facts' labels and value labels, Italian first and
// English with --lang en, and shown beside the prose condition in the procedure pages' referral lists.
import path from 'node:path';
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, check } from '../../src/index.js';
import { parseCondition } from '../../src/model/condition.js';
import type { Fact } from '../../src/model/types.js';
import { conditionInWords, factValueInWords } from '../../src/render/conditions.js';
import { AGE_BRANCHES } from '../cases/project.js';
import { copyProject, TODAY } from '../helpers.js';
import { readHtml, text } from '../html.js';
import { pagesWith, pdfPages } from '../pdf.js';

describe('conditions in words', () => {
  let facts: Map<string, Fact>;
  beforeAll(async () => {
    const root = await copyProject('base');
    facts = (await check('procedures', { cwd: root, today: TODAY })).loaded.corpus.catalogue.facts;
  });
  const say = (raw: Record<string, unknown>, lang: 'it' | 'en' = 'it') => conditionInWords(parseCondition(raw, ['when']), facts, lang);

  it('names each fact by its label and each value by its value label', () => {
    expect(say({ any: [{ minore: true }, { 'eta-incerta': true }] })).toBe('Minorenne: sì oppure Età incerta: sì');
    expect(say({ sfruttamento: ['lavorativo', 'accattonaggio'] })).toBe('Tipo di sfruttamento: lavorativo o accattonaggio forzato');
    expect(say({ minore: false, 'accetta-programma': true })).toBe('Minorenne: no e Accetta il programma: sì');
    expect(say({ 'data-arrivo': '2024-06-18' })).toBe('Data di arrivo: 18 giugno 2024');
  });

  it('says a negated fact as its other answer, and brackets what is negated or nested', () => {
    expect(say({ not: { 'vuole-rientrare': true } })).toBe('Vuole rientrare: no');
    expect(say({ not: { sfruttamento: ['sessuale', 'lavorativo'] } })).toBe('Tipo di sfruttamento: non sessuale né lavorativo');
    expect(say({ not: { minore: true, 'con-figli': true } })).toBe('non (Minorenne: sì e Con figli: sì)');
    expect(say({ any: [{ minore: true }, { 'eta-incerta': true }], 'con-figli': false })).toBe('(Minorenne: sì oppure Età incerta: sì) e Con figli: no');
  });

  it('speaks English with --lang en', () => {
    expect(say({ any: [{ minore: true }, { sfruttamento: ['lavorativo', 'accattonaggio', 'sessuale'] }] }, 'en')).toBe('Minor: yes or Exploitation type: labour, forced begging or sexual');
    expect(say({ not: { sfruttamento: ['sessuale', 'lavorativo'] } }, 'en')).toBe('Exploitation type: neither sexual nor labour');
    expect(factValueInWords(facts.get('data-arrivo'), '2024-06-18', 'en')).toBe('18 June 2024');
  });

  it('names a fact the catalogue lacks by its id', () => {
    expect(say({ 'fatto-ignoto': true })).toBe('fatto-ignoto: sì');
  });
});

describe('procedure pages', () => {
  const referrals = async (lang: 'it' | 'en', step = 'rintraccio') => {
    const root = await copyProject('base', [AGE_BRANCHES]);
    await build('procedures', { cwd: root, out: 'dist', lang, regions: [], today: TODAY, pdf: false });
    const tree = await readHtml(path.join(root, 'dist', 'alfa', 'procedures', 'minori.html'));
    return (selectAll(`#step-${step} ul.referrals > li`, tree) as Element[]).map((li) => text(li));
  };

  it('show a referral\'s condition in words beside its prose condition, and nothing for a referral without one', async () => {
    const items = await referrals('it');
    expect(items[0]).toMatch(/ — si applica se: Minorenne: sì oppure Età incerta: sì; consenso non richiesto$/);
    expect(items[2]).toMatch(/ — quando la persona è adulta; si applica se: Minorenne: no e Età incerta: no; entro 24 ore; consenso informato$/);
    expect(items[1]).toMatch(/ — si applica se: Minorenne: sì oppure Età incerta: sì; consenso non richiesto$/);
  }, 60_000);

  it('in English with --lang en', async () => {
    const items = await referrals('en');
    expect(items[2]).toMatch(/ — when la persona è adulta; applies if: Minor: no and Age in doubt: no; within 24 hours; informed consent$/);
  }, 60_000);

  it('and the PDF handbook\'s referral list says the same', async () => {
    const root = await copyProject('base', [AGE_BRANCHES]);
    await build('procedures', { cwd: root, out: 'dist', lang: 'it', regions: ['alfa'], national: false, today: TODAY });
    const pages = await pdfPages(path.join(root, 'dist', 'alfa', 'alfa.pdf'));
    expect(pagesWith(pages, 'quando la persona è adulta; si applica se: Minorenne: no e Età incerta: no; entro 24 ore').length).toBe(1);
  }, 60_000);
});

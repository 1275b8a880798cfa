// A stage's map in parts: no column over the limit, every referral drawn once, sources in order.
import { describe, expect, it } from 'vitest';
import { inParts, type ViewEdge, type ViewNode } from '../../../src/render/graph/stages.js';
import { boxSize, textWidth, wrap } from '../../../src/render/graph/measure.js';

const node = (key: string): ViewNode => ({ key, texts: [key], tooltip: key });
const edge = (from: string, to: string): ViewEdge => ({ from, to, weight: 1, tooltip: `${from} ${to}` });

describe('inParts', () => {
  it('draws a small stage whole', () => {
    const parts = inParts('s', [node('a'), node('b')], [node('x'), node('y')], [edge('a', 'x'), edge('b', 'y'), edge('b', 'x')]);
    expect(parts.map((p) => [p.part, p.parts, p.sources.map((n) => n.key), p.targets.map((n) => n.key), p.edges.length])).toEqual([[1, 1, ['a', 'b'], ['x', 'y'], 3]]);
  });

  it('splits a source with more targets than a column holds, and every referral is drawn once', () => {
    const targets = Array.from({ length: 20 }, (_, i) => node(`t${String(i).padStart(2, '0')}`));
    const edges = [...targets.map((t) => edge('a', t.key)), edge('b', 't00'), edge('c', 't19')];
    const parts = inParts('s', [node('a'), node('b'), node('c')], targets, edges);
    for (const part of parts) {
      expect(part.sources.length).toBeLessThanOrEqual(9);
      expect(part.targets.length).toBeLessThanOrEqual(9);
      expect(part.parts).toBe(parts.length);
      // Each part shows exactly the targets its edges reach.
      expect(part.targets.map((n) => n.key).sort()).toEqual([...new Set(part.edges.map((e) => e.to))].sort());
    }
    expect(parts.flatMap((p) => p.edges).sort((x, y) => x.tooltip.localeCompare(y.tooltip))).toEqual([...edges].sort((x, y) => x.tooltip.localeCompare(y.tooltip)));
    // a's 20 referrals in columns of 9, 9 and 2; b and c join the last part, which has room.
    expect(parts.map((p) => p.sources.map((n) => n.key).join(''))).toEqual(['a', 'a', 'abc']);
    expect(parts.map((p) => p.edges.length)).toEqual([9, 9, 4]);
  });

  it('keeps a source without referrals, so the stage still shows who acts in it', () => {
    const parts = inParts('s', [node('a')], [], []);
    expect(parts).toHaveLength(1);
    expect(parts[0]!.sources.map((n) => n.key)).toEqual(['a']);
  });
});

describe('measuring with Titillium Web', () => {
  it('wraps between words within the width, a longer word alone on its line', () => {
    const lines = wrap('Forze dell\'ordine (Carabinieri, Guardia di Finanza, Polizia locale)', 105);
    expect(lines.join(' ')).toBe('Forze dell\'ordine (Carabinieri, Guardia di Finanza, Polizia locale)');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(105);
    expect(wrap('Antitratta-sfruttamento-lavorativo-grave x', 50)).toEqual(['Antitratta-sfruttamento-lavorativo-grave', 'x']);
  });

  it('gives a box the text width and line height plus room around them', () => {
    const widest = textWidth('Mediatore linguistico');
    const size = boxSize(['Mediatore linguistico', 'culturale']);
    expect(size.width * 72).toBeGreaterThan(widest);
    expect(size.height * 72).toBeGreaterThan(2 * 12);
    // Titillium Web is narrow: an "m" is about 0.83 em, an "i" about 0.25 em.
    expect(textWidth('m')).toBeGreaterThan(3 * textWidth('i'));
  });
});

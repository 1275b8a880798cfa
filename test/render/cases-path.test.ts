// A case's path on the procedure diagrams of its page: exactly the steps of the timeline are
// numbered and marked, exactly the referrals the case follows are drawn thick, everything else is
// dimmed, and the path is listed in words; the pages without a case keep their diagrams.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { startsByRegion } from '../../src/cases/start.js';
import { walkCase } from '../../src/cases/walk.js';
import { build, check } from '../../src/index.js';
import { loadCases } from '../../src/load/cases.js';
import { caseProject } from '../cases/project.js';
import { TODAY } from '../helpers.js';
import { readHtml, text } from '../html.js';

/** A person found by the police whose age nobody knows yet: the minors' procedure branches on it. */
const UNKNOWN_AGE = `id: eta-sconosciuta
title: Persona rintracciata di cui non si conosce l'età
illustrative: true
facts: {}
start:
  step: alfa/minori#rintraccio
expect:
  - reaches: { role: ente-antitratta }
`;

const elements = (selector: string, tree: Parameters<typeof selectAll>[1]) => selectAll(selector, tree) as Element[];
const lines = (node: Element) => elements('text', node).map((t) => text(t).trim());

interface Drawn {
  /** The words of each timeline step's link, in order. */
  timeline: string[];
  figures: Element[];
}

/** Each timeline of the page with the figures drawn after it (before the next one). */
function pathsOf(tree: Parameters<typeof selectAll>[1]): Drawn[] {
  const drawn: Drawn[] = [];
  for (const node of elements('ol.case-timeline, figure.referral-map', tree)) {
    if (node.tagName === 'ol') drawn.push({ timeline: elements('.case-step-title a', node).map((a) => text(a)), figures: [] });
    else drawn.at(-1)!.figures.push(node);
  }
  return drawn;
}

describe('the case path on the diagrams', () => {
  let root: string;

  beforeAll(async () => {
    root = await caseProject();
    await writeFile(path.join(root, 'cases', 'eta-sconosciuta.yaml'), UNKNOWN_AGE);
    const result = await build('procedures', { cwd: root, out: 'dist', lang: 'it', regions: [], today: TODAY, pdf: false });
    expect(result.written).toContain('cases/eta-sconosciuta.html');
  }, 60_000);

  it.each(['adulta-in-strada', 'trasferimento', 'eta-sconosciuta'])('numbers and marks exactly the steps of the timeline of %s, and thickens exactly the referrals it follows', async (id) => {
    const tree = await readHtml(path.join(root, 'dist', 'cases', `${id}.html`));
    const drawn = pathsOf(tree);
    expect(drawn.length).toBeGreaterThan(0);
    // The referrals each path follows, from the engine (src/cases), in the order of the timelines.
    const { corpus } = (await check('procedures', { cwd: root, today: TODAY })).loaded;
    const item = (await loadCases(path.join(root, 'cases'), root)).cases.find((c) => c.id === id)!;
    const followed = [...startsByRegion(item, corpus).values()].flatMap((starts) => walkCase(corpus, starts, item.facts)!.map((branch) => branch.referrals.size));
    expect(drawn.map((d) => d.figures.length > 0)).toEqual(followed.map(() => true));
    for (const [i, { timeline, figures }] of drawn.entries()) {
      const marked = figures.flatMap((figure) => elements('g.node.case-path-step', figure));
      const stops = new Set<number>();
      for (const node of marked) {
        const [marker, ...rest] = lines(node);
        const stop = Number(/^Tappa (\d+)$/.exec(marker!)?.[1]);
        expect(stop).toBeGreaterThan(0);
        stops.add(stop);
        // A step of the procedure drawn ("3. Colloqui…") or a step it refers to in another one ("Invio a «…»: Colloqui…").
        expect(rest.join(' ')).toContain(timeline[stop - 1]!);
      }
      expect([...stops].sort((a, b) => a - b)).toEqual(timeline.map((_, j) => j + 1));
      // Every other box is dimmed, and says no stop.
      for (const node of figures.flatMap((figure) => elements('g.node', figure)).filter((n) => !marked.includes(n))) {
        expect(String(node.properties.className)).toContain('case-path-off');
        expect(lines(node).some((line) => line.startsWith('Tappa'))).toBe(false);
      }
      const thick = figures.flatMap((figure) => elements('g.edge.case-path-referral', figure));
      expect(thick).toHaveLength(followed[i]!);
      expect(figures.flatMap((figure) => elements('g.edge', figure)).every((edge) => thick.includes(edge) || String(edge.properties.className).includes('case-path-off'))).toBe(true);
    }
  });

  it('draws the Regions a path crosses into, and lists each diagram\'s stops in words with a legend', async () => {
    const tree = await readHtml(path.join(root, 'dist', 'cases', 'trasferimento.html'));
    const [{ timeline, figures }] = pathsOf(tree) as [Drawn];
    // Beta's transfer procedure, then Alfa's adults' procedure, where the person is received.
    expect(figures.map((figure) => text(select('title', figure)!))).toEqual([
      'Il percorso nello schema «Trasferimento verso la Regione Alfa»',
      'Il percorso nello schema «Percorso per persone adulte»',
    ]);
    const described = figures.map((figure) => text(select('desc', figure)!)).join(' ');
    timeline.forEach((title, i) => expect(described).toContain(`Tappa ${i + 1}, ${title}`));
    expect(figures.map((figure) => text(select('figcaption', figure)!))).toEqual(figures.map((figure) => text(select('desc', figure)!)));
    const legend = elements('ul.case-path-legend li', tree).map((li) => text(li));
    expect(legend).toEqual([expect.stringContaining('«Tappa N»'), expect.stringContaining('tratteggiate')]);
    expect(elements('ul.case-path-legend svg', tree).every((svg) => svg.properties.ariaHidden === 'true')).toBe(true);
  });

  it('heads each alternative\'s diagrams under it', async () => {
    const tree = await readHtml(path.join(root, 'dist', 'cases', 'eta-sconosciuta.html'));
    const headings = elements('h4[id^=case-alfa-path-]', tree).map((h4) => String(h4.properties.id));
    expect(headings).toEqual(elements('ol.case-timeline', tree).map((_, i) => `case-alfa-path-${i + 1}`));
  });

  it('leaves the procedure pages\' diagrams as they were: nothing of a path on them', async () => {
    const html = await readFile(path.join(root, 'dist', 'alfa', 'procedures', 'adulti.html'), 'utf8');
    expect(html).toContain('referral-map');
    expect(html).not.toMatch(/case-path|Tappa \d/);
  });
});

// A laid-out diagram as an HTML figure: small enough, it shrinks with the column; wider than a
// phone can show at a readable size, it keeps its size in a marked, focusable scroll frame.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { raw } from '../html.js';
import type { Messages } from '../../i18n/index.js';
import type { Site } from '../site.js';
import type { StageDiagram } from './diagrams.js';
import { svgSize } from './svg.js';

/**
 * The widest diagram (in points) that a 390 px phone shows with its text at 11 px or more: the
 * column is 340 px there, and 10 pt text is 13.3 px at natural size (see measure.ts).
 */
export const FIT_WIDTH = 290;
/** The widest diagram (in points) the page's widest column (942 px) shows whole: wider ones scroll on every screen. */
const DESKTOP_WIDTH = 700;

/** Gives Graphviz's SVG an accessible name and description (WCAG 1.1.1). */
export function accessibleSvg(svg: string, id: string, title: string, description: string): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return svg
    .replace(/<svg /, `<svg role="img" aria-labelledby="${id}-title ${id}-desc" `)
    .replace(/(<svg[^>]*>)/, `$1<title id="${id}-title">${escape(title)}</title><desc id="${id}-desc">${escape(description)}</desc>`);
}

export function diagramFigure(svg: string, id: string, title: string, caption: string, t: Messages): Element {
  const drawing = raw(accessibleSvg(svg, id, title, caption));
  const { width } = svgSize(svg);
  if (width <= FIT_WIDTH) return h('figure.referral-map.diagram-fits', [drawing, h('figcaption', caption)]);
  return h(`figure.referral-map.diagram-scrolls${width > DESKTOP_WIDTH ? '.diagram-wide' : ''}`, [
    h('p.scroll-hint', { id: `${id}-hint` }, t.diagrams.scrollHint),
    // Focusable so that a keyboard can scroll it; named so that a screen reader says what it holds.
    h('div.diagram-scroll', { role: 'region', 'aria-label': title, 'aria-describedby': `${id}-hint`, tabIndex: 0 }, [drawing]),
    h('figcaption', caption),
  ]);
}

/** A map drawn stage by stage: each stage's heading (at `level`) and figure. */
export async function stageFigures(site: Site, diagrams: StageDiagram[], id: string, level: 2 | 3): Promise<ElementContent[]> {
  const { t } = site;
  const svgs = await Promise.all(diagrams.map((d) => d.svg()));
  return diagrams.flatMap((d, i) => {
    const key = `${id}-${d.view.stage}-${d.view.part}`;
    return [h(`h${level}`, { id: key }, d.title), diagramFigure(svgs[i]!, `${key}-map`, d.title, t.diagrams.referralsAtStage(d.title), t)];
  });
}

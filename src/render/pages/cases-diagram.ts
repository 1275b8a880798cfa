// A case's path on the diagrams of the procedures it passes through, below its timeline: the
// procedure diagrams readers know from the procedure pages (a phone reads them, where a Region's
// whole map would not fit), with the path's steps numbered as the timeline's stops and the rest
// dimmed. A legend says how to read them and each figure lists its stops in words.
import type { ElementContent } from 'hast';
import { h, s } from 'hastscript';
import type { Branch } from '../../cases/walk.js';
import type { Procedure, Region } from '../../model/types.js';
import { casePathDiagram } from '../graph/diagrams.js';
import { diagramFigure } from '../graph/figure.js';
import { OFF_PATH, ON_PATH, type PathHighlight } from '../graph/path.js';
import type { Site } from '../site.js';

/** Where a Region's path (or its alternative `index`, from 0) is drawn on the case's page. */
export const pathId = (region: Region, index?: number): string => `case-${region.folder}-path${index === undefined ? '' : `-${index + 1}`}`;

/** One procedure's diagram with a branch's path drawn over it. */
export interface PathDrawing {
  /** Unique on the page. */
  id: string;
  title: string;
  /** The stops it shows, in words: its caption and text alternative. */
  stops: string;
  svg: Promise<string>;
}

/**
 * The diagrams of the procedures a branch passes through, in the order the path first enters
 * them, drawn for the case's page `path` (the PDF handout prints the same); `id` is unique there.
 * Procedures of Regions this build leaves out have no page to link to and are not drawn.
 */
export function pathDrawings(site: Site, path: string, branch: Branch, id: string): PathDrawing[] {
  const { t } = site;
  const highlight: PathHighlight = {
    stops: new Map(branch.steps.map((at, i) => [at.key, i + 1])),
    referrals: branch.referrals,
    marker: t.casePages.stop,
  };
  const procedures = new Map<string, Procedure>();
  for (const at of branch.steps) {
    if (site.built.has(at.region.folder)) procedures.set(`${at.region.folder}/${at.procedure.id}`, at.procedure);
  }
  return [...procedures.values()].map((procedure) => {
    const stops = branch.steps.flatMap((at, i) => (at.procedure === procedure ? [`${t.casePages.stop(i + 1)}, ${at.step.title}`] : []));
    return {
      id: `${id}-${procedure.folder}-${procedure.id}`,
      title: t.casePages.pathDiagramTitle(procedure.title),
      stops: t.casePages.pathDiagramStops(procedure.title, stops),
      svg: casePathDiagram(site, path, procedure, highlight),
    };
  });
}

/** The figures of one branch of a Region's path, under a heading at `level` with the legend; `id` is unique on the page. */
export async function pathOnDiagrams(site: Site, path: string, branch: Branch, id: string, level: 3 | 4): Promise<ElementContent[]> {
  const { t } = site;
  const drawings = pathDrawings(site, path, branch, id);
  if (drawings.length === 0) return [];
  const figures = await Promise.all(drawings.map(async (drawing) => diagramFigure(await drawing.svg, drawing.id, drawing.title, drawing.stops, t)));
  return [
    h(`h${level}`, { id }, t.casePages.onDiagrams),
    h('p', t.casePages.onDiagramsHelp),
    h('ul.case-path-legend', [
      h('li', [swatch(true), ' ', t.casePages.legendOnPath]),
      h('li', [swatch(false), ' ', t.casePages.legendOffPath]),
    ]),
    ...figures,
  ];
}

/** A box and an arrow drawn as the diagrams draw them on or off the path; the words beside it say the same. */
function swatch(onPath: boolean): ElementContent {
  const stroke = onPath ? ON_PATH.color : OFF_PATH.color;
  const width = onPath ? ON_PATH.width : 1;
  return s('svg.case-path-swatch', { width: 64, height: 22, viewBox: '0 0 64 22', 'aria-hidden': 'true', focusable: 'false' }, [
    s('rect', { x: 2, y: 2, width: 30, height: 18, rx: 4, fill: onPath ? ON_PATH.fill : OFF_PATH.fill, stroke, strokeWidth: width }),
    s('line', { x1: 34, y1: 11, x2: 62, y2: 11, stroke, strokeWidth: width, ...(onPath ? {} : { strokeDasharray: '4 3' }) }),
  ]);
}

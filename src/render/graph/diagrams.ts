// Each diagram is laid out once per build and the same SVG serves the HTML page and the PDF,
// so it names the shipped sans face (with a generic fallback for browsers that lack it).
import type { Procedure, Region } from '../../model/types.js';
import { nationalDot } from '../national/map.js';
import type { Site } from '../site.js';
import { page } from '../urls.js';
import { procedureDot, regionDot } from './dot.js';
import { layout } from './svg.js';

export const DIAGRAM_FONT = 'Titillium Web, sans-serif';

function once(site: Site, key: string, make: () => string): Promise<string> {
  let svg = site.diagrams.get(key);
  if (!svg) {
    svg = layout(make());
    site.diagrams.set(key, svg);
  }
  return svg;
}

/** The procedure's diagram; its node links are relative to the procedure's HTML page. */
export function procedureDiagram(site: Site, procedure: Procedure): Promise<string> {
  const path = page.procedure(procedure.folder, procedure.id);
  return once(site, path, () => procedureDot(site.corpus, procedure, path, site.t, site.built, DIAGRAM_FONT));
}

/** The Region's referral map, on its home page. */
export function regionDiagram(site: Site, region: Region): Promise<string> {
  const path = page.regionHome(region.folder);
  return once(site, path, () => regionDot(site.corpus, region, path, site.t));
}

export function nationalDiagram(site: Site): Promise<string> {
  return once(site, page.nationalMap(), () => nationalDot(site, page.nationalMap(), DIAGRAM_FONT));
}

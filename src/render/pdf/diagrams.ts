// Diagrams in print: at their natural size (10 pt text) when they fit the page, shrunk no
// further than 7 pt text, on a landscape page when only that keeps them readable.
import { FONT_SIZE } from '../graph/measure.js';
import { typstString, typstText } from './markup.js';

/** The smallest scale that keeps the diagrams' text at 7 pt. */
const SMALLEST = 7 / FONT_SIZE;
/** A4 less the preamble's margins (in points), less room for the caption below the figure. */
const PORTRAIT = { width: 470, height: 650 };
const LANDSCAPE = { width: 715, height: 410 };

export interface DiagramFile {
  /** The SVG's path in the Typst workspace. */
  path: string;
  /** Its natural size in points (see graph/svg.ts svgSize). */
  size: { width: number; height: number };
}

export function diagramFigure(diagram: DiagramFile, alt: string, caption: string): string {
  const { width, height } = diagram.size;
  const fit = (page: { width: number; height: number }) => Math.min(1, page.width / width, page.height / height);
  const flipped = fit(PORTRAIT) < SMALLEST && fit(LANDSCAPE) > fit(PORTRAIT);
  const scale = Math.max(SMALLEST, fit(flipped ? LANDSCAPE : PORTRAIT));
  const figure = `#figure(kind: image, image(${typstString(diagram.path)}, alt: ${typstString(alt)}, width: ${(scale * width).toFixed(1)}pt), caption: [${typstText(caption)}])\n`;
  return flipped ? `#page(flipped: true)[\n${figure}]\n\n` : `${figure}\n`;
}

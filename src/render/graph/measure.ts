// Node boxes sized with the shipped font's own metrics. Graphviz (WebAssembly, no fonts of its
// own) estimates text with Times metrics, so its boxes neither fit Titillium Web nor match what
// the browser and Typst draw; measured here, each box is given to it as a fixed size.
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { SANS_FONT, WEB_FONTS } from '../pdf/fonts.js';

/** The family named in every SVG: the pages' stylesheet and the PDF both load it. */
export const DIAGRAM_FONT = `${SANS_FONT}, sans-serif`;
/**
 * Text size in SVG units (points). Drawn at natural size that is 13.3 CSS px and 10 pt, so a
 * diagram may shrink to 0.83 of it on a phone (11 px) and to 0.7 in print (7 pt).
 */
export const FONT_SIZE = 10;
/** Graphviz's line height is 1.2 × the font size. */
const LINE = 1.2 * FONT_SIZE;
/** Room around the text inside a box: Titillium's ascenders and descenders exceed the 1.2 line. */
const PAD_X = 7;
const PAD_Y = 5;

/** Advance widths by character, in points at FONT_SIZE: a build measures a few hundred thousand words. */
const advances = new Map<string, number>();
let face: fontkit.Font | undefined;

function advance(char: string): number {
  let width = advances.get(char);
  if (width === undefined) {
    if (!face) {
      const [pkg, file] = WEB_FONTS.find((f) => f.weight === 400)!.source;
      const folder = path.dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`));
      face = fontkit.openSync(path.join(folder, file)) as fontkit.Font;
    }
    width = (face.glyphForCodePoint(char.codePointAt(0)!).advanceWidth / face.unitsPerEm) * FONT_SIZE;
    advances.set(char, width);
  }
  return width;
}

/**
 * The width of `text` in points: the sum of its characters' advances. Kerning and ligatures only
 * narrow Titillium's text, so what a browser or Typst draws is never wider.
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += advance(char);
  return width;
}

/** `text` in lines no wider than `width` points, broken between words (a longer word keeps its own line). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let lineWidth = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordWidth = textWidth(word);
    const joined = lineWidth + advance(' ') + wordWidth;
    if (lines.length > 0 && joined <= width) {
      lines[lines.length - 1] += ` ${word}`;
      lineWidth = joined;
    } else {
      lines.push(word);
      lineWidth = wordWidth;
    }
  }
  return lines;
}

/** A box's size in inches (Graphviz's unit) for these lines. */
export function boxSize(lines: string[]): { width: number; height: number } {
  const widest = Math.max(0, ...lines.map(textWidth));
  return { width: (widest + 2 * PAD_X) / 72, height: (lines.length * LINE + 2 * PAD_Y) / 72 };
}

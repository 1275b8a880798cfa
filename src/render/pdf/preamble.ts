// The page set-up shared by every handbook: fonts named explicitly, A4, the cover, running header
// and "pagina X di Y" footer from page 2, the internal edition's mark on every page, the look of
// tables, quotes and contents, no clock-dependent metadata.
import type { Messages } from '../../i18n/index.js';
import { typographic, typstString, typstText } from './markup.js';
import { MONO_FONT, SANS_FONT, TEXT_FONT } from './fonts.js';

/**
 * The language procedures are written in, whatever the interface language: with `--lang en` the
 * handbook's own words are English but a procedure's text stays Italian, and is tagged so (a
 * screen reader pronounces it, hyphenation and quotes follow it).
 */
export const CONTENT_LANG = 'it';

export interface DocumentInfo {
  title: string;
  author: string;
  /** The short name in the running header (the Region, or the national model). */
  running: string;
  keywords: string[];
  /** An internal edition says so on every page. */
  internal: boolean;
}

export interface Cover {
  /** The small line above the title. */
  kicker?: string;
  title: string;
  /** Lines under the title, e.g. project and lead body. */
  lines: string[];
  /** Edition and counts. */
  facts: string;
  illustrative: boolean;
}

const BLUE = 'rgb("#003d7a")';

export function preamble(info: DocumentInfo, t: Messages): string {
  const sans = typstString(SANS_FONT);
  return `#set document(title: ${typstString(typographic(info.title))}, author: ${typstString(info.author)}, keywords: (${info.keywords.map(typstString).join(', ')}), date: none)
#set text(font: ${typstString(TEXT_FONT)}, size: 10.5pt, lang: ${typstString(t.lang)}, fallback: false)
// Ragged right, as on the web pages: even word spacing reads better (WCAG 1.4.8), and Typst's
// optimal line breaking of justified text took 16 of the 19 s of the national handbook of 1,000
// procedures, whose divergences are long paragraphs. Hyphenation, Typst's default, follows: off.
#set par(justify: false, leading: 0.62em)
// Markers the shipped fonts have: PDF/UA-1 refuses glyphs a font cannot display (Typst's default "‣").
#set list(marker: ([•], [–], [·]))
#show raw: set text(font: ${typstString(MONO_FONT)})
#show heading: set text(font: ${sans}, fill: ${BLUE})
#show heading.where(level: 1): it => { pagebreak(weak: true); it; v(0.4em) }
#show link: set text(fill: rgb("#0059b3"))
// Every table opens with a header row (tagged TH), printed again on each page the table runs on.
#set table(stroke: 0.5pt + rgb("#c5ced8"), inset: 5pt, fill: (_, y) => if y == 0 { rgb("#e6edf5") })
#set table.header(repeat: true)
#show table.cell.where(y: 0): set text(font: ${sans}, weight: "bold")
#show table: set text(size: 9pt)
#show quote.where(block: true): it => block(stroke: (left: 2pt + rgb("#8fa9c6")), fill: rgb("#f4f7fa"), inset: (left: 0.2em, right: 0.6em, y: 0.5em), width: 100%, it)
// The page number in a column of its own, a clear gap after the leaders and on the entry's last
// line (Typst's default glues it on with an invisible word joiner, which copy and search pick up).
#show outline.entry: it => link(it.element.location(), it.indented(it.prefix(), grid(columns: (1fr, auto), column-gutter: 0.5em, align: (left, bottom), [#it.body()#h(0.4em)#box(width: 1fr, repeat(gap: 0.2em)[.])], it.page())))
#show outline.entry.where(level: 1): set text(weight: "bold")
#let sop-mark = ${info.internal ? `text(fill: rgb("#b3261e"), weight: "bold", tracking: 0.06em, ${typstString(t.pdf.internalMark)})` : 'none'}
#set page(paper: "a4", margin: (top: 2.6cm, bottom: 2.2cm, x: 2.2cm),
  header: context { if counter(page).get().first() > 1 { set text(font: ${sans}, size: 8.5pt, fill: luma(80)); ${runningHeader(info)}; v(-0.6em); line(length: 100%, stroke: 0.4pt + luma(160)) } },
  footer: context { set text(font: ${sans}, size: 8.5pt); grid(columns: (1fr, auto, 1fr), align: (left, center, right), sop-mark, if counter(page).get().first() > 1 [${typstText(t.pdf.page)} #counter(page).display() ${typstText(t.pdf.of)} #counter(page).final().first()], sop-mark) })
`;
}

/**
 * The handbook's name on the left; on the right the section the page continues (the latest
 * chapter, stage or procedure heading), left out on a page where a section opens, since its
 * heading is right there. The header stands before its page's body, so the next section
 * heading opens on this page or later, and the latest one before it is on an earlier page.
 * Asking for just those two instead of filtering every heading on every page took a tenth off
 * the typesetting of a 50-procedure handbook, with the same bytes out.
 */
function runningHeader(info: DocumentInfo): string {
  return `let sections = selector.or(..range(1, 4).map(level => heading.where(level: level, outlined: true))); let next = query(sections.after(here())).at(0, default: none); let section = if next != none and next.location().page() == here().page() { none } else { query(sections.before(here())).at(-1, default: none) }; grid(columns: (auto, 1fr), column-gutter: 2em, align: (left, right), ${typstString(typographic(info.running))}, if section != none { section.body })`;
}

/** The first page: no running header, the same sans face for every handbook. */
export function cover(info: Cover, t: Messages, internal: boolean): string {
  return `#page(header: none, footer: context { set text(font: ${typstString(SANS_FONT)}, size: 8.5pt); sop-mark })[
#set text(font: ${typstString(SANS_FONT)})
#v(4cm)
${info.kicker ? `#text(size: 14pt, fill: luma(80))[${typstText(info.kicker)}]\n#v(0.5em)\n` : ''}#text(size: 30pt, weight: "bold", fill: ${BLUE})[${typstText(info.title)}]
${info.lines.map((line) => `#v(1em)\n#text(size: 13pt)[${typstText(line)}]\n`).join('')}#v(2em)
#text(size: 11pt)[${typstText(info.facts)}]
${internal ? `#v(1em)\n#block(fill: rgb("#fde8e8"), inset: 10pt, width: 100%)[#sop-mark #h(0.5em) ${typstText(t.internalEdition)}]\n` : ''}${info.illustrative ? `#v(1fr)\n#block(fill: rgb("#fdf3e7"), inset: 10pt, width: 100%)[${typstText(t.illustrative)}]\n` : ''}]
`;
}

/**
 * A heading (its body is markup: `typstText` or `contentText`) with an optional label;
 * `outlined: false` keeps steps out of the table of contents but in the bookmarks.
 */
export function heading(level: number, body: string, label?: string, outlined = true): string {
  const options = outlined ? `level: ${level}` : `level: ${level}, outlined: false, bookmarked: true`;
  return `#heading(${options})[${body}]${label ? ` <${label}>` : ''}\n`;
}

/**
 * A live page reference: "p. 12", linked to the label. No handbook sets the page counter, so the
 * number printed is the page's place in the file, which Typst knows without counting up to it.
 */
export function pageRef(labelName: string, t: Messages): string {
  return `#link(<${labelName}>)[${typstText(`${t.pdf.pageShort} `)}#context locate(<${labelName}>).page()]`;
}

/** Procedure text: tagged Italian when the interface is in another language. */
export function contentText(text: string, t: Messages): string {
  return t.lang === CONTENT_LANG ? typstText(text) : `#text(lang: ${typstString(CONTENT_LANG)}, ${typstString(typographic(text))});`;
}

/** A run of procedure markup (e.g. a Markdown body), tagged Italian when the interface is not. */
export function contentMarkup(markup: string, t: Messages): string {
  return t.lang === CONTENT_LANG ? markup : `#[\n#set text(lang: ${typstString(CONTENT_LANG)})\n${markup}]\n`;
}

// The page set-up shared by every handbook: fonts named explicitly, A4, running header and
// "pagina X di Y" footer from page 2, no clock-dependent metadata.
import type { Messages } from '../../i18n/index.js';
import { typstString, typstText } from './markup.js';
import { MONO_FONT, SANS_FONT, TEXT_FONT } from './fonts.js';

export interface DocumentInfo {
  title: string;
  author: string;
  running: string;
  keywords: string[];
}

export function preamble(info: DocumentInfo, t: Messages): string {
  return `#set document(title: ${typstString(info.title)}, author: ${typstString(info.author)}, keywords: (${info.keywords.map(typstString).join(', ')}), date: none)
#set text(font: ${typstString(TEXT_FONT)}, size: 10.5pt, lang: ${typstString(t.lang)}, fallback: false)
// Ragged right, as on the web pages: even word spacing reads better (WCAG 1.4.8), and Typst's
// optimal line breaking of justified text took 16 of the 19 s of the national handbook of 1,000
// procedures, whose divergences are long paragraphs. Hyphenation, Typst's default, follows: off.
#set par(justify: false, leading: 0.62em)
// Markers the shipped fonts have: PDF/UA-1 refuses glyphs a font cannot display (Typst's default "‣").
#set list(marker: ([•], [–], [·]))
#show raw: set text(font: ${typstString(MONO_FONT)})
#show heading: set text(font: ${typstString(SANS_FONT)}, fill: rgb("#003d7a"))
#show heading.where(level: 1): it => { pagebreak(weak: true); it; v(0.4em) }
#show link: set text(fill: rgb("#0059b3"))
#set table(stroke: 0.5pt + rgb("#c5ced8"), inset: 5pt)
#show table: set text(size: 9pt)
#show outline.entry.where(level: 1): set text(weight: "bold")
#set page(paper: "a4", margin: (top: 2.6cm, bottom: 2.2cm, x: 2.2cm),
  header: context { if counter(page).get().first() > 1 { set text(font: ${typstString(SANS_FONT)}, size: 8.5pt, fill: luma(80)); ${typstString(info.running)}; h(1fr); ${typstString(info.title)}; v(-0.6em); line(length: 100%, stroke: 0.4pt + luma(160)) } },
  footer: context { if counter(page).get().first() > 1 { set text(font: ${typstString(SANS_FONT)}, size: 8.5pt); align(center)[${typstText(t.pdf.page)} #counter(page).display() ${typstText(t.pdf.of)} #counter(page).final().first()] } })
`;
}

/** A heading with an optional label; `outlined: false` keeps steps out of the table of contents but in the bookmarks. */
export function heading(level: number, text: string, label?: string, outlined = true): string {
  const options = outlined ? `level: ${level}` : `level: ${level}, outlined: false, bookmarked: true`;
  return `#heading(${options})[${typstText(text)}]${label ? ` <${label}>` : ''}\n`;
}

/** A live page reference: "p. 12", linked to the label. */
export function pageRef(labelName: string, t: Messages): string {
  return `#link(<${labelName}>)[${typstText(`${t.pdf.pageShort} `)}#context counter(page).at(<${labelName}>).first()]`;
}

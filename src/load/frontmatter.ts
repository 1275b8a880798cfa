// Where a procedure file's YAML front-matter ends and its Markdown body begins. Light to import:
// the build cache splits every file before deciding whether to load the parsers.

export interface Parts {
  yaml: string;
  yamlOffset: number;
  /** Where the Markdown body starts: its offset and line in the file. */
  bodyOffset: number;
  bodyLine: number;
}

/**
 * The front-matter between `---` fences, as micromark-extension-frontmatter reads it: the
 * opening fence on the first line, the closing one on a line of its own (trailing blanks
 * allowed). Micromark then parses only the body, which is a third of a typical procedure.
 */
export function splitFrontmatter(text: string): Parts | undefined {
  const lines = text.split(/(?<=\r\n|\r(?!\n)|\n)/);
  const fence = (line: string | undefined) => line !== undefined && /^---[ \t]*(\r\n|\r|\n)?$/.test(line);
  if (!fence(lines[0]) || !/[\r\n]$/.test(lines[0]!)) return undefined;
  let offset = lines[0]!.length;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence(line)) {
      const yamlOffset = lines[0]!.length;
      // The YAML ends before the line ending that precedes the closing fence.
      const yaml = text.slice(yamlOffset, offset).replace(/(\r\n|\r|\n)$/, '');
      return { yaml, yamlOffset, bodyOffset: offset + line.length, bodyLine: i + 2 };
    }
    offset += line.length;
  }
  return undefined;
}

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
  // Lines are read one at a time up to the closing fence: the body is never split.
  const lineEnd = /\r\n|\r|\n/g;
  const nextLine = (start: number) => {
    lineEnd.lastIndex = start;
    const end = lineEnd.exec(text);
    return end ? { line: text.slice(start, end.index + end[0].length), next: end.index + end[0].length } : { line: text.slice(start), next: text.length };
  };
  const fence = (line: string) => /^---[ \t]*(\r\n|\r|\n)?$/.test(line);
  const first = nextLine(0);
  if (!fence(first.line) || !/[\r\n]$/.test(first.line)) return undefined;
  const yamlOffset = first.next;
  for (let offset = yamlOffset, index = 1; offset < text.length; index++) {
    const { line, next } = nextLine(offset);
    if (fence(line)) {
      // The YAML ends before the line ending that precedes the closing fence. Cut, not replaced:
      // a slice of the file's text is no second copy of it.
      const ending = /(\r\n|\r|\n)$/.exec(text.slice(Math.max(yamlOffset, offset - 2), offset))?.[0].length ?? 0;
      const yaml = text.slice(yamlOffset, offset - ending);
      return { yaml, yamlOffset, bodyOffset: next, bodyLine: index + 2 };
    }
    offset = next;
  }
  return undefined;
}

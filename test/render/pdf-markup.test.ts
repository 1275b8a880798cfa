import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { NodeCompiler, type NodeTypstDocument } from '@myriaddreamin/typst-ts-node-compiler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSafeLabel, type LinkTarget, type MarkupOptions, toTypst, typographic, typstString, typstText } from '../../src/render/pdf/markup.js';
import { parseMarkdown } from '../../src/load/markdown.js';

const run = promisify(execFile);

// Files an injected `#read` / `#include` would reach if user text ever became code.
const SECRET = 'CANARY-SECRET-7f3a';
const INCLUDED = 'CANARY-INCLUDED-91c2';

let workspace: string;
let compiler: NodeCompiler;
let pdfCount = 0;

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'sopbook-markup-'));
  await writeFile(join(workspace, 'secret.txt'), SECRET);
  await writeFile(join(workspace, 'x.typ'), `#let secret = "${INCLUDED}"\n${INCLUDED}\n`);
  compiler = NodeCompiler.create({ workspace });
});

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

const parse = parseMarkdown;

function resolveLink(url: string): LinkTarget {
  if (url.startsWith('step:')) return { kind: 'internal', label: `step-${url.slice('step:'.length)}` };
  if (url.startsWith('#')) return undefined;
  return { kind: 'external', url };
}

const options: MarkupOptions = { resolveLink, headingOffset: 0 };

/** Compiles a document and fails with Typst's own diagnostics. */
function compileDocument(markup: string): NodeTypstDocument {
  const result = compiler.compile({ mainFileContent: `#set document(date: none)\n${markup}` });
  const error = result.takeError();
  if (error || !result.result) throw new Error(`Typst failed:\n${JSON.stringify(error ? compiler.fetchDiagnostics(error) : [], null, 2)}\n--- markup ---\n${markup}`);
  return result.result;
}

async function pdfOf(markup: string): Promise<{ bytes: Buffer; text: string }> {
  const bytes = compiler.pdf(compileDocument(markup), {});
  const file = join(workspace, `out-${++pdfCount}.pdf`);
  await writeFile(file, bytes);
  const { stdout } = await run('pdftotext', ['-layout', file, '-']);
  // Layout mode pads columns with spaces; only the characters matter here.
  return { bytes, text: collapse(stdout) };
}

function collapse(text: string): string {
  return text.replace(/[ \t]+/g, ' ');
}

/** Prose prints quotes typographically; the literal tests compare characters, not their form. */
function straightQuotes(text: string): string {
  return text.replace(/[«»]/g, '"').replace(/[‘’]/g, "'");
}

describe('untrusted text prints literally', () => {
  const injections = [
    '#read("/etc/passwd")',
    '#read("secret.txt")',
    '#import "x.typ": *',
    '#include "x.typ"',
    '#eval("1+1")',
    '$x^2$',
    '@label',
    '<x>',
    'back \\ slash',
    '#set page(fill: red)',
    'close ] then [ open',
    '/* comment',
    '// comment',
    '<script>alert(1)</script>',
    '#"; #read("secret.txt") #"',
    '= not a heading',
    '#{ 1 + 1 }',
  ];

  it('compiles every injection string and shows each one verbatim', async () => {
    const markup = toTypst(parse(injections.join('\n\n')), options);
    const text = straightQuotes((await pdfOf(markup)).text);
    for (const injection of injections) expect(text).toContain(collapse(injection));
    expect(text).not.toContain('root:');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(INCLUDED);
  });

  it('stays literal in every Markdown context', async () => {
    const nasty = '#read("secret.txt") ] [ $x$ @a <b> \\ /* // `#include "x.typ"`';
    const markdown = [
      `# ${nasty}`,
      `*${nasty}* **${nasty}** ~~${nasty}~~`,
      `[${nasty}](https://example.org/"#read("secret.txt"))`,
      `- ${nasty}\n  1. ${nasty}`,
      `> ${nasty}`,
      `| a | b |\n|---|---|\n| ${nasty.replaceAll('|', '')} | x |`,
      '```typ\n#read("secret.txt")\n]\n```',
      `![${nasty}](secret.txt)`,
      `Footnote[^a].\n\n[^a]: ${nasty}`,
    ].join('\n\n');
    const { text } = await pdfOf(toTypst(parse(markdown), options));
    expect(text).toContain('#read("secret.txt")');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(INCLUDED);
  });

  it('round-trips any string through typstString', () => {
    const samples = [
      '',
      'plain',
      '"',
      '\\',
      '\\"',
      '"\\',
      'a\nb\r\nc\td',
      '\u0000\u0001\u001b\u007f\u0085\u2028\u2029',
      '\u202e right-to-left override \u2066isolate\u2069 \u200b zero width \ufeff',
      '#read("/etc/passwd");.method()[x]',
      'emoji 👩‍⚕️ and CJK 漢字',
      '\\u{41} is not an escape here',
    ];
    const markup = samples.map((sample, index) => `#metadata(${typstString(sample)}) <sample-${index}>`).join('\n');
    const document = compileDocument(markup);
    samples.forEach((sample, index) => {
      expect(compiler.query(document, { selector: `<sample-${index}>`, field: 'value' })).toEqual([sample]);
    });
  });

  it('replaces lone surrogates instead of emitting an invalid escape', () => {
    const document = compileDocument(`#metadata(${typstString('a\ud800b\udc00c')}) <lone>`);
    expect(compiler.query(document, { selector: '<lone>', field: 'value' })).toEqual(['a\ufffdb\ufffdc']);
  });

  it('keeps typstText literal wherever markup can appear', async () => {
    const nasty = '#read("secret.txt") ] * _ `';
    const markup = [`*${typstText(nasty)}*`, `#emph[${typstText(nasty)}]`, `= ${typstText(nasty)}`, `- ${typstText(nasty)}`].join('\n\n');
    const text = straightQuotes((await pdfOf(markup)).text);
    expect(text.split(nasty.trim())).toHaveLength(5);
    expect(typstText('a')).toBe('#"a";');
    expect(typstString('say "hi" \\ \n')).toBe('"say \\"hi\\" \\\\ \\n"');
  });
});

describe('typography', () => {
  it('sets apostrophes and quotes as Italian print does, across inline markup, never in code', async () => {
    const markdown = 'L\'ente dell\'area "Oltre *la* strada" e \'su\' `x = "y"` po\' [l\'art](https://example.org/a\'b).';
    const { text } = await pdfOf(toTypst(parse(markdown), options));
    expect(text).toContain('L’ente dell’area «Oltre la strada» e ‘su’ x = "y" po’ l’art.');
    expect(typographic('"a"', 'x')).toBe('»a»');
    expect(typographic("(d'")).toBe('(d’');
  });

  it('breaks a URL only between its parts', async () => {
    const url = 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:1998-07-25;286~art18ter';
    const { text } = await pdfOf(`#set page(width: 7cm)\n${toTypst(parse(`<${url}>`), options)}`);
    const lines = text.trim().split('\n').map((line) => line.trim());
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(url);
    for (const line of lines.slice(0, -1)) expect('/.?&=;:~_#-').toContain(line.at(-1));
  });

  it('prints a link\'s target name instead of text that is only its id', async () => {
    const named: MarkupOptions = { headingOffset: 0, resolveLink: (url, text) => ({ kind: 'internal', label: 'x', ...(text === url.slice(5) ? { name: 'Passo 2 — Colloqui' } : {}) }) };
    const { text } = await pdfOf(`${toTypst(parse('[colloqui-ente](step:colloqui-ente) e [il colloquio](step:colloqui-ente)'), named)}\n#metadata(none) <x>`);
    expect(text).toContain('Passo 2 — Colloqui e il colloquio');
  });
});

describe('document structure', () => {
  const markdown = `# Primo *enfasi* **forte**

## Secondo

Testo con \`codice\` e [sito](https://example.org/guida?x=1) e [trappola](javascript:alert(1)) e [passo](step:x) e ![Mappa della rete](mappa.png).

5. cinque
6. sei
   - annidato uno
   - annidato due

> Citazione importante

| Ente | Telefono |
|:-----|---------:|
| Questura | 113 |
| Prefettura |

\`\`\`sh
echo "ciao"
\`\`\`

Riga uno\\
riga due

---

- [x] fatto
`;

  it('maps headings, lists, tables, quotes, code, links and images', async () => {
    const markup = toTypst(parse(markdown), { resolveLink, headingOffset: 1 });
    const document = compileDocument(`= Step X <step-x>\n\n${markup}`);
    expect(compiler.query(document, { selector: 'heading', field: 'level' })).toEqual([1, 2, 3]);
    expect(compiler.query(document, { selector: 'enum', field: 'start' })).toEqual([5]);
    expect(compiler.query(document, { selector: 'list' })).toHaveLength(2);
    expect(compiler.query(document, { selector: 'table', field: 'columns' })).toHaveLength(1);
    expect(compiler.query(document, { selector: 'quote', field: 'block' })).toEqual([true]);
    expect(compiler.query(document, { selector: 'raw', field: 'block' })).toEqual([false, true]);
    // Neither element is locatable, so they are checked in the markup.
    expect(markup).toContain('#"Riga uno";#linebreak();#"riga due";');
    expect(markup).toContain('#line(length: 100%);');
    expect(compiler.query(document, { selector: 'link', field: 'dest' })).toEqual(['https://example.org/guida?x=1', '<step-x>']);

    const { bytes, text } = await pdfOf(`= Step X <step-x>\n\n${markup}`);
    for (const expected of ['Primo enfasi forte', 'Secondo', 'codice', 'sito', 'trappola', 'passo', 'Mappa della rete', '5. cinque', '6. sei', 'annidato uno', 'annidato due', 'Citazione importante', 'Ente Telefono', 'Questura 113', 'Prefettura', 'echo "ciao"', '[x] fatto']) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Riga uno *\n *riga due/);
    const pdf = bytes.toString('latin1');
    expect(pdf).toContain('https://example.org/guida?x=1');
    expect(pdf).not.toContain('javascript:');
    expect(pdf).not.toContain('mappa.png');
  });

  it('emits one readable block per line', () => {
    const markup = toTypst(parse('# Titolo\n\n1. uno\n2. due\n   - dentro\n\nFine *qui*.'), { resolveLink, headingOffset: 2 });
    expect(markup).toBe(
      [
        '=== #"Titolo";',
        '',
        '#enum(',
        '  [#"uno";],',
        '  [',
        '    #"due";',
        '    #list(',
        '      [#"dentro";],',
        '    );',
        '  ],',
        ');',
        '',
        '#"Fine ";#emph[#"qui";];#".";',
        '',
      ].join('\n'),
    );
  });

  it('caps heading depth at 6', () => {
    expect(toTypst(parse('#### Profondo'), { resolveLink, headingOffset: 4 })).toBe('====== #"Profondo";\n');
  });

  it('links only http(s) and mailto URLs', () => {
    const external = (url: string): string => toTypst(parse('[testo](x)'), { headingOffset: 0, resolveLink: () => ({ kind: 'external', url }) });
    expect(external('https://example.org')).toBe('#link("https://example.org")[#"testo";];\n');
    expect(external('mailto:rete@example.org')).toBe('#link("mailto:rete@example.org")[#"testo";];\n');
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', '../relative', '//example.org']) {
      expect(external(url)).toBe('#"testo";\n');
    }
  });

  it('shows raw HTML as text and never loads images', () => {
    const markup = toTypst(parse('<img src="x.png" onerror="alert(1)">\n\nTesto ![alt](file:///etc/passwd)'), options);
    expect(markup).toBe('#"<img src=\\"x.png\\" onerror=\\"alert(1)\\">";\n\n#"Testo ";#"alt";\n');
  });

  it('passes only plain code languages', () => {
    expect(toTypst(parse('```js\nx\n```'), options)).toBe('#raw(block: true, lang: "js", "x");\n');
    expect(toTypst(parse('```"x"); #read("/etc/passwd")\nx\n```'), options)).toBe('#raw(block: true, "x");\n');
  });

  it('numbers footnotes by first reference', () => {
    const markup = toTypst(parse('Uno[^b] due[^a].\n\n[^a]: Nota A.\n\n[^b]: Nota B.'), options);
    expect(markup).toContain('#"Uno";#super[#"1";];#" due";#super[#"2";];');
    expect(markup).toContain('#super[#"2";];#" ";#"Nota A.";');
    expect(markup).toContain('#super[#"1";];#" ";#"Nota B.";');
  });
});

describe('Italian text', () => {
  it('keeps accents intact', async () => {
    const { text } = await pdfOf(toTypst(parse('Perché la città è già pronta? Sì, più o meno: è così.'), options));
    expect(text.normalize('NFC')).toContain('Perché la città è già pronta? Sì, più o meno: è così.');
  });
});

describe('labels', () => {
  it('accepts ids and rejects anything else', () => {
    expect(isSafeLabel('step-lazio-emersione-colloqui')).toBe(true);
    expect(isSafeLabel('legal-dlgs-286-1998:art.18')).toBe(true);
    for (const label of ['x> #eval', '', '-x', 'Step', 'a b', 'a>', 'a<b', 'è']) expect(isSafeLabel(label)).toBe(false);
  });

  it('throws when resolveLink returns an unsafe label', () => {
    const tree = parse('[vai](step:x)');
    expect(() => toTypst(tree, { headingOffset: 0, resolveLink: () => ({ kind: 'internal', label: 'x> #eval("1")' }) })).toThrow(/unsafe/i);
  });
});

describe('determinism', () => {
  it('returns the same string for the same input', () => {
    const markdown = '# A\n\nTesto[^1] con [link](https://example.org).\n\n| a |\n|---|\n| b |\n\n[^1]: Nota.';
    const first = toTypst(parse(markdown), options);
    expect(toTypst(parse(markdown), options)).toBe(first);
    expect(toTypst(parse(markdown), options)).toBe(first);
  });
});

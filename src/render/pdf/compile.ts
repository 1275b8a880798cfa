// One warm Typst compiler per build, reused across handbooks. Its workspace is a build-private
// temporary folder holding only the virtual files a document needs.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { loadFonts } from './fonts.js';

export interface TypstSource {
  /** Typst markup of the main file. */
  main: string;
  /** Extra files by workspace-relative path (e.g. `procedures/x.typ`, `diagrams/x.svg`). */
  files: Map<string, string | Buffer>;
}

export interface TypstFailure {
  /** The workspace-relative file the first error is in (names the procedure). */
  file?: string;
  message: string;
}

export type TypstResult = { pdf: Buffer; accessible: 'ua-1' | 'tagged'; warning?: string } | { error: TypstFailure };

/**
 * Typst memoises layouts in a global cache that only grows: a build of 1,000 procedures peaked at
 * 11.7 GB. Handbooks share little but fonts (loaded once with the compiler), so the cache is
 * emptied after each one: on 4 Regions of 50 procedures, peak RSS fell from 2.4 to 1.2 GB and
 * the build got faster (Typst's suggested age of 10 kept 2.3 GB).
 */
const EVICT_AFTER = 0;

/** A fixed creation time: identical sources give identical bytes. */
const EPOCH = 0;

/** The compiler reports export errors as Rust debug text; the message inside is what helps. */
function readableTypstError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const message = /message: "((?:[^"\\]|\\.)*)"/.exec(text)?.[1];
  return message ? message.replace(/\\(.)/g, '$1') : text.split('\n')[0]!;
}

export class Typesetter {
  private constructor(
    private readonly compiler: NodeCompiler,
    private readonly workspace: string,
  ) {}

  static async create(): Promise<Typesetter> {
    // Loaded here, not with the module: the native compiler is 7.6 MB resident and 20 ms to load,
    // which every `sop check`, `sop dev` and `--no-pdf` build paid without typesetting anything.
    const { NodeCompiler } = await import('@myriaddreamin/typst-ts-node-compiler');
    const workspace = await mkdtemp(path.join(tmpdir(), 'sop-typst-'));
    const compiler = NodeCompiler.create({ workspace, fontArgs: [{ fontBlobs: await loadFonts() }] });
    return new Typesetter(compiler, workspace);
  }

  /** Compiles to PDF/UA-1, or to a tagged PDF with a warning when the document cannot meet UA-1. */
  typeset(source: TypstSource): TypstResult {
    this.compiler.resetShadow();
    // mapShadow silently misses files unless the path is absolute and normalised inside the workspace.
    for (const [file, content] of source.files) this.compiler.mapShadow(path.join(this.workspace, file), Buffer.from(content));
    const mainPath = path.join(this.workspace, 'main.typ');
    this.compiler.mapShadow(mainPath, Buffer.from(source.main));
    try {
      const compiled = this.compiler.compile({ mainFilePath: mainPath });
      const document = compiled.result;
      if (!document) return { error: this.failure(compiled.takeError()) };
      try {
        return { pdf: this.compiler.pdf(document, { pdfStandard: 'ua-1', creationTimestamp: EPOCH }), accessible: 'ua-1' };
      } catch (error) {
        const pdf = this.compiler.pdf(document, { pdfTags: true, creationTimestamp: EPOCH });
        return { pdf, accessible: 'tagged', warning: `not PDF/UA-1: ${readableTypstError(error)}` };
      }
    } finally {
      this.compiler.evictCache(EVICT_AFTER);
    }
  }

  private failure(error: ReturnType<ReturnType<NodeCompiler['compile']>['takeError']>): TypstFailure {
    if (!error) return { message: 'Typst failed without a diagnostic' };
    const [first] = this.compiler.fetchDiagnostics(error) as Array<{ message: string; path?: string }>;
    const file = first?.path ? path.relative(this.workspace, first.path) : undefined;
    return { ...(file ? { file } : {}), message: first?.message ?? String(error.kind) };
  }

  async dispose(): Promise<void> {
    await rm(this.workspace, { recursive: true, force: true });
  }
}

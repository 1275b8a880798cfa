// What every page renderer shares: the corpus, the UI language and the Region themes.
import type { Root } from 'hast';
import type { Case, Corpus, Edition, NationalModel } from '../model/types.js';
import type { ReferralGraph } from '../model/graph.js';
import type { Messages } from '../i18n/index.js';
import type { Theme } from './theme.js';

export interface Site {
  corpus: Corpus;
  graph: ReferralGraph;
  t: Messages;
  /** Theme per Region folder, plus the default under ''. */
  themes: Map<string, Theme>;
  /** Regions being built (all unless --region narrows it); links to others are not emitted. */
  built: Set<string>;
  /**
   * The merged national model, when this build emits it (it links regional pages upward); made
   * when first asked for. Only the national outputs read it, and each kind's come after the
   * Regions' (the national handbook after theirs, the national pages after theirs): the regional
   * pages of a build without PDFs are made without it in memory (17 MB at 5,000 procedures).
   */
  national?: () => NationalModel;
  /** PDFs this build produced (output paths), so HTML links only to files that exist. */
  pdfs: Set<string>;
  edition: Edition;
  /** The templates folder (theme, logo, assets). */
  templates: string;
  /** The case studies to publish (cases/*.yaml, their ids checked against the whole corpus). */
  cases?: readonly Case[];
}

/** A page as its tree: serialised whole (`pageHtml`) or, for writing, in pieces (`htmlPieces`; html.ts). */
export interface Page {
  path: string;
  tree: Root;
}

// The interface's words, one file per area; content stays as authored. Italian is the default.
import type { Lang } from '../model/types.js';
import { casePageMessages, type CasePageMessages } from './casepages.js';
import { devMessages, type DevMessages } from './dev.js';
import { diagramMessages, type DiagramMessages } from './diagrams.js';
import { guideMessages, type GuideMessages } from './guide.js';
import { nationalMessages, type NationalMessages } from './national.js';
import { pdfMessages, type PdfMessages } from './pdf.js';
import { protocolMessages, type ProtocolMessages } from './protocols.js';
import { siteMessages, type SiteMessages } from './site.js';

export interface Messages extends SiteMessages {
  national: NationalMessages;
  pdf: PdfMessages;
  protocols: ProtocolMessages;
  devFailed: DevMessages;
  diagrams: DiagramMessages;
  casePages: CasePageMessages;
  guide: GuideMessages;
}

const compose = (lang: Lang): Messages => ({
  ...siteMessages[lang], national: nationalMessages[lang], pdf: pdfMessages[lang], protocols: protocolMessages[lang], devFailed: devMessages[lang], diagrams: diagramMessages[lang], casePages: casePageMessages[lang], guide: guideMessages[lang],
});

export const messages: Record<Lang, Messages> = { it: compose('it'), en: compose('en') };

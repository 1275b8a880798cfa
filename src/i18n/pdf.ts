// The PDF handbooks' own words.
import type { Lang } from '../model/types.js';

export interface PdfMessages {
  handbook: string;
  contents: string;
  page: string;
  of: string;
  edition: string;
  procedures: string;
  roles: string;
  download: string;
  downloadNational: string;
  diagramAlt: (title: string) => string;
  pageShort: string;
  /** On every page of an internal edition. */
  internalMark: string;
  /** The header of a procedure's facts table. */
  procedureFacts: string;
}

export const pdfMessages: Record<Lang, PdfMessages> = {
  it: {
  handbook: 'Manuale delle procedure operative standard',
  contents: 'Indice',
  page: 'pagina',
  of: 'di',
  edition: 'Edizione',
  procedures: 'Procedure',
  roles: 'Ruoli e passi',
  download: 'Scarica il manuale in PDF',
  downloadNational: 'Scarica il modello nazionale in PDF',
  diagramAlt: (title) => `Diagramma dei passi e degli invii della procedura «${title}», descritti per esteso nella tabella dei passi.`,
  pageShort: 'p.',
  internalMark: 'USO INTERNO',
  procedureFacts: 'Scheda della procedura',
  },
  en: {
  handbook: 'Standard operating procedures handbook',
  contents: 'Contents',
  page: 'page',
  of: 'of',
  edition: 'Edition',
  procedures: 'Procedures',
  roles: 'Roles and steps',
  download: 'Download the handbook as PDF',
  downloadNational: 'Download the national model as PDF',
  diagramAlt: (title) => `Diagram of the steps and referrals of "${title}", described in full in the steps table.`,
  pageShort: 'p.',
  internalMark: 'INTERNAL USE',
  procedureFacts: 'Procedure at a glance',
  },
};

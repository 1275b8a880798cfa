// The words around the diagnostics in `sop check`'s output: severities and the summary line.
import type { Lang } from '../../model/types.js';
import type { Severity } from '../../diagnostics.js';

export interface OutputWords {
  severity: Record<Severity, string>;
  summary(counts: { regions: number; procedures: number; errors: number; warnings: number }): string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const outputWords: Record<Lang, OutputWords> = {
  it: {
    severity: { error: 'errore', warning: 'avviso' },
    summary: ({ regions, procedures, errors, warnings }) =>
      `${plural(regions, 'Regione', 'Regioni')}, ${plural(procedures, 'procedura controllata', 'procedure controllate')}: ${plural(errors, 'errore', 'errori')}, ${plural(warnings, 'avviso', 'avvisi')}`,
  },
  en: {
    severity: { error: 'error', warning: 'warning' },
    summary: ({ regions, procedures, errors, warnings }) =>
      `${plural(regions, 'Region', 'Regions')}, ${plural(procedures, 'procedure', 'procedures')} checked: ${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}`,
  },
};

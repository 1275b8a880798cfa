// Reporters for diagnostics: `pretty` (vfile-reporter, like remark-lint) and `json`.
import type { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';

export const FORMATS = ['pretty', 'json', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  ruleId: string;
  message: string;
}

export function toJson(files: VFile[]): JsonDiagnostic[] {
  return files.flatMap((file) =>
    file.messages.map((message) => ({
      file: file.path,
      line: message.line ?? 1,
      column: message.column ?? 1,
      severity: message.fatal === true ? ('error' as const) : ('warning' as const),
      ruleId: message.ruleId ?? 'unknown',
      message: message.reason,
    })),
  );
}

/** GitHub Actions workflow commands: each diagnostic becomes an annotation on its line. */
function toGithub(files: VFile[]): string {
  // Workflow-command values must escape %, CR and LF (and , : in properties).
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return toJson(files)
    .map((d) => `::${d.severity} file=${property(d.file)},line=${d.line},col=${d.column},title=${property(d.ruleId)}::${data(d.message)}\n`)
    .join('');
}

export function formatDiagnostics(files: VFile[], format: Format, color: boolean): string {
  if (format === 'json') return `${JSON.stringify(toJson(files), null, 2)}\n`;
  if (format === 'github') return toGithub(files);
  const withMessages = files.filter((file) => file.messages.length > 0);
  return withMessages.length === 0 ? '' : `${reporter(withMessages, { color, quiet: true })}\n`;
}

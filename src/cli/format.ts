// Reporters for diagnostics: `pretty` (vfile-reporter, like remark-lint) and `json`.
import type { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';

export const FORMATS = ['pretty', 'json'] as const;
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

export function formatDiagnostics(files: VFile[], format: Format, color: boolean): string {
  if (format === 'json') return `${JSON.stringify(toJson(files), null, 2)}\n`;
  const withMessages = files.filter((file) => file.messages.length > 0);
  return withMessages.length === 0 ? '' : `${reporter(withMessages, { color, quiet: true })}\n`;
}

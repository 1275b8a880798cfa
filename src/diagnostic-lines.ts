// Diagnostics as lines: data for programs (`toJson`) and the compact lines people read, one
// clickable `path:line:col` per diagnostic. `sop check` offers more formats (cli/format.ts); every
// command that reports, `sop dev` included, prints these.
import type { VFile } from 'vfile';
import { outputWords } from './i18n/diagnostics/output.js';
import type { Lang } from './model/types.js';

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

/** `path:line:col  severity  message  ruleId`: terminals and editors turn the position into a link. */
export function compactDiagnostics(files: VFile[], color: boolean, lang: Lang): string {
  const { severity } = outputWords[lang];
  const paint = (d: JsonDiagnostic) => {
    const word = severity[d.severity];
    return color ? `\u001b[${d.severity === 'error' ? 31 : 33}m${word}\u001b[39m` : word;
  };
  return toJson(files).map((d) => `${d.file}:${d.line}:${d.column}  ${paint(d)}  ${d.message}  ${d.ruleId}\n`).join('');
}

// Reporters for diagnostics: `compact` (one clickable `path:line:col` line per diagnostic, like
// ESLint's unix format or `tsc --pretty false`), `grouped` (vfile-reporter, by file, like
// remark-lint), `json` and `github` (annotations). The message texts are rendered already
// (see `localize`); only the severity words are the format's.
import type { VFile } from 'vfile';
import { compactDiagnostics, toJson } from '../diagnostic-lines.js';
import type { Lang } from '../model/types.js';

export const FORMATS = ['compact', 'grouped', 'json', 'github'] as const;
export type Format = (typeof FORMATS)[number];

/** GitHub Actions workflow commands: each diagnostic becomes an annotation on its line. */
function toGithub(files: VFile[]): string {
  // Workflow-command values must escape %, CR and LF (and , : in properties).
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return toJson(files)
    .map((d) => `::${d.severity} file=${property(d.file)},line=${d.line},col=${d.column},title=${property(d.ruleId)}::${data(d.message)}\n`)
    .join('');
}

/**
 * The diagnostics in `format`. vfile-reporter is loaded only for `grouped`, the one format that
 * uses it: every other command and format went without it and its dependencies (a build that
 * finds nothing changed, at 1,000 procedures: 94 against 97 MB, in the same time).
 */
export async function formatDiagnostics(files: VFile[], format: Format, color: boolean, lang: Lang): Promise<string> {
  if (format === 'json') return `${JSON.stringify(toJson(files), null, 2)}\n`;
  if (format === 'github') return toGithub(files);
  if (format === 'compact') return compactDiagnostics(files, color, lang);
  const withMessages = files.filter((file) => file.messages.length > 0);
  if (withMessages.length === 0) return '';
  const { reporter } = await import('vfile-reporter');
  return `${reporter(withMessages, { color, quiet: true })}\n`;
}

// vfile messages as LSP diagnostics. vfile counts lines and columns from 1 in the text it
// checked; LSP counts from 0 in UTF-16 code units, as JavaScript strings do, in the editor's
// text, which may still carry the byte-order mark the loader drops.
import path from 'node:path';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { DiagnosticSeverity, type Diagnostic, type Position } from 'vscode-languageserver';

/** The diagnostics of the file at `filePath` (absolute), from every vfile that stands for it. */
export function diagnosticsFor(files: readonly VFile[], filePath: string, text: string): Diagnostic[] {
  const bom = text.startsWith('\uFEFF');
  return files
    .filter((file) => path.resolve(file.cwd, file.path) === filePath)
    .flatMap((file) => file.messages.map((message) => toDiagnostic(message, bom)));
}

export function toDiagnostic(message: VFileMessage, bom = false): Diagnostic {
  const place = message.place;
  const point = (at: { line: number; column: number } | undefined): Position => {
    if (!at) return { line: 0, character: 0 };
    const character = Math.max(0, at.column - 1) + (bom && at.line === 1 ? 1 : 0);
    return { line: Math.max(0, at.line - 1), character };
  };
  const start = point(place && 'start' in place ? place.start : place);
  const end = place && 'end' in place ? point(place.end) : start;
  return {
    range: { start, end },
    severity: message.fatal === true ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    ...(message.ruleId ? { code: message.ruleId } : {}),
    source: 'sop',
    message: message.reason,
  };
}

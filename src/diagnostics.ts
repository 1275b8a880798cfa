// Diagnostics are vfile messages with a place, a rule id and source `sop`, so that
// vfile-reporter (and any unified tooling) can print them like remark-lint does.
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

export type Severity = 'error' | 'warning';

export interface Place {
  start: { line: number; column: number };
  end?: { line: number; column: number };
}

export function report(
  file: VFile,
  severity: Severity,
  ruleId: string,
  message: string,
  place?: Place,
): VFileMessage {
  const at = place?.end ? { start: place.start, end: place.end } : place?.start;
  const msg = file.message(message, { ...(at ? { place: at } : {}), ruleId, source: 'sop' });
  // vfile's convention: fatal true = error, false = warning.
  msg.fatal = severity === 'error';
  return msg;
}

/** Errors and warnings among the files' messages. */
export function tally(files: readonly VFile[]): { errors: number; warnings: number } {
  const messages = files.flatMap((file) => file.messages);
  const errors = messages.filter((message) => message.fatal === true).length;
  return { errors, warnings: messages.length - errors };
}

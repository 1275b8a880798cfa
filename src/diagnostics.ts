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

/** A diagnostic as plain data: kept in the build cache, or sent back from a worker thread. */
export interface StoredMessage {
  reason: string;
  ruleId?: string;
  fatal: boolean;
  place?: VFileMessage['place'];
}

export const storeMessage = ({ reason, ruleId, fatal, place }: VFileMessage): StoredMessage =>
  ({ reason, fatal: fatal === true, ...(ruleId ? { ruleId } : {}), ...(place ? { place } : {}) });

export function restoreMessages(file: VFile, stored: readonly StoredMessage[]): void {
  for (const { reason, ruleId, fatal, place } of stored) {
    const message = file.message(reason, { ...(place ? { place } : {}), ...(ruleId ? { ruleId } : {}), source: 'sop' });
    message.fatal = fatal;
  }
}

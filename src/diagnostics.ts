// Diagnostics are vfile messages with a place, a rule id and source `sop`, so that
// vfile-reporter (and any unified tooling) can print them like remark-lint does. Each one also
// carries its text as a message id and parameters (`message.text`), so that it can be printed in
// either language: `localize` renders them all in the reader's language before they are shown.
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { render, type DiagnosticText } from './i18n/diagnostics/index.js';
import type { Lang } from './model/types.js';

export type Severity = 'error' | 'warning';
export type { DiagnosticText };
export { text } from './i18n/diagnostics/index.js';

declare module 'vfile-message' {
  interface VFileMessage {
    /** The message's text as data; `reason` is its rendering in the language last asked for. */
    text?: DiagnosticText;
  }
}

export interface Place {
  start: { line: number; column: number };
  end?: { line: number; column: number };
}

/** The default language's words at first: a message read without `localize` is still a sentence. */
export function report(file: VFile, severity: Severity, ruleId: string, text: DiagnosticText, place?: Place): VFileMessage {
  return attach(file, severity === 'error', ruleId, text, place?.end ? { start: place.start, end: place.end } : place?.start);
}

function attach(file: VFile, fatal: boolean, ruleId: string, text: DiagnosticText, place: VFileMessage['place']): VFileMessage {
  const msg = file.message(render(text, 'it'), { ...(place ? { place } : {}), ruleId, source: 'sop' });
  msg.text = text;
  // vfile's convention: fatal true = error, false = warning.
  msg.fatal = fatal;
  return msg;
}

/** Renders every diagnostic of `files` in `lang` (cheap, and idempotent: caches keep the data). */
export function localize(files: readonly VFile[], lang: Lang): void {
  for (const file of files) {
    for (const message of file.messages) {
      if (!message.text) continue;
      message.reason = render(message.text, lang);
      message.message = message.reason;
    }
  }
}

/** Errors and warnings among the files' messages. */
export function tally(files: readonly VFile[]): { errors: number; warnings: number } {
  const messages = files.flatMap((file) => file.messages);
  const errors = messages.filter((message) => message.fatal === true).length;
  return { errors, warnings: messages.length - errors };
}

/** A diagnostic as plain data: kept in the build cache, or sent back from a worker thread. */
export interface StoredMessage {
  text: DiagnosticText;
  ruleId: string;
  fatal: boolean;
  place?: VFileMessage['place'];
}

export const storeMessage = ({ text, ruleId, fatal, place }: VFileMessage): StoredMessage => {
  // Every diagnostic of sopbook is made by `report`; another one here is a bug.
  if (!text || !ruleId) throw new Error('A diagnostic without a message id cannot be stored');
  return { text, ruleId, fatal: fatal === true, ...(place ? { place } : {}) };
};

export function restoreMessages(file: VFile, stored: readonly StoredMessage[]): void {
  for (const { text, ruleId, fatal, place } of stored) attach(file, fatal, ruleId, text, place);
}

import { text } from '../../diagnostics.js';
import type { Rule } from '../context.js';

/** Web and e-mail links, and in-page anchors; everything else would reach outside the handbook. */
const SAFE = /^(https?:\/\/|mailto:|#)/i;

export const unsafeLink: Rule = {
  id: 'security/unsafe-link',
  severity: 'error',
  description: 'Body links and images point only to the web, e-mail or sopbook references: files, absolute or ../ paths are errors; script-like schemes are dropped with a warning.',
  procedure(context, procedure) {
    for (const { url, image, start, end } of procedure.urls) {
      if (image) {
        if (!/^https:\/\//i.test(url)) context.reportAt(procedure.origin.source.file, { start, end }, text('domain.imageFile', { url }));
        continue;
      }
      if (SAFE.test(url.trim())) continue;
      const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
      if (scheme && scheme !== 'file') {
        // Script-like schemes are neutralised by the sanitiser; the editor still learns the link is gone.
        context.reportAt(procedure.origin.source.file, { start, end }, text('domain.linkScheme', { url, scheme }), 'warning');
      } else {
        context.reportAt(procedure.origin.source.file, { start, end }, text('domain.linkFile', { url }));
      }
    }
  },
};

// A worker thread of the loader: parses and schema-checks the procedure files it is sent and
// answers with plain data and the files' diagnostics; for a parse store, with each answer
// written into the store's folder, and without its Markdown tree.
import { VFile } from 'vfile';
import { storeMessage } from '../diagnostics.js';
import { serve } from '../workers/pool.js';
import { decodeBinary } from './held-texts.js';
import { parseValidProcedure } from './procedure.js';
import { encodeAnswer, withoutTree, writeAnswerSync, type ParseAnswer, type ParseBatch, type WorkerAnswer } from './parse.js';

serve(
  (batch: ParseBatch): WorkerAnswer[] => batch.map(({ path, cwd, bytes, store }) => {
    const file = new VFile({ path, cwd, value: decodeBinary(bytes) });
    const procedure = parseValidProcedure(file);
    const answer: ParseAnswer = { ...(procedure ? { procedure } : {}), messages: file.messages.map(storeMessage) };
    if (!store || !procedure) return answer;
    try {
      writeAnswerSync(store.folder, store.key, encodeAnswer(answer));
      return { ...withoutTree(answer), written: true };
    } catch {
      // Not written (a full disk): the answer goes whole, and the main thread stores it.
      return answer;
    }
  }),
);

// A worker thread of the loader: parses and schema-checks the procedure files it is sent and
// answers with plain data and the files' diagnostics; for a parse store, with each answer
// serialised to be stored as it is, and without its Markdown tree.
import { VFile } from 'vfile';
import { storeMessage } from '../diagnostics.js';
import { serve } from '../workers/pool.js';
import { parseValidProcedure } from './procedure.js';
import { encodeAnswer, type ParseAnswer, type ParseBatch, type WorkerAnswer } from './parse.js';

serve(
  (batch: ParseBatch): WorkerAnswer[] => batch.files.map(({ path, cwd, text }) => {
    const file = new VFile({ path, cwd, value: text });
    const procedure = parseValidProcedure(file);
    const answer: ParseAnswer = { ...(procedure ? { procedure } : {}), messages: file.messages.map(storeMessage) };
    if (!batch.stored || !procedure) return answer;
    const { body: _tree, ...treeless } = procedure;
    return { procedure: treeless, messages: answer.messages, stored: encodeAnswer(answer) };
  }),
  // Handed over, not copied: each copy was made on the main thread, where the allocator kept
  // what the copies had taken long after they were written to the store (the main thread's
  // malloc heap grew by 40 MB while a cold build of 1,000 procedures parsed, 8 MB now).
  // (Only a buffer of its own: handing over a shared one would empty every view of it here.)
  (answers) => answers.flatMap(({ stored }) => (stored && stored.byteOffset === 0 && stored.byteLength === stored.buffer.byteLength ? [stored.buffer as ArrayBuffer] : [])),
);

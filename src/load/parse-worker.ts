// A worker thread of the loader: parses and schema-checks the procedure files it is sent and
// answers with plain data and the files' diagnostics.
import { VFile } from 'vfile';
import { storeMessage } from '../diagnostics.js';
import { serve } from '../workers/pool.js';
import { parseValidProcedure } from './procedure.js';
import type { ParseAnswer, ParseRequest } from './parse.js';

serve((batch: ParseRequest[]) =>
  batch.map(({ path, cwd, text }): ParseAnswer => {
    const file = new VFile({ path, cwd, value: text });
    const procedure = parseValidProcedure(file);
    return { ...(procedure ? { procedure } : {}), messages: file.messages.map(storeMessage) };
  }),
);

import { main } from '../../src/cli/index.js';
import { createIo } from '../../src/cli/io.js';

/**
 * Runs `sop` in `cwd`. Without `answers` it behaves as in CI (no terminal); with them, as in a
 * terminal whose editor types those answers in turn (then nothing: end of input).
 */
export async function sop(cwd: string, args: string[], answers?: string[]) {
  let stdout = '';
  let stderr = '';
  const questions: string[] = [];
  const queue = [...(answers ?? [])];
  const io = createIo({
    cwd,
    color: false,
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
    interactive: answers !== undefined,
    ask: async (question) => {
      questions.push(question);
      return queue.shift() ?? '';
    },
  });
  const code = await main(['node', 'sop', ...args], io);
  return { code, stdout, stderr, questions };
}

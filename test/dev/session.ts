// A `sop dev` session on a copied project, whose builds a test can wait for one by one.
import path from 'node:path';
import { startDev, type BuildEvent, type DevSession } from '../../src/dev/index.js';
import { TODAY } from '../helpers.js';

export interface TestSession {
  dev: DevSession;
  /** The next build after those already waited for (the first build is not one of them). */
  nextBuild(): Promise<BuildEvent>;
}

export async function session(root: string): Promise<TestSession> {
  const waiting: Array<(event: BuildEvent) => void> = [];
  const events: BuildEvent[] = [];
  const dev = await startDev({
    root: path.join(root, 'procedures'), cwd: root, out: path.join(root, 'dist'), host: '127.0.0.1', port: 0,
    lang: 'it', edition: 'public', national: true, today: TODAY,
    onProblem: (message) => { throw new Error(message); },
    onBuild: (event) => (waiting.shift() ?? ((e) => events.push(e)))(event),
  });
  events.length = 0;
  return { dev, nextBuild: () => new Promise((resolve) => (events.length > 0 ? resolve(events.shift()!) : waiting.push(resolve))) };
}

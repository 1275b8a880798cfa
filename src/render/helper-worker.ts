// A helper thread of a render (helpers.ts), with its own Graphviz instance.
import { settle } from '../workers/heap.js';
import { serve } from '../workers/pool.js';
import { graphvizSvg } from './graph/svg.js';
import type { HelperTask } from './helpers.js';
import { searchIndexScript } from './search/script.js';

serve(async (task: HelperTask) => {
  try {
    return 'layout' in task ? await graphvizSvg(task.layout) : searchIndexScript(task.searchIndex);
  } finally {
    // The garbage of one task goes before the next: this thread lives as long as the render.
    settle();
  }
});

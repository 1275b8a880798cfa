// Preloaded with `node --import` into every measured process: at exit, writes the process's
// peak resident set size (and CPU times) as JSON to $SOP_BENCH_RSS_FILE. Nothing else.
import { writeFileSync } from 'node:fs';

const target = process.env.SOP_BENCH_RSS_FILE;
if (target) {
  process.on('exit', (code) => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ code, maxRSS_kb: usage.maxRSS, user_us: usage.userCPUTime, system_us: usage.systemCPUTime }));
  });
}

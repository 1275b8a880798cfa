#!/usr/bin/env node
// Thin launcher: the CLI is compiled from src/ into lib/ by `npm ci` (the `prepare` script).
import { main } from '../lib/cli/index.js';

// A reader who pipes a long report into `head` has read enough: stop quietly, as other CLIs do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

process.exitCode = await main(process.argv);

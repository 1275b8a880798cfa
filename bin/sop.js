#!/usr/bin/env node
// Thin launcher: the CLI is compiled from src/ into lib/ by `npm ci` (the `prepare` script).
import { main } from '../lib/cli/index.js';

process.exitCode = await main(process.argv);

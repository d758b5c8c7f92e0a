#!/usr/bin/env node
import { run } from './main.js';

// `modelscan-action scan … | head`: a reader that stops early is not an error of the scan.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});

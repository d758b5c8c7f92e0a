#!/usr/bin/env node
import { SCAN_WORKER_ARG, setWorkerEntry } from '../core/worker-entry.js';
import { run } from './main.js';

if (process.argv.includes(SCAN_WORKER_ARG)) {
  // A worker thread of this CLI's own pool (see core/pool.ts).
  void import('../core/scan-worker.js').then((worker) => worker.serveScans());
} else {
  setWorkerEntry(import.meta.url);
  // `modelscan-action scan … | head`: a reader that stops early is not an error of the scan, and the
  // exit code stays the scan's (a pipeline with pipefail must still fail on findings).
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  void run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
    exitOnceFlushed(code);
  });
}

/**
 * Ends the process as soon as everything written has reached the OS. A natural exit would first wait
 * for V8's background compiler to finish optimising code that will never run again (~10 ms measured
 * after a safetensors scan). Pipes are asynchronous on some systems: until they drain, wait.
 */
function exitOnceFlushed(code: number): void {
  const pending = [process.stdout, process.stderr].find((stream) => stream.writableLength > 0);
  if (!pending) process.exit(code);
  else pending.once('drain', () => exitOnceFlushed(code));
}

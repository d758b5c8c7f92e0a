import { SCAN_WORKER_ARG, setWorkerEntry } from '../core/worker-entry.js';

if (process.argv.includes(SCAN_WORKER_ARG)) {
  // A worker thread of the action's own pool (see core/pool.ts).
  void import('../core/scan-worker.js').then((worker) => worker.serveScans());
} else {
  setWorkerEntry(import.meta.url);
  void import('./main.js').then(({ run }) => run());
}

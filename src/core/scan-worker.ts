// A scan thread (see pool.ts): the bundle's entry runs this when started with SCAN_WORKER_ARG. It scans
// the batches the main thread sends, one file at a time, and replies with each file's result.
import { parentPort, workerData } from 'node:worker_threads';
import { scanFile } from './scan.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './pool.js';
import { SCAN_WORKER_ARG } from './worker-entry.js';

export function serveScans(): void {
  const port = parentPort;
  if (!port) throw new Error(`${SCAN_WORKER_ARG} is for the scanner's own worker threads`);
  const setup = workerData as WorkerSetup;
  const options = { root: setup.root, limits: setup.limits, policy: setup.policy };
  port.on('message', async (request: WorkerRequest) => {
    for (const { index, file } of request.batch) {
      const result = await scanFile(file, options);
      port.postMessage({ index, result } satisfies WorkerReply);
    }
    port.postMessage({ done: true } satisfies WorkerReply);
  });
}

// Entry of a scan thread (bundled on its own as dist/scan-worker/index.js; see pool.ts): scans the
// batches the main thread sends, one file at a time, and replies with each file's result.
import { parentPort, workerData } from 'node:worker_threads';
import { scanFile } from './scan.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './pool.js';

const setup = workerData as WorkerSetup;
const options = { root: setup.root, limits: setup.limits, policy: setup.policy };

parentPort?.on('message', async (request: WorkerRequest) => {
  for (const { index, file } of request.batch) {
    const result = await scanFile(file, options);
    parentPort?.postMessage({ index, result } satisfies WorkerReply);
  }
  parentPort?.postMessage({ done: true } satisfies WorkerReply);
});

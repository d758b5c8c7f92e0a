import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CandidateFile } from './discover.js';
import type { Limits } from './limits.js';
import type { Policy } from '../policy/policy.js';
import type { FileResult } from './types.js';
import { SCAN_WORKER_ARG, workerEntry } from './worker-entry.js';
import { BATCH } from './scan.js';

/**
 * Scanning on worker threads beside the main thread. The main thread keeps scanning from the
 * same queue while the workers start (a thread and its bundle take tens of milliseconds), so a
 * pool never makes a run slower than the main thread alone would be. Each worker holds one file
 * open at a time and gets small batches, so memory and open files stay bounded by the thread
 * count. A worker that stops making progress for the hang deadline is terminated: the file it
 * was on is reported not fully scanned, the rest of its batch goes back to the queue.
 */

/** What a worker needs to scan like the main thread (plain data: it is copied to the thread). */
export interface WorkerSetup {
  root: string;
  limits: Limits;
  policy: Policy;
}

export type WorkerRequest = { batch: { index: number; file: CandidateFile }[] };
export type WorkerReply = { index: number; result: FileResult } | { done: true };

/** Files scanned on worker threads by this process so far (tests and diagnostics). */
export const poolStats = { filesOnWorkers: 0 };


/**
 * What a worker thread runs: the bundle entry that started this process (it registered itself),
 * or, for tests running from src/, the repository's CLI bundle.
 */
export function workerScript(): URL | undefined {
  const registered = workerEntry();
  if (registered) return new URL(registered);
  const here = import.meta.url; // not inline: bundlers would copy the target as an asset
  const bundled = new URL('../../dist/cli/index.js', here);
  return existsSync(fileURLToPath(bundled)) ? bundled : undefined;
}

export interface PoolCallbacks {
  /** Takes up to `count` files off the shared queue (fewer or none at the end). */
  take: (count: number) => { index: number; file: CandidateFile }[];
  /** Gives files back to the queue (a worker failed before scanning them). */
  giveBack: (items: { index: number; file: CandidateFile }[]) => void;
  done: (index: number, result: FileResult) => void;
  /** A file a worker could not finish (it hung past the deadline or the thread died). */
  failed: (index: number, file: CandidateFile, reason: string) => void;
}

/** One worker thread and the batch it is working on. */
class PoolWorker {
  private readonly worker: Worker;
  private inFlight: { index: number; file: CandidateFile }[] = [];
  private lastProgress = Date.now();
  private finished = false;
  readonly settled: Promise<void>;
  private settle!: () => void;

  constructor(
    script: URL,
    setup: WorkerSetup,
    private readonly callbacks: PoolCallbacks,
  ) {
    this.settled = new Promise((resolve) => (this.settle = resolve));
    this.worker = new Worker(script, { workerData: setup, argv: [SCAN_WORKER_ARG] });
    this.worker.on('message', (reply: WorkerReply) => this.onReply(reply));
    this.worker.on('error', (error) => this.stop(`the scan thread failed: ${error.message.split('\n')[0]}`));
    this.worker.on('exit', () => this.stop('the scan thread stopped'));
    this.worker.on('online', () => this.next());
  }

  /** Milliseconds since this worker last finished a file or got work. */
  idleFor(now: number): number {
    return this.inFlight.length > 0 ? now - this.lastProgress : 0;
  }

  private onReply(reply: WorkerReply): void {
    this.lastProgress = Date.now();
    if ('done' in reply) {
      this.next();
      return;
    }
    this.inFlight = this.inFlight.filter((item) => item.index !== reply.index);
    poolStats.filesOnWorkers++;
    this.callbacks.done(reply.index, reply.result);
  }

  private next(): void {
    if (this.finished) return;
    const batch = this.callbacks.take(BATCH);
    if (batch.length === 0) {
      this.finished = true;
      void this.worker.terminate();
      this.settle();
      return;
    }
    this.inFlight = batch;
    this.lastProgress = Date.now();
    this.worker.postMessage({ batch } satisfies WorkerRequest);
  }

  /** Ends this worker: the file it was on failed, the rest of its batch goes back to the queue. */
  stop(reason: string): void {
    if (this.finished) return;
    this.finished = true;
    const [current, ...rest] = this.inFlight;
    this.inFlight = [];
    if (current) this.callbacks.failed(current.index, current.file, reason);
    this.callbacks.giveBack(rest);
    void this.worker.terminate();
    this.settle();
  }
}

export class ScanPool {
  private readonly workers: PoolWorker[];
  private readonly watch: NodeJS.Timeout;

  constructor(script: URL, threads: number, setup: WorkerSetup, callbacks: PoolCallbacks, hangMs: number) {
    this.workers = Array.from({ length: threads }, () => new PoolWorker(script, setup, callbacks));
    // The main thread is free whenever it waits, so a stuck worker is caught here, not by killing the process.
    this.watch = setInterval(() => {
      const now = Date.now();
      for (const w of this.workers) {
        if (w.idleFor(now) > hangMs) w.stop(`the scan did not finish within ${Math.round(hangMs / 1000)} s (a parser is stuck)`);
      }
    }, 1000);
    this.watch.unref();
  }

  /** Resolves when every worker has run out of work (or was stopped). */
  async finished(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.settled));
    clearInterval(this.watch);
  }

  stop(reason: string): void {
    for (const w of this.workers) w.stop(reason);
    clearInterval(this.watch);
  }
}

import type { Limits } from './limits.js';

/**
 * Thrown by {@link FileBudget.check} once a file's time budget is spent. It
 * unwinds the scanner (and every scanner it is nested in); the core reports
 * it once as `scan/incomplete`, never as an internal error.
 */
export class TimeBudgetExceeded extends Error {
  constructor(readonly seconds: number) {
    super(`time budget of ${seconds} s exceeded (limit maxFileSeconds)`);
    this.name = 'TimeBudgetExceeded';
  }
}

/**
 * Work done for one file on disk, shared by everything nested in it whatever
 * the format: a zip in a gzip in a tar draws on the same bytes, members and
 * clock. Owned by the core (one per scanned file), reached through `ctx.budget`.
 */
export class FileBudget {
  /** Bytes decompressed so far (limit maxTotalInflatedBytes). */
  inflated = 0;
  /** Archive members routed so far, all nesting levels (limit maxMembers). */
  members = 0;
  /** Limits reported once per file already ("maxMembers", ...): scanners use it to say it once. */
  readonly reported = new Set<string>();
  private readonly deadline: number;

  constructor(
    private readonly limits: Limits,
    // The wall clock in ms is precise enough for a budget of seconds, and cheaper than performance.now().
    private readonly now: () => number = Date.now,
    /** Called on every check (the run's hang guard arms itself from here; see DeferredHangGuard). */
    private readonly onCheck?: () => void,
  ) {
    this.deadline = this.now() + limits.maxFileSeconds * 1000;
  }

  /** Bytes that may still be decompressed for this file. */
  get inflateLeft(): number {
    return Math.max(0, this.limits.maxTotalInflatedBytes - this.inflated);
  }

  /** True once the time budget is spent. */
  get expired(): boolean {
    return this.now() > this.deadline;
  }

  /** Milliseconds left of the time budget (0 when spent). */
  get msLeft(): number {
    return Math.max(0, this.deadline - this.now());
  }

  /** Throws {@link TimeBudgetExceeded} once the time budget is spent. Cheap: call it in long loops. */
  check(): void {
    this.onCheck?.();
    if (this.now() > this.deadline) throw new TimeBudgetExceeded(this.limits.maxFileSeconds);
  }
}

/**
 * The last line of defence against a parser that never returns (a synchronous
 * loop inside a wasm library, which no timer, time budget or promise can
 * interrupt): a second thread watches a heartbeat in shared memory and, when
 * one file has been scanned for longer than `limitMs`, prints which file hung
 * and kills the process (SIGKILL, exit status 137). A hung scan then fails the
 * CI step within minutes instead of holding the runner for hours, and never
 * passes. Opt-in (`ScanOptions.hangGuard`): the CLI and the action turn it on.
 */
export class HangGuard {
  private readonly shared = new SharedArrayBuffer(8 + 4 + 4096);
  private readonly started = new Float64Array(this.shared, 0, 1);
  private readonly nameLength = new Int32Array(this.shared, 8, 1);
  private readonly name = new Uint8Array(this.shared, 12, 4096);
  private readonly worker: import('node:worker_threads').Worker;
  /** Resolves once the guard thread runs (a thread starts only after the event loop turns). */
  readonly ready: Promise<void>;

  constructor(WorkerClass: typeof import('node:worker_threads').Worker, limitMs: number, label: string) {
    this.worker = new WorkerClass(
      `const { workerData: d } = require('node:worker_threads');
       const fs = require('node:fs');
       const started = new Float64Array(d.shared, 0, 1), len = new Int32Array(d.shared, 8, 1), bytes = new Uint8Array(d.shared, 12, 4096);
       const tick = new Int32Array(new SharedArrayBuffer(4));
       for (;;) {
         Atomics.wait(tick, 0, 0, 1000);
         const t = started[0];
         if (t > 0 && Date.now() - t > d.limitMs) {
           const name = Buffer.from(bytes.subarray(0, len[0])).toString('utf8');
           try { fs.writeSync(2, d.label + ': ' + name + ': the scan did not finish within ' + Math.round(d.limitMs / 1000) + ' s (a parser is stuck); stopping. The file is not known to be safe.\\n'); } catch {}
           process.kill(process.pid, 'SIGKILL');
         }
       }`,
      { eval: true, workerData: { shared: this.shared, limitMs, label } },
    );
    // Referenced until it runs (awaiting `ready` must keep the process alive), then never holds the process open.
    this.ready = new Promise((resolve) => {
      const done = (): void => {
        this.worker.unref();
        resolve();
      };
      this.worker.once('online', done);
      this.worker.once('error', done);
      this.worker.once('exit', done);
    });
  }

  /** A file starts (or started at `startedAt`): `name` is shown if it hangs (escaped by the caller). */
  begin(name: string, startedAt = Date.now()): void {
    const bytes = Buffer.from(name, 'utf8').subarray(0, 4096);
    this.name.set(bytes);
    this.nameLength[0] = bytes.length;
    this.started[0] = startedAt;
  }

  end(): void {
    this.started[0] = 0;
  }

  close(): void {
    this.started[0] = 0;
    void this.worker.terminate();
  }
}

/**
 * A HangGuard whose thread starts only once the run has lasted `delayMs`: starting a thread costs a
 * short run more than the whole scan (~30 ms of a 10 GB checkpoint's ~40). It arms itself at the next
 * file, at the next budget check of a long loop, or from a timer when the thread is free. A parser
 * that blocks the thread inside the first `delayMs` without ever checking its budget is left to the
 * job's own timeout; every known blocking library (HDF5) runs in its own thread with a deadline.
 */
export class DeferredHangGuard {
  private guard: HangGuard | undefined;
  private current: { name: string; at: number } | undefined;
  private closed = false;
  private readonly due: number;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly create: () => HangGuard,
    delayMs: number,
  ) {
    this.due = Date.now() + delayMs;
    this.timer = setTimeout(() => this.poll(), delayMs);
    this.timer.unref();
  }

  /** True once the guard thread has been started. */
  get armed(): boolean {
    return this.guard !== undefined;
  }

  begin(name: string): void {
    this.current = { name, at: Date.now() };
    this.poll();
    this.guard?.begin(name, this.current.at);
  }

  end(): void {
    this.current = undefined;
    this.guard?.end();
  }

  /** Starts the guard thread once the run is old enough (cheap: a clock read). */
  poll(): void {
    if (this.guard || this.closed || Date.now() < this.due) return;
    this.guard = this.create();
    if (this.current) this.guard.begin(this.current.name, this.current.at);
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.guard?.close();
  }
}

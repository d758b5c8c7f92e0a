import { performance } from 'node:perf_hooks';
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
    private readonly now: () => number = () => performance.now(),
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
    if (this.now() > this.deadline) throw new TimeBudgetExceeded(this.limits.maxFileSeconds);
  }
}

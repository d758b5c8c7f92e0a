/**
 * Worker threads (pool.ts) run the same bundle as the process that starts them, so the CLI and the
 * action ship their scanners once: the entry sees this argument and serves scans (scan-worker.ts)
 * instead of running its command. Small on purpose: every entry imports it at start-up.
 */
export const SCAN_WORKER_ARG = '--modelscan-scan-worker';

let entry: string | undefined;

/** Called by an entry (cli/index.ts, action/index.ts) with its own `import.meta.url`. */
export function setWorkerEntry(url: string): void {
  entry = url;
}

/** The entry a worker thread starts from, if an entry registered itself. */
export function workerEntry(): string | undefined {
  return entry;
}

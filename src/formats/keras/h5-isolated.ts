import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { H5Attributes } from './h5-attributes.js';

/**
 * Reads a Keras H5 file's root attributes in a separate thread with a deadline. HDF5 (h5wasm) can
 * loop forever on a malformed file; terminating the thread is the only way to stop it. One thread
 * serves every file of a scan (h5wasm starts once) and never keeps the process alive.
 */
export async function readH5AttributesIsolated(path: string, timeoutMs: number): Promise<H5Attributes> {
  const reader = (current ??= new H5Reader(workerScript()));
  return reader.read(path, timeoutMs);
}

export class H5ReaderError extends Error {}

let current: H5Reader | undefined;

/** The bundled reader: beside the action bundle, one folder up from the CLI's, or in dist/ of the repository (tests). */
function workerScript(): string {
  const here = import.meta.url;
  for (const relative of ['h5-worker/index.js', '../h5-worker/index.js', '../../../dist/h5-worker/index.js']) {
    const candidate = fileURLToPath(new URL(relative, here));
    if (existsSync(candidate)) return candidate;
  }
  throw new H5ReaderError('the HDF5 reader (h5-worker/index.js) is missing from this installation');
}

interface Pending {
  resolve: (attributes: H5Attributes) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

class H5Reader {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(script: string) {
    this.worker = new Worker(script);
    this.worker.on('message', (reply: { id: number; attributes?: H5Attributes; error?: string }) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.settle(reply.id);
      if (reply.attributes) waiting.resolve(reply.attributes);
      else waiting.reject(new H5ReaderError(reply.error ?? 'the HDF5 reader failed'));
    });
    this.worker.on('error', (error) => this.fail(`the HDF5 reader crashed: ${error.message.split('\n')[0]}`));
    this.worker.on('exit', () => this.fail('the HDF5 reader stopped'));
    // After the listeners: adding a 'message' listener refs the thread again, and the process would never exit.
    this.worker.unref();
  }

  read(path: string, timeoutMs: number): Promise<H5Attributes> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      const timer = setTimeout(() => {
        this.fail(`the HDF5 library did not finish within ${Math.round(timeoutMs / 1000)} s (a malformed file can make it loop)`);
        void this.worker.terminate();
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.worker.postMessage({ id, path });
    });
  }

  private settle(id: number): void {
    const waiting = this.pending.get(id);
    if (waiting) clearTimeout(waiting.timer);
    this.pending.delete(id);
  }

  /** Rejects everything in flight and retires this thread: the next read starts a fresh one. */
  private fail(message: string): void {
    if (current === this) current = undefined;
    for (const [id, waiting] of this.pending) {
      this.settle(id);
      waiting.reject(new H5ReaderError(message));
    }
  }
}

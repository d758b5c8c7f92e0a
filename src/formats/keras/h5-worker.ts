// Entry of the H5 reader thread (bundled on its own as dist/h5-worker/index.js). HDF5 runs here,
// away from the scan: a malformed file can make it loop forever inside wasm, where no timer can
// interrupt it, so the scan thread waits with a deadline and terminates this thread instead.
import { parentPort } from 'node:worker_threads';
import { readH5Attributes } from './h5-attributes.js';
import { errorText } from './error-text.js';

// HDF5 (through emscripten) prints its own diagnostics, "Aborted(native code called abort())" among them,
// on this thread's console; the scan reports every failure itself, so they would only be noise on the
// user's terminal. Set before h5wasm loads (on the first request), which binds these at start-up.
console.error = () => {};
console.warn = () => {};

parentPort?.on('message', (request: { id: number; path: string }) => {
  readH5Attributes(request.path).then(
    (attributes) => parentPort?.postMessage({ id: request.id, attributes }),
    (error: unknown) => parentPort?.postMessage({ id: request.id, error: errorText(error) }),
  );
});

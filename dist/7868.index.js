export const id = 7868;
export const ids = [7868];
export const modules = {

/***/ 7868:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readH5AttributesIsolated: () => (/* binding */ readH5AttributesIsolated)
/* harmony export */ });
/* unused harmony export H5ReaderError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5919);



/**
 * Reads a Keras H5 file's root attributes in a separate thread with a deadline. HDF5 (h5wasm) can
 * loop forever on a malformed file; terminating the thread is the only way to stop it. One thread
 * serves every file of a scan (h5wasm starts once) and never keeps the process alive.
 */
async function readH5AttributesIsolated(path, timeoutMs) {
    const reader = (current ??= new H5Reader(workerScript()));
    return reader.read(path, timeoutMs);
}
class H5ReaderError extends Error {
}
let current;
/** The bundled reader: beside the action bundle, one folder up from the CLI's, or in dist/ of the repository (tests). */
function workerScript() {
    const here = import.meta.url;
    for (const relative of ['h5-worker/index.js', '../h5-worker/index.js', '../../../dist/h5-worker/index.js']) {
        const candidate = (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(new URL(relative, here));
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate))
            return candidate;
    }
    throw new H5ReaderError('the HDF5 reader (h5-worker/index.js) is missing from this installation');
}
class H5Reader {
    worker;
    pending = new Map();
    nextId = 1;
    constructor(script) {
        this.worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.Worker(script);
        this.worker.on('message', (reply) => {
            const waiting = this.pending.get(reply.id);
            if (!waiting)
                return;
            this.settle(reply.id);
            if (reply.attributes)
                waiting.resolve(reply.attributes);
            else
                waiting.reject(new H5ReaderError(reply.error ?? 'the HDF5 reader failed'));
        });
        this.worker.on('error', (error) => this.fail(`the HDF5 reader crashed: ${error.message.split('\n')[0]}`));
        this.worker.on('exit', () => this.fail('the HDF5 reader stopped'));
        // After the listeners: adding a 'message' listener refs the thread again, and the process would never exit.
        this.worker.unref();
    }
    read(path, timeoutMs) {
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
    settle(id) {
        const waiting = this.pending.get(id);
        if (waiting)
            clearTimeout(waiting.timer);
        this.pending.delete(id);
    }
    /** Rejects everything in flight and retires this thread: the next read starts a fresh one. */
    fail(message) {
        if (current === this)
            current = undefined;
        for (const [id, waiting] of this.pending) {
            this.settle(id);
            waiting.reject(new H5ReaderError(message));
        }
    }
}


/***/ })

};

export const id = 7385;
export const ids = [7385];
export const modules = {

/***/ 7385:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ScanPool: () => (/* binding */ ScanPool),
/* harmony export */   workerScript: () => (/* binding */ workerScript)
/* harmony export */ });
/* unused harmony export poolStats */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5919);
/* harmony import */ var _worker_entry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6676);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9346);





/** Files scanned on worker threads by this process so far (tests and diagnostics). */
const poolStats = { filesOnWorkers: 0 };
/**
 * What a worker thread runs: the bundle entry that started this process (it registered itself),
 * or, for tests running from src/, the repository's CLI bundle.
 */
function workerScript() {
    const registered = (0,_worker_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .workerEntry */ .xA)();
    if (registered)
        return new URL(registered);
    const here = import.meta.url; // not inline: bundlers would copy the target as an asset
    const bundled = new URL('../../dist/cli/index.js', here);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(bundled)) ? bundled : undefined;
}
/** One worker thread and the batch it is working on. */
class PoolWorker {
    callbacks;
    worker;
    inFlight = [];
    lastProgress = Date.now();
    finished = false;
    settled;
    settle;
    constructor(script, setup, callbacks) {
        this.callbacks = callbacks;
        this.settled = new Promise((resolve) => (this.settle = resolve));
        this.worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.Worker(script, { workerData: setup, argv: [_worker_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .SCAN_WORKER_ARG */ .em] });
        this.worker.on('message', (reply) => this.onReply(reply));
        this.worker.on('error', (error) => this.stop(`the scan thread failed: ${error.message.split('\n')[0]}`));
        this.worker.on('exit', () => this.stop('the scan thread stopped'));
        this.worker.on('online', () => this.next());
    }
    /** Milliseconds since this worker last finished a file or got work. */
    idleFor(now) {
        return this.inFlight.length > 0 ? now - this.lastProgress : 0;
    }
    onReply(reply) {
        this.lastProgress = Date.now();
        if ('done' in reply) {
            this.next();
            return;
        }
        this.inFlight = this.inFlight.filter((item) => item.index !== reply.index);
        poolStats.filesOnWorkers++;
        this.callbacks.done(reply.index, reply.result);
    }
    next() {
        if (this.finished)
            return;
        const batch = this.callbacks.take(_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .BATCH */ .D_);
        if (batch.length === 0) {
            this.finished = true;
            void this.worker.terminate();
            this.settle();
            return;
        }
        this.inFlight = batch;
        this.lastProgress = Date.now();
        this.worker.postMessage({ batch });
    }
    /** Ends this worker: the file it was on failed, the rest of its batch goes back to the queue. */
    stop(reason) {
        if (this.finished)
            return;
        this.finished = true;
        const [current, ...rest] = this.inFlight;
        this.inFlight = [];
        if (current)
            this.callbacks.failed(current.index, current.file, reason);
        this.callbacks.giveBack(rest);
        void this.worker.terminate();
        this.settle();
    }
}
class ScanPool {
    workers;
    watch;
    constructor(script, threads, setup, callbacks, hangMs) {
        this.workers = Array.from({ length: threads }, () => new PoolWorker(script, setup, callbacks));
        // The main thread is free whenever it waits, so a stuck worker is caught here, not by killing the process.
        this.watch = setInterval(() => {
            const now = Date.now();
            for (const w of this.workers) {
                if (w.idleFor(now) > hangMs)
                    w.stop(`the scan did not finish within ${Math.round(hangMs / 1000)} s (a parser is stuck)`);
            }
        }, 1000);
        this.watch.unref();
    }
    /** Resolves when every worker has run out of work (or was stopped). */
    async finished() {
        await Promise.all(this.workers.map((w) => w.settled));
        clearInterval(this.watch);
    }
    stop(reason) {
        for (const w of this.workers)
            w.stop(reason);
        clearInterval(this.watch);
    }
}


/***/ })

};

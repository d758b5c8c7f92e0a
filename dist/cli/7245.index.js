export const id = 7245;
export const ids = [7245];
export const modules = {

/***/ 7245:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveScans: () => (/* binding */ serveScans)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9346);
/* harmony import */ var _worker_entry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6676);
// A scan thread (see pool.ts): the bundle's entry runs this when started with SCAN_WORKER_ARG. It scans
// the batches the main thread sends, one file at a time, and replies with each file's result.



function serveScans() {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    if (!port)
        throw new Error(`${_worker_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .SCAN_WORKER_ARG */ .em} is for the scanner's own worker threads`);
    const setup = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
    const options = { root: setup.root, limits: setup.limits, policy: setup.policy };
    port.on('message', async (request) => {
        for (const { index, file } of request.batch) {
            const result = await (0,_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .scanFile */ .WN)(file, options);
            port.postMessage({ index, result });
        }
        port.postMessage({ done: true });
    });
}


/***/ })

};

export const id = 436;
export const ids = [436];
export const modules = {

/***/ 436:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inShard: () => (/* binding */ inShard)
/* harmony export */ });
/* unused harmony export shardOfPath */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

// Loaded only by sharded runs (node:crypto costs a plain run's start-up).
/**
 * Which shard a path belongs to. By hash of the path (not by position in a sorted list),
 * so adding or removing a file moves no other file to another shard.
 */
function shardOfPath(relativePath, count) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(relativePath).digest();
    return (digest.readUInt32BE(0) % count) + 1;
}
function inShard(relativePath, shard) {
    return !shard || shardOfPath(relativePath, shard.count) === shard.index;
}


/***/ })

};

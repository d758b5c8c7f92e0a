export const id = 5851;
export const ids = [5851];
export const modules = {

/***/ 5851:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PICKLE_EXTENSIONS: () => (/* reexport safe */ _claim_js__WEBPACK_IMPORTED_MODULE_4__.UU),
/* harmony export */   claimPickle: () => (/* binding */ claimPickle),
/* harmony export */   looksLikeLowProtocol: () => (/* binding */ looksLikeLowProtocol)
/* harmony export */ });
/* harmony import */ var _core_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7718);
/* harmony import */ var _policy_pickle_globals_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9971);
/* harmony import */ var _machine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2797);
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4612);
/* harmony import */ var _claim_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1247);






const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
/**
 * Protocol 2+ pickles start with PROTO. Protocol 0/1 have no magic, so the head
 * must parse as a plausible opcode stream: text files, JSON, CSV and source code
 * fail within a few bytes.
 */
function claimPickle(probe) {
    if (probe.size === 0)
        return false;
    const head = probe.head;
    if (head[0] === 0x80 && head.length > 1 && head[1] >= 2 && head[1] <= 5)
        return 'magic';
    if (looksLikeLowProtocol(head, probe.size))
        return 'magic';
    return _claim_js__WEBPACK_IMPORTED_MODULE_4__/* .PICKLE_EXTENSIONS */ .UU.includes(probe.extension) ? 'hint' : false;
}
/** True when `head` parses as a protocol 0/1 pickle (or PROTO 0/1) that is more than a coincidence. */
function looksLikeLowProtocol(head, size) {
    const out = new _machine_js__WEBPACK_IMPORTED_MODULE_2__/* .Collector */ .g();
    const reader = new _reader_js__WEBPACK_IMPORTED_MODULE_3__/* .ByteReader */ .kP(new _core_source_js__WEBPACK_IMPORTED_MODULE_0__/* .BufferSource */ ._r(head), 0, head.length);
    const machine = new _machine_js__WEBPACK_IMPORTED_MODULE_2__/* .PickleMachine */ .E(reader, _policy_pickle_globals_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_PICKLE_POLICY */ .C8, { maxOpcodes: 4096, maxStackDepth: 4096, maxMemoEntries: 4096 }, out);
    let stopped = false;
    let error;
    try {
        machine.run();
        stopped = true;
    }
    catch (e) {
        if (!(e instanceof _reader_js__WEBPACK_IMPORTED_MODULE_3__/* .PickleError */ .z4))
            return false;
        error = e;
    }
    const namedImports = out.globals.every((g) => g.unresolved || IDENTIFIER.test(`${g.module}.${g.name}`));
    if (stopped) {
        // "N." or "I1\n." alone could be anything; a real stream has some structure.
        return machine.opcodes >= 4 || (out.globalCount > 0 && namedImports);
    }
    // The head ended mid-stream (a big pickle) or the stream breaks after an import and a call (threats B9).
    const ranOut = error instanceof _reader_js__WEBPACK_IMPORTED_MODULE_3__/* .TruncatedError */ .DF && head.length < size;
    if (ranOut && machine.opcodes >= 16)
        return true;
    return out.globalCount > 0 && out.callCount > 0 && namedImports && out.globals.length > 0;
}


/***/ })

};

export const id = 755;
export const ids = [755];
export const modules = {

/***/ 5755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   decompressOther: () => (/* binding */ decompressOther)
/* harmony export */ });
/** Decoders that need a library, loaded on first use. */
async function decompressOther(kind, input, limit) {
    void input;
    void limit;
    return `no ${kind} decoder is available`;
}


/***/ })

};

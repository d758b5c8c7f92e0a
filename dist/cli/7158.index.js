export const id = 7158;
export const ids = [7158];
export const modules = {

/***/ 7158:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kerasConfigJsonScanner: () => (/* binding */ kerasConfigJsonScanner),
/* harmony export */   looksLikeKerasJson: () => (/* reexport safe */ _claim_js__WEBPACK_IMPORTED_MODULE_1__.AF)
/* harmony export */ });
/* harmony import */ var _scan_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6336);
/* harmony import */ var _claim_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1925);



/**
 * Keras model configs as JSON: `config.json` and `metadata.json` of a v3
 * `.keras` zip, or `model.to_json()` output. The same walker as for H5 configs.
 */
const kerasConfigJsonScanner = {
    ..._claim_js__WEBPACK_IMPORTED_MODULE_1__/* .kerasConfigJsonClaim */ .DG,
    async scan(ctx) {
        if (ctx.source.size > Math.min(_scan_config_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_CONFIG_TEXT */ .Wv, ctx.limits.maxJsonBytes)) {
            ctx.incomplete(`the config is ${ctx.source.size} bytes, more than the limit of ${Math.min(_scan_config_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_CONFIG_TEXT */ .Wv, ctx.limits.maxJsonBytes)} bytes (limit maxJsonBytes)`);
            return;
        }
        const bytes = ctx.source.read(0, ctx.source.size);
        const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8').replace(/^\uFEFF/, '');
        const where = (ctx.member ?? ctx.file).split('/').pop() ?? 'config';
        await (0,_scan_config_js__WEBPACK_IMPORTED_MODULE_0__/* .scanConfigText */ .jr)(ctx, text, where);
    },
};


/***/ })

};

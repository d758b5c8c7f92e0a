export const id = 7406;
export const ids = [7406];
export const modules = {

/***/ 4458:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ fingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

/**
 * Identifies a finding across runs (SARIF partialFingerprints, JSON output):
 * sha256 hex of rule, file, member and the callable (or, without one, the
 * message). Not of offsets: re-saving a model moves bytes.
 */
function fingerprint(finding) {
    const key = [finding.ruleId, finding.file, finding.member ?? '', finding.callable ?? finding.message].join('\u0000');
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key, 'utf8').digest('hex');
}


/***/ }),

/***/ 7406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderJson: () => (/* binding */ renderJson),
/* harmony export */   toJsonReport: () => (/* binding */ toJsonReport)
/* harmony export */ });
/* harmony import */ var _coverage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7130);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4458);


/** The JSON report, pretty-printed, with a trailing newline. */
function renderJson(report, gate) {
    return `${JSON.stringify(toJsonReport(report, gate), null, 2)}\n`;
}
function toJsonReport(report, gate) {
    return {
        schemaVersion: 1,
        tool: { name: report.tool.name, version: report.tool.version },
        root: report.root,
        startedAt: report.startedAt,
        durationMs: Math.round(report.durationMs),
        summary: {
            outcome: gate.outcome,
            threshold: gate.threshold,
            counts: { ...gate.counts },
            highest: gate.highest ?? null,
            blocking: gate.blocking.length,
            totalFiles: report.files.length,
            scannedFiles: gate.scannedFiles,
            notFullyScanned: (0,_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .notFullyScannedModels */ .cX)(gate).length,
            ignoredFiles: report.files.filter(_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .isIgnoredFile */ .xJ).length,
            ...suppressedCount(report),
        },
        files: report.files.map(jsonFile),
        errors: report.errors.map((e) => ({ path: e.path, message: e.message })),
        skipped: report.skipped.map((s) => ({ path: s.path, reason: s.reason })),
    };
}
function jsonFile(f) {
    const out = { file: f.file, size: f.size, formats: [...f.formats], status: f.status, reasons: [...f.reasons], findings: f.findings.map(jsonFinding) };
    if (f.suppressed && f.suppressed.length > 0)
        out.suppressed = f.suppressed.map(jsonFinding);
    if (f.sha256)
        out.sha256 = f.sha256;
    return out;
}
function suppressedCount(report) {
    const n = report.files.reduce((sum, f) => sum + (f.suppressed?.length ?? 0), 0);
    return n > 0 ? { suppressed: n } : {};
}
/** Fixed key order, so output diffs cleanly between runs; optional keys only when known. */
function jsonFinding(f) {
    return {
        ruleId: f.ruleId,
        severity: f.severity,
        format: f.format,
        ...(f.member !== undefined && { member: f.member }),
        ...(f.offset !== undefined && { offset: f.offset }),
        ...(f.callable !== undefined && { callable: f.callable }),
        ...(f.args !== undefined && { args: [...f.args] }),
        message: f.message,
        fingerprint: (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprint */ .R)(f),
        ...(f.properties !== undefined && { properties: f.properties }),
        ...(f.suppression !== undefined && { suppression: { ...f.suppression } }),
    };
}


/***/ })

};

export const id = 2874;
export const ids = [2874];
export const modules = {

/***/ 2874:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TORCHSCRIPT_PATTERNS: () => (/* binding */ TORCHSCRIPT_PATTERNS),
/* harmony export */   torchScriptCodeScanner: () => (/* binding */ torchScriptCodeScanner)
/* harmony export */ });
/* harmony import */ var _claim_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3198);

const TORCHSCRIPT_PATTERNS = [
    { label: 'torch.ops.load_library', re: /\bload_library\s*\(/, does: 'loads a native library into the process' },
    { label: 'os', re: /(?<![\w.])os\.\w+/, does: 'runs commands or touches files and processes' },
    { label: 'subprocess', re: /\bsubprocess\b/, does: 'runs commands' },
    { label: 'eval', re: /(?<![\w.])eval\s*\(/, does: 'evaluates Python source' },
    { label: 'exec', re: /(?<![\w.])exec\s*\(/, does: 'executes Python source' },
    { label: 'compile', re: /(?<![\w.])compile\s*\(/, does: 'compiles Python source' },
    { label: '__import__', re: /__import__/, does: 'imports an arbitrary module' },
    { label: 'importlib', re: /\bimportlib\b/, does: 'imports an arbitrary module' },
    { label: 'open', re: /(?<![\w.])open\s*\(/, does: 'reads or writes files' },
    { label: 'ctypes', re: /\bctypes\b/, does: 'loads native code or writes raw memory' },
    { label: 'network', re: /\b(socket|urllib|requests|http\.client)\b/, does: 'opens network connections' },
    { label: 'pickle', re: /\b(pickle|marshal|dill|joblib)\.loads?\b/, does: 'deserializes a second payload' },
    { label: 'builtins', re: /__builtins__|(?<![\w.])builtins\.|__globals__|__subclasses__/, does: "reaches the interpreter's internals" },
];
const MAX_SOURCE = 16 * 1024 * 1024;
function scan(ctx) {
    const { source } = ctx;
    if (source.size > MAX_SOURCE)
        ctx.incomplete(`TorchScript source larger than ${MAX_SOURCE} bytes: only the start was checked`);
    const text = Buffer.from(source.read(0, Math.min(source.size, MAX_SOURCE))).toString('utf8');
    const seen = new Set();
    let offset = 0;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        const line = raw.replace(/^\s*#.*$/, '');
        for (const p of TORCHSCRIPT_PATTERNS) {
            if (seen.has(p.label) || !p.re.test(line))
                continue;
            seen.add(p.label);
            const shown = raw.trim().slice(0, 160);
            ctx.report({
                ruleId: 'torchscript/dangerous-code',
                callable: p.label,
                args: [shown],
                offset,
                message: `The TorchScript source ${p.does} (line ${i + 1}: \`${shown}\`); torch.jit.load compiles this code.`,
                properties: { line: i + 1 },
            });
        }
        offset += Buffer.byteLength(raw, 'utf8') + 1;
    }
}
const torchScriptCodeScanner = { ..._claim_js__WEBPACK_IMPORTED_MODULE_0__/* .torchScriptCodeClaim */ .n, scan };


/***/ })

};

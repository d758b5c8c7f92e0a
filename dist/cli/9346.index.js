export const id = 9346;
export const ids = [9346];
export const modules = {

/***/ 9610:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HW: () => (/* binding */ DeferredHangGuard),
/* harmony export */   _t: () => (/* binding */ HangGuard),
/* harmony export */   er: () => (/* binding */ FileBudget),
/* harmony export */   sB: () => (/* binding */ TimeBudgetExceeded)
/* harmony export */ });
/**
 * Thrown by {@link FileBudget.check} once a file's time budget is spent. It
 * unwinds the scanner (and every scanner it is nested in); the core reports
 * it once as `scan/incomplete`, never as an internal error.
 */
class TimeBudgetExceeded extends Error {
    seconds;
    constructor(seconds) {
        super(`time budget of ${seconds} s exceeded (limit maxFileSeconds)`);
        this.seconds = seconds;
        this.name = 'TimeBudgetExceeded';
    }
}
/**
 * Work done for one file on disk, shared by everything nested in it whatever
 * the format: a zip in a gzip in a tar draws on the same bytes, members and
 * clock. Owned by the core (one per scanned file), reached through `ctx.budget`.
 */
class FileBudget {
    limits;
    now;
    onCheck;
    /** Bytes decompressed so far (limit maxTotalInflatedBytes). */
    inflated = 0;
    /** Archive members routed so far, all nesting levels (limit maxMembers). */
    members = 0;
    /** Limits reported once per file already ("maxMembers", ...): scanners use it to say it once. */
    reported = new Set();
    deadline;
    constructor(limits, 
    // The wall clock in ms is precise enough for a budget of seconds, and cheaper than performance.now().
    now = Date.now, 
    /** Called on every check (the run's hang guard arms itself from here; see DeferredHangGuard). */
    onCheck) {
        this.limits = limits;
        this.now = now;
        this.onCheck = onCheck;
        this.deadline = this.now() + limits.maxFileSeconds * 1000;
    }
    /** Bytes that may still be decompressed for this file. */
    get inflateLeft() {
        return Math.max(0, this.limits.maxTotalInflatedBytes - this.inflated);
    }
    /** True once the time budget is spent. */
    get expired() {
        return this.now() > this.deadline;
    }
    /** Milliseconds left of the time budget (0 when spent). */
    get msLeft() {
        return Math.max(0, this.deadline - this.now());
    }
    /** Throws {@link TimeBudgetExceeded} once the time budget is spent. Cheap: call it in long loops. */
    check() {
        this.onCheck?.();
        if (this.now() > this.deadline)
            throw new TimeBudgetExceeded(this.limits.maxFileSeconds);
    }
}
/**
 * The last line of defence against a parser that never returns (a synchronous
 * loop inside a wasm library, which no timer, time budget or promise can
 * interrupt): a second thread watches a heartbeat in shared memory and, when
 * one file has been scanned for longer than `limitMs`, prints which file hung
 * and kills the process (SIGKILL, exit status 137). A hung scan then fails the
 * CI step within minutes instead of holding the runner for hours, and never
 * passes. Opt-in (`ScanOptions.hangGuard`): the CLI and the action turn it on.
 */
class HangGuard {
    shared = new SharedArrayBuffer(8 + 4 + 4096);
    started = new Float64Array(this.shared, 0, 1);
    nameLength = new Int32Array(this.shared, 8, 1);
    name = new Uint8Array(this.shared, 12, 4096);
    worker;
    /** Resolves once the guard thread runs (a thread starts only after the event loop turns). */
    ready;
    constructor(WorkerClass, limitMs, label) {
        this.worker = new WorkerClass(`const { workerData: d } = require('node:worker_threads');
       const fs = require('node:fs');
       const started = new Float64Array(d.shared, 0, 1), len = new Int32Array(d.shared, 8, 1), bytes = new Uint8Array(d.shared, 12, 4096);
       const tick = new Int32Array(new SharedArrayBuffer(4));
       for (;;) {
         Atomics.wait(tick, 0, 0, 1000);
         const t = started[0];
         if (t > 0 && Date.now() - t > d.limitMs) {
           const name = Buffer.from(bytes.subarray(0, len[0])).toString('utf8');
           try { fs.writeSync(2, d.label + ': ' + name + ': the scan did not finish within ' + Math.round(d.limitMs / 1000) + ' s (a parser is stuck); stopping. The file is not known to be safe.\\n'); } catch {}
           process.kill(process.pid, 'SIGKILL');
         }
       }`, { eval: true, workerData: { shared: this.shared, limitMs, label } });
        // Referenced until it runs (awaiting `ready` must keep the process alive), then never holds the process open.
        this.ready = new Promise((resolve) => {
            const done = () => {
                this.worker.unref();
                resolve();
            };
            this.worker.once('online', done);
            this.worker.once('error', done);
            this.worker.once('exit', done);
        });
    }
    /** A file starts (or started at `startedAt`): `name` is shown if it hangs (escaped by the caller). */
    begin(name, startedAt = Date.now()) {
        const bytes = Buffer.from(name, 'utf8').subarray(0, 4096);
        this.name.set(bytes);
        this.nameLength[0] = bytes.length;
        this.started[0] = startedAt;
    }
    end() {
        this.started[0] = 0;
    }
    close() {
        this.started[0] = 0;
        void this.worker.terminate();
    }
}
/**
 * A HangGuard whose thread starts only once the run has lasted `delayMs`: starting a thread costs a
 * short run more than the whole scan (~30 ms of a 10 GB checkpoint's ~40). It arms itself at the next
 * file, at the next budget check of a long loop, or from a timer when the thread is free. A parser
 * that blocks the thread inside the first `delayMs` without ever checking its budget is left to the
 * job's own timeout; every known blocking library (HDF5) runs in its own thread with a deadline.
 */
class DeferredHangGuard {
    create;
    guard;
    current;
    closed = false;
    due;
    timer;
    constructor(create, delayMs) {
        this.create = create;
        this.due = Date.now() + delayMs;
        this.timer = setTimeout(() => this.poll(), delayMs);
        this.timer.unref();
    }
    /** True once the guard thread has been started. */
    get armed() {
        return this.guard !== undefined;
    }
    begin(name) {
        this.current = { name, at: Date.now() };
        this.poll();
        this.guard?.begin(name, this.current.at);
    }
    end() {
        this.current = undefined;
        this.guard?.end();
    }
    /** Starts the guard thread once the run is old enough (cheap: a clock read). */
    poll() {
        if (this.guard || this.closed || Date.now() < this.due)
            return;
        this.guard = this.create();
        if (this.current)
            this.guard.begin(this.current.name, this.current.at);
    }
    close() {
        this.closed = true;
        clearTimeout(this.timer);
        this.guard?.close();
    }
}


/***/ }),

/***/ 2476:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ builtin)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8995);

/**
 * A Node built-in loaded synchronously the first time it is needed, so start-up pays only for the
 * built-ins a run uses (node:zlib, node:worker_threads, node:os). Node caches the module itself.
 */
function builtin(name) {
    return (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url)(name);
}


/***/ }),

/***/ 9678:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ jsonLimitProblem)
/* harmony export */ });
/* unused harmony export jsonDepth */
/**
 * Deepest nesting of `[` and `{` in a JSON text (strings skipped), stopping
 * as soon as it passes `stopAbove`. Linear, no recursion: runs before
 * JSON.parse so recursive walkers never meet a document deeper than the limit.
 */
function jsonDepth(text, stopAbove = Infinity) {
    let depth = 0;
    let max = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c)
                i++;
            else if (c === 0x22)
                inString = false;
        }
        else if (c === 0x22)
            inString = true;
        else if (c === 0x5b || c === 0x7b) {
            if (++depth > max) {
                max = depth;
                if (max > stopAbove)
                    return max;
            }
        }
        else if (c === 0x5d || c === 0x7d)
            depth--;
    }
    return max;
}
/**
 * Why a JSON document must not be parsed under the limits (maxJsonBytes,
 * maxJsonDepth), or undefined when it may. `what` names it in the message
 * ("the config.json"). `bytes` defaults to the UTF-16 length of the text.
 */
function jsonLimitProblem(text, limits, what, bytes = text.length) {
    if (bytes > limits.maxJsonBytes) {
        return `${what} is ${bytes} bytes, more than the limit of ${limits.maxJsonBytes} bytes (limit maxJsonBytes)`;
    }
    if (jsonDepth(text, limits.maxJsonDepth) > limits.maxJsonDepth) {
        return `${what} nests deeper than ${limits.maxJsonDepth} levels (limit maxJsonDepth)`;
    }
    return undefined;
}


/***/ }),

/***/ 2734:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ makeProbe),
/* harmony export */   w: () => (/* binding */ route)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _scanner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(201);


function makeProbe(source, name) {
    const head = source.read(0, Math.min(_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .PROBE_HEAD_BYTES */ .u, source.size));
    let tailCache;
    const base = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(name.replaceAll('\\', '/')).toLowerCase();
    return {
        head,
        // Read lazily: most formats never look at the end.
        get tail() {
            if (!tailCache) {
                const start = Math.max(0, source.size - _scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .PROBE_TAIL_BYTES */ .S);
                tailCache = start === 0 && head.length === source.size ? head : source.read(start, source.size - start);
            }
            return tailCache;
        },
        size: source.size,
        name: base,
        extension: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.extname)(base),
        source,
    };
}
/**
 * Picks the scanner for some bytes: the first that recognises the content wins;
 * a scanner that only recognises the name is the fallback.
 */
async function route(scanners, probe) {
    let byHint;
    for (const scanner of scanners) {
        // Almost every claim is synchronous: await only a promise (an await per claim per file is a turn each).
        const answer = scanner.claim(probe);
        const claim = typeof answer === 'object' ? await answer : answer;
        if (claim === 'magic')
            return scanner;
        if (claim === 'hint' && !byHint)
            byHint = scanner;
    }
    return byHint;
}


/***/ }),

/***/ 9346:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D_: () => (/* binding */ BATCH),
  uq: () => (/* binding */ restrictToShard),
  WN: () => (/* binding */ scanFile),
  Tu: () => (/* binding */ scanFiles)
});

// UNUSED EXPORTS: PARALLEL_MIN_FILES, PREFETCH_BYTES, errorMessage

// EXTERNAL MODULE: ./lib/core/limits.js
var core_limits = __webpack_require__(7535);
// EXTERNAL MODULE: ./lib/core/builtin.js
var builtin = __webpack_require__(2476);
// EXTERNAL MODULE: ./lib/core/budget.js
var budget = __webpack_require__(9610);
// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(2527);
// EXTERNAL MODULE: ./lib/core/route.js
var route = __webpack_require__(2734);
// EXTERNAL MODULE: ./lib/core/source.js
var core_source = __webpack_require__(7718);
// EXTERNAL MODULE: ./lib/policy/policy.js
var policy = __webpack_require__(3506);
;// CONCATENATED MODULE: ./lib/policy/model-extensions.js
/**
 * File extensions of model artifacts. Used for the action's default globs and to
 * decide that an unrecognised file is still worth a "not scanned" finding.
 * Routing never trusts them: content decides the format.
 */
const MODEL_EXTENSIONS = [
    // pickle family
    '.pkl', '.pickle', '.pk', '.p', '.dill', '.cloudpkl', '.joblib', '.jbl', '.sav', '.dat', '.data', '.model',
    // PyTorch and friends
    '.pt', '.pth', '.bin', '.ckpt', '.mar', '.ptl', '.pt2',
    // NumPy
    '.npy', '.npz',
    // Keras / TensorFlow
    '.h5', '.hdf5', '.keras', '.pb', '.tflite', '.lite',
    // others
    '.onnx', '.gguf', '.ggml', '.safetensors', '.msgpack', '.nemo', '.skops', '.mlmodel', '.pmml',
    // archives models travel in
    '.zip', '.tar', '.tgz', '.gz', '.bz2', '.xz', '.lz4', '.zst', '.7z',
    // chat templates
    '.jinja',
];
/** Side files that ship beside weights and can make a loader run code (remote code, templates, targets). */
const MODEL_SIDE_FILES = (/* unused pure expression or super */ null && ([
    'config.json', 'tokenizer_config.json', 'chat_template.json', 'processor_config.json', 'preprocessor_config.json',
    'model_config.json', 'model_config.yaml',
]));
const SET = new Set(MODEL_EXTENSIONS);
function isModelExtension(extension) {
    return SET.has(extension.toLowerCase());
}
/**
 * Default action globs: every model extension and side file, anywhere in the workspace
 * (action.yml repeats them; a test keeps them equal).
 */
function defaultModelGlobs() {
    return [
        `**/*.{${MODEL_EXTENSIONS.map((ext) => ext.slice(1)).join(',')}}`,
        `**/{${MODEL_SIDE_FILES.join(',')}}`,
    ];
}

// EXTERNAL MODULE: ./lib/formats/trailing-data.js
var trailing_data = __webpack_require__(695);
;// CONCATENATED MODULE: ./lib/formats/safetensors/dtypes.js
/**
 * Element sizes in bits of the safetensors dtypes (the Rust crate's `Dtype`
 * enum). Sub-byte types (F4, F6) pack elements, so sizes are kept in bits.
 */
const DTYPE_BITS = new Map([
    ['BOOL', 8],
    ['F4', 4],
    ['F6_E2M3', 6],
    ['F6_E3M2', 6],
    ['U8', 8],
    ['I8', 8],
    ['F8_E5M2', 8],
    ['F8_E4M3', 8],
    ['F8_E8M0', 8],
    ['I16', 16],
    ['U16', 16],
    ['F16', 16],
    ['BF16', 16],
    ['I32', 32],
    ['U32', 32],
    ['F32', 32],
    ['C64', 64],
    ['F64', 64],
    ['I64', 64],
    ['U64', 64],
]);

;// CONCATENATED MODULE: ./lib/formats/safetensors/header.js

const MAX_PROBLEMS = 20;
/**
 * Validates the parsed JSON header against the data section size, the way the
 * reference loader does: known dtype, shape \u00d7 dtype size equals the span,
 * spans inside the data, contiguous from 0 without overlap or holes.
 */
function checkHeader(header, dataSize) {
    const problems = [];
    const spans = [];
    const add = (problem) => {
        if (problems.length < MAX_PROBLEMS)
            problems.push(problem);
    };
    if (!isPlainObject(header)) {
        add('the header is not a JSON object');
        return { problems, spans };
    }
    for (const [name, entry] of Object.entries(header)) {
        if (name === '__metadata__') {
            checkMetadata(entry, add);
            continue;
        }
        const span = checkTensor(name, entry, dataSize, add);
        if (span)
            spans.push(span);
    }
    spans.sort((a, b) => a.begin - b.begin || a.end - b.end);
    let expected = 0;
    for (const span of spans) {
        if (span.begin < expected)
            add(`tensor "${span.name}" overlaps the previous tensor (starts at ${span.begin}, before ${expected})`);
        else if (span.begin > expected)
            add(`${span.begin - expected} unreferenced bytes before tensor "${span.name}" (a hole at ${expected})`);
        expected = Math.max(expected, span.end);
    }
    return { problems, spans };
}
function checkMetadata(entry, add) {
    if (!isPlainObject(entry)) {
        add('"__metadata__" is not an object');
        return;
    }
    for (const [key, value] of Object.entries(entry)) {
        if (typeof value !== 'string')
            add(`"__metadata__" value "${key}" is not a string`);
    }
}
function checkTensor(name, entry, dataSize, add) {
    if (!isPlainObject(entry)) {
        add(`tensor "${name}" is not an object`);
        return undefined;
    }
    const { dtype, shape, data_offsets: offsets } = entry;
    const bits = typeof dtype === 'string' ? DTYPE_BITS.get(dtype) : undefined;
    if (bits === undefined)
        add(`tensor "${name}" has an unknown dtype ${JSON.stringify(dtype)}`);
    const elements = elementCount(shape);
    if (elements === undefined)
        add(`tensor "${name}" has an invalid shape`);
    if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every(isOffset)) {
        add(`tensor "${name}" has invalid data_offsets`);
        return undefined;
    }
    const [begin, end] = offsets;
    if (begin > end) {
        add(`tensor "${name}" ends before it starts (${begin} > ${end})`);
        return undefined;
    }
    if (end > dataSize) {
        add(`tensor "${name}" ends at ${end}, past the ${dataSize} data bytes in the file`);
        return undefined;
    }
    if (bits !== undefined && elements !== undefined) {
        const expectedBits = elements * BigInt(bits);
        if (expectedBits % 8n !== 0n || expectedBits / 8n !== BigInt(end - begin)) {
            add(`tensor "${name}" spans ${end - begin} bytes but its shape and dtype need ${expectedBits / 8n}`);
        }
    }
    return { name, begin, end };
}
/** Product of the dimensions as a bigint (no overflow), or undefined when the shape is not a list of naturals. */
function elementCount(shape) {
    if (!Array.isArray(shape))
        return undefined;
    let count = 1n;
    for (const dim of shape) {
        if (!isOffset(dim))
            return undefined;
        count *= BigInt(dim);
    }
    return count;
}
function isOffset(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./lib/core/json-limits.js
var json_limits = __webpack_require__(9678);
;// CONCATENATED MODULE: ./lib/formats/safetensors/duplicate-keys.js
const MAX_REPORTED = 20;
function duplicateKeys(text) {
    const out = [];
    // One frame per open container: for objects, the keys seen and the path; for arrays, undefined keys.
    const stack = [];
    let lastKey;
    for (let i = 0; i < text.length && out.length < MAX_REPORTED; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22) {
            const end = stringEnd(text, i);
            if (end < 0)
                return out; // unterminated: JSON.parse has already refused it
            const top = stack[stack.length - 1];
            if (top?.keys && top.expectKey) {
                // Escapes are rare in tensor names: decode only a key that has one.
                const raw = text.slice(i + 1, end);
                const key = raw.includes('\\') ? decode(text.slice(i, end + 1)) : raw;
                if (top.keys.has(key))
                    out.push({ path: top.path, key });
                top.keys.add(key);
                top.expectKey = false;
                lastKey = key;
            }
            i = end;
        }
        else if (c === 0x7b || c === 0x5b) {
            const parent = stack[stack.length - 1];
            const path = parent === undefined ? '$' : parent.keys && lastKey !== undefined ? `${parent.path}.${lastKey}` : `${parent.path}[]`;
            stack.push({ keys: c === 0x7b ? new Set() : undefined, path, expectKey: c === 0x7b });
            lastKey = undefined;
        }
        else if (c === 0x7d || c === 0x5d) {
            stack.pop();
            lastKey = undefined;
        }
        else if (c === 0x2c) {
            const top = stack[stack.length - 1];
            if (top?.keys)
                top.expectKey = true;
        }
    }
    return out;
}
/** Index of the closing quote of the string starting at `start`, or -1. */
function stringEnd(text, start) {
    for (let i = start + 1; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x5c)
            i++;
        else if (c === 0x22)
            return i;
    }
    return -1;
}
function decode(literal) {
    try {
        return JSON.parse(literal);
    }
    catch {
        return literal;
    }
}

;// CONCATENATED MODULE: ./lib/formats/safetensors/claim.js
/** The reference loader refuses headers above this (safetensors `MAX_HEADER_SIZE`). */
const MAX_HEADER_BYTES = 100_000_000;
const OPEN_BRACE = 0x7b;
/** The little-endian u64 header length, or -1 when the head is shorter than 8 bytes. */
function headerLength(head) {
    return head.length < 8 ? -1n : new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true);
}
function claimSafetensors(probe) {
    if (probe.head.length < 9 || probe.head[8] !== OPEN_BRACE)
        return false;
    const length = headerLength(probe.head);
    if (length >= 2n && length <= BigInt(Math.min(MAX_HEADER_BYTES, probe.size - 8)))
        return 'magic';
    // A lying length on a file that calls itself safetensors: ours to report.
    return probe.extension === '.safetensors' ? 'hint' : false;
}
/** What routing needs of the safetensors scanner (index.ts adds the scan, loaded on first use). */
const safetensorsClaim = {
    id: 'safetensors',
    name: 'safetensors',
    extensions: ['.safetensors'],
    claim: claimSafetensors,
};

;// CONCATENATED MODULE: ./lib/formats/safetensors/index.js







/**
 * safetensors: an 8-byte little-endian header length, a JSON header, then raw
 * tensor bytes. Data-only by design; the risks are a lying header (loader
 * bugs, DoS) and bytes outside every tensor (a polyglot hiding a pickle or zip).
 * Routed before zip: a safetensors file owns bytes appended to it, so a
 * polyglot is reported as one and its tail scanned as a nested file.
 */
const safetensorsScanner = { ...safetensorsClaim, scan: scanSafetensors };
async function scanSafetensors(ctx) {
    const { source } = ctx;
    const length = headerLength(source.read(0, 8));
    if (length > BigInt(MAX_HEADER_BYTES) || length > BigInt(Math.max(0, source.size - 8))) {
        malformed(ctx, `the header claims ${length} bytes; the file has ${Math.max(0, source.size - 8)} after the length and loaders accept at most ${MAX_HEADER_BYTES}`, 0);
        ctx.incomplete('the safetensors header length is invalid', 0);
        return;
    }
    const headerBytes = Number(length);
    if (headerBytes > ctx.limits.maxJsonBytes) {
        ctx.incomplete(`the safetensors header is ${headerBytes} bytes, more than the limit of ${ctx.limits.maxJsonBytes} bytes (limit maxJsonBytes)`, 8);
        return;
    }
    let header;
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(source.read(8, headerBytes));
        const tooDeep = (0,json_limits/* jsonLimitProblem */.X)(text, ctx.limits, 'the safetensors header', headerBytes);
        if (tooDeep) {
            ctx.incomplete(tooDeep, 8);
            return;
        }
        header = JSON.parse(text);
    }
    catch (error) {
        malformed(ctx, `the header is not valid UTF-8 JSON (${error instanceof Error ? error.message : String(error)})`, 8);
        ctx.incomplete('the safetensors header could not be parsed', 8);
        return;
    }
    for (const dup of duplicateKeys(text)) {
        // Parsers disagree on which of two entries counts (last: JSON.parse, Python, serde maps; first or an error: others).
        ctx.report({
            ruleId: 'safetensors/malformed',
            severity: 'high',
            message: `Invalid safetensors header: the key "${dup.key.slice(0, 100)}" appears twice in ${dup.path === '$' ? 'the header' : `"${dup.path.slice(2, 102)}"`}; ` +
                'parsers that keep the first entry and parsers that keep the last read different tensors from the same file (a parser differential).',
            offset: 8,
            properties: { duplicateKey: dup.key.slice(0, 200), object: dup.path.slice(0, 200), technique: 'duplicate-json-key' },
        });
    }
    const dataStart = 8 + headerBytes;
    const { problems, spans } = checkHeader(header, source.size - dataStart);
    for (const problem of problems)
        malformed(ctx, problem, 8);
    await routeUnclaimedBytes(ctx, spans, dataStart);
}
/** Bytes no tensor claims are never read by a loader, so they are the place to hide a payload: scan them. */
async function routeUnclaimedBytes(ctx, spans, dataStart) {
    let covered = 0;
    for (const span of spans) {
        if (span.begin > covered) {
            // Holes are already reported as malformed; still look at what is in them.
            await ctx.scanNested(new core_source/* SliceSource */.EH(ctx.source, dataStart + covered, span.begin - covered), `hole@${dataStart + covered}`);
        }
        covered = Math.max(covered, span.end);
    }
    const trailingStart = dataStart + covered;
    await (0,trailing_data/* reportTrailingBytes */.i)(ctx, trailingStart, 'safetensors/trailing-data', 'no loader reads');
}
function malformed(ctx, problem, offset) {
    ctx.report({ ruleId: 'safetensors/malformed', message: `Invalid safetensors header: ${problem}.`, offset });
}

;// CONCATENATED MODULE: ./lib/formats/lfs/index.js
/**
 * Git LFS pointer files: what a checkout without `lfs: true` leaves in place of
 * the model. The real bytes were never here, so the file is reported as not
 * scanned, never as clean.
 *
 *   version https://git-lfs.github.com/spec/v1
 *   oid sha256:<64 hex>
 *   size <bytes>
 */
/** Pointers are at most 1024 bytes (git-lfs refuses to parse larger ones). */
const MAX_POINTER = 1024;
const VERSIONS = ['version https://git-lfs.github.com/spec/v1', 'version https://hawser.github.com/spec/v1'];
function parseLfsPointer(bytes) {
    if (bytes.length > MAX_POINTER || bytes[0] !== 0x76 /* v */)
        return undefined;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
    if (!VERSIONS.some((v) => text.startsWith(`${v}\n`) || text.startsWith(`${v}\r\n`)))
        return undefined;
    const out = {};
    for (const line of text.split(/\r?\n/)) {
        const oid = /^oid sha256:([0-9a-f]{64})$/.exec(line);
        if (oid)
            out.oid = oid[1];
        const size = /^size (\d{1,20})$/.exec(line);
        if (size)
            out.size = Number(size[1]);
    }
    return out;
}
function claim(probe) {
    return probe.size <= MAX_POINTER && parseLfsPointer(probe.head) ? 'magic' : false;
}
function scan(ctx) {
    const pointer = parseLfsPointer(ctx.source.read(0, MAX_POINTER)) ?? {};
    const size = pointer.size !== undefined ? ` (the real file has ${pointer.size} bytes)` : '';
    ctx.report({
        ruleId: 'scan/lfs-pointer',
        message: `This is a Git LFS pointer, not the model${size}: the model was not checked out, so it was not scanned. ` +
            'Add `lfs: true` to actions/checkout (or run `git lfs pull`) and scan again.',
        properties: { ...(pointer.oid ? { oid: `sha256:${pointer.oid}` } : {}), ...(pointer.size !== undefined ? { size: pointer.size } : {}) },
    });
    ctx.incomplete('Git LFS pointer: the model was not checked out; add `lfs: true` to actions/checkout');
}
const lfsPointerScanner = {
    id: 'git-lfs-pointer',
    name: 'Git LFS pointer',
    extensions: [],
    claim,
    scan,
};

// EXTERNAL MODULE: ./lib/formats/compressed/claim.js
var compressed_claim = __webpack_require__(6432);
// EXTERNAL MODULE: ./lib/formats/torchscript/claim.js
var torchscript_claim = __webpack_require__(3198);
// EXTERNAL MODULE: ./lib/formats/sevenzip/claim.js
var sevenzip_claim = __webpack_require__(2285);
// EXTERNAL MODULE: ./lib/formats/gguf/claim.js
var gguf_claim = __webpack_require__(9536);
// EXTERNAL MODULE: ./lib/formats/tflite/claim.js
var tflite_claim = __webpack_require__(5767);
// EXTERNAL MODULE: ./lib/formats/tar/claim.js
var tar_claim = __webpack_require__(8864);
// EXTERNAL MODULE: ./lib/formats/zip/claim.js
var zip_claim = __webpack_require__(7584);
// EXTERNAL MODULE: ./lib/formats/tensorflow/claim.js
var tensorflow_claim = __webpack_require__(2864);
// EXTERNAL MODULE: ./lib/formats/keras/claim.js
var keras_claim = __webpack_require__(1925);
// EXTERNAL MODULE: ./lib/formats/onnx/claim.js
var onnx_claim = __webpack_require__(654);
// EXTERNAL MODULE: ./lib/formats/numpy/claim.js
var numpy_claim = __webpack_require__(2932);
// EXTERNAL MODULE: ./lib/formats/torch-legacy/claim.js
var torch_legacy_claim = __webpack_require__(7471);
// EXTERNAL MODULE: ./lib/formats/pickle/claim.js
var pickle_claim = __webpack_require__(1247);
// EXTERNAL MODULE: ./lib/formats/hf-config/claim.js
var hf_config_claim = __webpack_require__(6784);
// EXTERNAL MODULE: ./lib/formats/jinja/claim.js
var jinja_claim = __webpack_require__(5043);
// EXTERNAL MODULE: ./lib/formats/skops/claim.js
var skops_claim = __webpack_require__(3749);
// EXTERNAL MODULE: ./lib/formats/hydra-yaml/claim.js
var hydra_yaml_claim = __webpack_require__(7457);
;// CONCATENATED MODULE: ./lib/formats/index.js



















/**
 * A scanner whose claim (signatures, small sniffers) is loaded with the registry
 * and whose scan (parsers, policy tables, libraries) is loaded on first use:
 * start-up stays lean, and a run loads only what its files need.
 */
function lazy(info, load) {
    let loading;
    return {
        ...info,
        scan: async (ctx) => (await (loading ??= load())).scan(ctx),
    };
}
/**
 * Every format scanner, in routing order: formats with strong signatures first,
 * pickle (which protocol 0/1 streams can only be recognised by structure) last.
 */
const SCANNERS = [
    safetensorsScanner,
    lazy(gguf_claim/* ggufClaim */.W, async () => (await Promise.all(/* import() */[__webpack_require__.e(8931), __webpack_require__.e(4981), __webpack_require__.e(8918)]).then(__webpack_require__.bind(__webpack_require__, 8918))).ggufScanner),
    lazy(tar_claim/* tarClaim */.Y, async () => (await __webpack_require__.e(/* import() */ 4031).then(__webpack_require__.bind(__webpack_require__, 4031))).tarScanner),
    lazy(zip_claim/* pytorchZipClaim */.Xn, async () => (await __webpack_require__.e(/* import() */ 6100).then(__webpack_require__.bind(__webpack_require__, 6100))).pytorchZipScanner),
    lazy(zip_claim/* zipClaim */.W8, async () => (await __webpack_require__.e(/* import() */ 6100).then(__webpack_require__.bind(__webpack_require__, 6100))).zipScanner),
    // After the zip claims: tflite-support appends a zip of associated files, whose prefix is routed back here.
    lazy(tflite_claim/* tfliteClaim */.b, async () => (await Promise.all(/* import() */[__webpack_require__.e(7056), __webpack_require__.e(3454)]).then(__webpack_require__.bind(__webpack_require__, 3454))).tfliteScanner),
    lazy(tensorflow_claim/* savedModelClaim */.h, async () => (await Promise.all(/* import() */[__webpack_require__.e(6336), __webpack_require__.e(7056), __webpack_require__.e(2737)]).then(__webpack_require__.bind(__webpack_require__, 2737))).savedModelScanner),
    lazy(keras_claim/* kerasH5Claim */.Gf, async () => (await Promise.all(/* import() */[__webpack_require__.e(6336), __webpack_require__.e(3990)]).then(__webpack_require__.bind(__webpack_require__, 3990))).kerasH5Scanner),
    // Before the Keras and side-file JSON claims: skops reads `schema.json` whatever keys come first.
    lazy(skops_claim/* skopsClaim */.P, async () => (await Promise.all(/* import() */[__webpack_require__.e(179), __webpack_require__.e(5193)]).then(__webpack_require__.bind(__webpack_require__, 5193))).skopsScanner),
    lazy(keras_claim/* kerasConfigJsonClaim */.DG, async () => (await Promise.all(/* import() */[__webpack_require__.e(6336), __webpack_require__.e(7158)]).then(__webpack_require__.bind(__webpack_require__, 7158))).kerasConfigJsonScanner),
    lazy(onnx_claim/* onnxClaim */.M, async () => (await __webpack_require__.e(/* import() */ 4236).then(__webpack_require__.bind(__webpack_require__, 4236))).onnxScanner),
    lfsPointerScanner,
    lazy(sevenzip_claim/* sevenZipClaim */.B, async () => (await Promise.all(/* import() */[__webpack_require__.e(174), __webpack_require__.e(9712)]).then(__webpack_require__.bind(__webpack_require__, 9712))).sevenZipScanner),
    lazy(numpy_claim/* numpyClaim */._, async () => (await __webpack_require__.e(/* import() */ 5762).then(__webpack_require__.bind(__webpack_require__, 5762))).numpyScanner),
    lazy(compressed_claim/* compressedClaim */.Ck, async () => (await __webpack_require__.e(/* import() */ 2937).then(__webpack_require__.bind(__webpack_require__, 2937))).compressedScanner),
    lazy(torch_legacy_claim/* torchLegacyClaim */.Od, async () => (await Promise.all(/* import() */[__webpack_require__.e(179), __webpack_require__.e(2797), __webpack_require__.e(4313)]).then(__webpack_require__.bind(__webpack_require__, 4313))).torchLegacyScanner),
    lazy(torchscript_claim/* torchScriptCodeClaim */.n, async () => (await __webpack_require__.e(/* import() */ 2874).then(__webpack_require__.bind(__webpack_require__, 2874))).torchScriptCodeScanner),
    lazy(pickle_claim/* pickleClaim */.nl, async () => (await Promise.all(/* import() */[__webpack_require__.e(179), __webpack_require__.e(2797), __webpack_require__.e(6452)]).then(__webpack_require__.bind(__webpack_require__, 6452))).pickleScanner),
    lazy(hf_config_claim/* hfConfigClaim */.R, async () => (await Promise.all(/* import() */[__webpack_require__.e(8931), __webpack_require__.e(179), __webpack_require__.e(4981), __webpack_require__.e(5155)]).then(__webpack_require__.bind(__webpack_require__, 5155))).hfConfigScanner),
    lazy(jinja_claim/* chatTemplateClaim */.v, async () => (await Promise.all(/* import() */[__webpack_require__.e(8931), __webpack_require__.e(4981), __webpack_require__.e(6011)]).then(__webpack_require__.bind(__webpack_require__, 6011))).chatTemplateScanner),
    lazy(hydra_yaml_claim/* yamlConfigClaim */.w, async () => (await Promise.all(/* import() */[__webpack_require__.e(179), __webpack_require__.e(7610)]).then(__webpack_require__.bind(__webpack_require__, 7610))).yamlConfigScanner),
];

// EXTERNAL MODULE: ./lib/core/version.js
var version = __webpack_require__(8067);
;// CONCATENATED MODULE: ./lib/core/scan.js










/** Files per message to a worker thread (see pool.ts), and how often the main thread lets workers' messages in. */
const BATCH = 8;
/** Runs of fewer files are scanned on the main thread only: starting a thread costs more than they take. */
const PARALLEL_MIN_FILES = 64;
/** Unless asked for, threads start only once a run has lasted this long (and PARALLEL_MIN_FILES remain). */
const POOL_AFTER_MS = 500;
function threadCount(options, files) {
    if (options.open || options.scanners)
        return 0;
    if (options.threads !== undefined)
        return Math.max(0, Math.min(options.threads, Math.ceil(files / BATCH) - 1));
    if (files < PARALLEL_MIN_FILES)
        return 0;
    // Measured on a 2-vCPU machine: Node's own compiler and GC threads already use the second CPU, and two
    // processes scanning half a folder each took longer than one scanning all of it. Threads from 4 CPUs.
    const cpus = (0,builtin/* builtin */.S)('node:os').availableParallelism();
    return cpus >= 4 ? Math.min(cpus - 1, 3) : 0;
}
/** A file a worker thread could not finish: not fully scanned, never clean. */
async function unfinishedResult(file, reason) {
    const finding = { ruleId: 'scan/incomplete', message: `Not fully scanned: ${reason}.`, file: file.relativePath, format: 'unknown' };
    // The rule's severity comes from the catalogue, as for every other finding.
    await applyRuleCatalogue([finding]);
    return {
        file: file.relativePath,
        absolutePath: file.absolutePath,
        size: 0,
        formats: [],
        status: 'incomplete',
        reasons: [reason],
        findings: [finding],
        durationMs: 0,
    };
}
/** Runs shorter than this never start the hang guard's thread. */
const HANG_GUARD_DELAY_MS = 1000;
async function scanFiles(discovery, options) {
    const { files } = discovery;
    const started = performance.now();
    const startedAt = new Date().toISOString();
    const results = [];
    // A parser stuck in a synchronous loop ignores the time budget: past twice the budget (plus a minute)
    // the guard thread names the file and kills the process, so the run fails instead of hanging.
    const limits = limitsOf(options);
    const guard = options.hangGuard
        ? new budget/* DeferredHangGuard */.HW(() => new budget/* HangGuard */._t((0,builtin/* builtin */.S)('node:worker_threads').Worker, limits.maxFileSeconds * 2000 + 60_000, version/* TOOL_NAME */.lH), HANG_GUARD_DELAY_MS)
        : undefined;
    const fileOptions = guard ? { ...options, onBudgetCheck: () => guard.poll() } : options;
    const slots = new Array(files.length);
    const finish = (index, result) => {
        slots[index] = result;
        options.onFile?.(result);
    };
    // One queue for every thread: files in discovery order, then any a failed worker gave back.
    let next = 0;
    const returned = [];
    const take = (count) => {
        const out = returned.splice(0, count);
        while (out.length < count && next < files.length)
            out.push({ index: next, file: files[next++] });
        return out;
    };
    const threads = threadCount(options, files.length);
    let pool;
    const failures = [];
    // pool.js (and node:worker_threads) load only when a run starts threads.
    const startPool = async () => {
        const { ScanPool, workerScript } = await __webpack_require__.e(/* import() */ 7385).then(__webpack_require__.bind(__webpack_require__, 7385));
        const script = workerScript();
        if (pool || !script)
            return;
        pool = new ScanPool(script, threads, { root: options.root, limits, policy: options.policy ?? policy/* DEFAULT_POLICY */.zj }, {
            take,
            giveBack: (items) => returned.unshift(...items),
            done: finish,
            failed: (index, file, reason) => {
                failures.push(unfinishedResult(file, reason).then((result) => finish(index, result)));
            },
        }, limits.maxFileSeconds * 2000 + 60_000);
    };
    // Asked for: threads from the start. Otherwise only a run still going after POOL_AFTER_MS with files
    // left starts them: a thread's start and its cold compiler cost more than a short run takes.
    if (threads > 0 && options.threads !== undefined)
        await startPool();
    const poolDue = performance.now() + POOL_AFTER_MS;
    const scanQueueHere = async () => {
        for (let taken = 0;; taken++) {
            if (taken % BATCH === BATCH - 1) {
                if (!pool && threads > 0 && files.length - next >= PARALLEL_MIN_FILES && performance.now() > poolDue)
                    await startPool();
                // With workers, turn the event loop now and then: their replies and requests for work wait for it.
                if (pool)
                    await new Promise((resolve) => setImmediate(resolve));
            }
            const [item] = take(1);
            if (!item)
                return;
            guard?.begin((0,report_escape/* escapeTerminal */.en)(item.file.relativePath));
            const result = await scanFile(item.file, fileOptions);
            guard?.end();
            finish(item.index, result);
        }
    };
    try {
        if (!pool || options.mainThreadScans !== false)
            await scanQueueHere();
        await pool?.finished();
        // Files a failed worker gave back after the queue ran dry here.
        await scanQueueHere();
        await Promise.all(failures);
    }
    finally {
        pool?.stop('the scan stopped');
        guard?.close();
    }
    for (const result of slots)
        if (result)
            results.push(result);
    return {
        tool: { name: version/* TOOL_NAME */.lH, version: version/* TOOL_VERSION */.wr },
        root: options.root,
        startedAt,
        durationMs: performance.now() - started,
        files: results,
        errors: discovery.errors,
        skipped: discovery.skipped,
    };
}
/**
 * Keeps the files (and skipped entries) of one shard, in place: each shard of a matrix
 * scans a disjoint slice, chosen by a hash of the relative path, so every job agrees
 * without talking to the others. Input errors stay in every shard: each job must fail on them.
 */
async function restrictToShard(discovery, shard) {
    if (!shard || shard.count === 1)
        return discovery;
    const { inShard } = await __webpack_require__.e(/* import() */ 436).then(__webpack_require__.bind(__webpack_require__, 436));
    discovery.files = discovery.files.filter((f) => inShard(f.relativePath, shard));
    discovery.skipped = discovery.skipped.filter((s) => inShard(s.path, shard));
    return discovery;
}
/** Scans one file on disk. Never throws: every failure becomes part of the result. */
async function scanFile(file, options) {
    const started = performance.now();
    const run = new FileRun(file.relativePath, options, options.open ? undefined : file.absolutePath);
    let source;
    let size = 0;
    try {
        source = options.open ? options.open(file) : new core_source/* FileSource */._n(file.absolutePath, PREFETCH_BYTES);
        size = source.size;
    }
    catch (error) {
        run.emit({ ruleId: 'scan/read-error', message: `The file could not be read: ${errorMessage(error)}.` }, undefined, 'file');
        run.status = 'error';
        run.reasons.push(`cannot read: ${errorMessage(error)}`);
    }
    if (source) {
        try {
            const scanned = await run.scanSource(source, undefined, 0, file.relativePath);
            if (!scanned) {
                if (file.explicit || isModelExtension(extensionOf(file.relativePath))) {
                    const why = size === 0 ? 'the file is empty' : 'no scanner recognised its content';
                    run.emit({ ruleId: 'scan/unsupported-format', message: `Not scanned: ${why}, so it is not known to be safe.` }, undefined, 'unknown');
                    run.reasons.push(why);
                    run.status = 'unsupported';
                }
                else {
                    run.status = 'ignored';
                }
            }
        }
        finally {
            source.close();
        }
    }
    if (run.dropped > 0)
        run.reasons.push(`${run.dropped} more findings not listed (limit ${run.maxFindings} per file)`);
    if (run.findings.length > 0)
        await applyRuleCatalogue(run.findings);
    return {
        file: file.relativePath,
        absolutePath: file.absolutePath,
        size,
        formats: run.formats,
        status: run.status,
        reasons: run.reasons,
        findings: run.findings,
        durationMs: performance.now() - started,
    };
}
/**
 * Bytes read from the start of every file in one read. Small models (the common case in
 * a folder of thousands) are read exactly once: probe head, zip tail check and the scanner
 * all take views of these bytes. A big file costs this one read plus what its scanner needs.
 */
const PREFETCH_BYTES = 64 * 1024;
/** State for one file on disk: its findings, formats and completeness. */
class FileRun {
    file;
    absolutePath;
    findings = [];
    formats = [];
    reasons = [];
    status = 'complete';
    byKey = new Map();
    limits;
    get maxFindings() {
        return this.limits.maxFindingsPerFile;
    }
    policy;
    scanners;
    /** Decompressed bytes, members and time for this file, shared by every nesting level. */
    budget;
    dropped = 0;
    constructor(file, options, absolutePath) {
        this.file = file;
        this.absolutePath = absolutePath;
        this.limits = limitsOf(options);
        this.policy = options.policy ?? policy/* DEFAULT_POLICY */.zj;
        this.scanners = options.scanners ?? SCANNERS;
        this.budget = new budget/* FileBudget */.er(this.limits, undefined, options.onBudgetCheck);
    }
    /** An exception escaped a scanner: `scan/incomplete` worded as an internal error, marked `internalError`. */
    internalError(ctx, scanner, member, error) {
        const reason = `internal error in the ${scanner.name} scanner (${errorMessage(error)})`;
        ctx.incomplete(reason);
        const finding = this.findings.find((f) => f.ruleId === 'scan/incomplete' && f.member === member && f.message === `Not fully scanned: ${reason}.`);
        if (finding)
            (finding.properties ??= {}).internalError = true;
    }
    /** Routes and scans some bytes. Returns the id of the scanner that claimed them, or undefined. */
    async scanSource(source, member, depth, name) {
        // Out of time: not even a probe. The throw unwinds the scanners this is nested in (see below).
        if (depth > 0 && this.budget.expired)
            throw new budget/* TimeBudgetExceeded */.sB(this.limits.maxFileSeconds);
        const scanner = await (0,route/* route */.w)(this.scanners, (0,route/* makeProbe */.l)(source, name));
        if (!scanner)
            return undefined;
        if (!this.formats.includes(scanner.id))
            this.formats.push(scanner.id);
        const ctx = this.context(scanner, source, member, depth);
        try {
            // A nested scan that starts after the time budget is spent stops here.
            ctx.checkBudget();
            await scanner.scan(ctx);
        }
        catch (error) {
            if (error instanceof budget/* TimeBudgetExceeded */.sB) {
                // Said once per file, at the level that ran out; the levels it unwinds add nothing.
                if (!this.budget.reported.has('maxFileSeconds')) {
                    this.budget.reported.add('maxFileSeconds');
                    ctx.incomplete(error.message);
                }
                // Every level nested in this file stops, up to the file itself (where it ends here).
                if (depth > 0)
                    throw error;
            }
            else {
                // Scanners report malformed input themselves: an exception that escapes is a scanner bug.
                // Still never "clean": the file is not fully scanned, and the finding says it was our fault.
                this.internalError(ctx, scanner, member, error);
            }
        }
        return scanner.id;
    }
    emit(input, member, format) {
        // Without an override or a severity of its own, the rule's default is filled in when the file is done
        // (applyRuleCatalogue): the catalogue, with its help texts, loads only for files with findings.
        const severity = (this.policy.severityOverrides[input.ruleId] ?? input.severity);
        // One result per root cause: the same rule, place and callable collapse into one finding.
        const key = [input.ruleId, member ?? '', input.callable ?? input.message].join('\u0000');
        const existing = this.byKey.get(key);
        if (existing) {
            const props = (existing.properties ??= {});
            props.occurrences = (props.occurrences ?? 1) + 1;
            return;
        }
        if (this.findings.length >= this.limits.maxFindingsPerFile) {
            this.dropped++;
            return;
        }
        const finding = { ...input, severity, file: this.file, format: input.format ?? format };
        if (member !== undefined)
            finding.member = member;
        this.byKey.set(key, finding);
        this.findings.push(finding);
    }
    context(scanner, source, member, depth) {
        return {
            source,
            file: this.file,
            member,
            ...(member === undefined && this.absolutePath !== undefined ? { absolutePath: this.absolutePath } : {}),
            depth,
            limits: this.limits,
            policy: this.policy,
            budget: this.budget,
            checkBudget: () => this.budget.check(),
            report: (finding) => this.emit(finding, member, scanner.id),
            incomplete: (reason, offset) => {
                this.status = this.status === 'error' ? 'error' : 'incomplete';
                const where = member ? `${member}: ${reason}` : reason;
                this.reasons.push(where);
                const input = { ruleId: 'scan/incomplete', message: `Not fully scanned: ${reason}.` };
                if (offset !== undefined)
                    input.offset = offset;
                this.emit(input, member, scanner.id);
            },
            scanNested: async (nested, name) => {
                const nestedMember = member === undefined ? name : `${member}!/${name}`;
                if (depth + 1 > this.limits.maxDepth) {
                    this.context(scanner, nested, nestedMember, depth + 1).incomplete(`nested deeper than the limit of ${this.limits.maxDepth} levels`);
                    return undefined;
                }
                return this.scanSource(nested, nestedMember, depth + 1, name);
            },
        };
    }
}
/**
 * Checks every finding's rule against the catalogue and gives it the rule's severity where neither the
 * scanner nor the configuration chose one. A rule id the catalogue does not know is our bug: the
 * finding becomes `scan/incomplete` marked as an internal error (never dropped, never clean).
 */
async function applyRuleCatalogue(findings) {
    const { RULES, ruleFor } = await __webpack_require__.e(/* import() */ 5497).then(__webpack_require__.bind(__webpack_require__, 5497));
    for (const finding of findings) {
        const rule = RULES.get(finding.ruleId);
        if (!rule) {
            finding.message = `Not fully scanned: internal error (a scanner reported the unknown rule ${finding.ruleId}: ${finding.message}).`;
            finding.ruleId = 'scan/incomplete';
            (finding.properties ??= {}).internalError = true;
            finding.severity = ruleFor('scan/incomplete').severity;
            continue;
        }
        finding.severity ??= rule.severity;
    }
}
const mergedLimits = new WeakMap();
/** The run's limits, merged once per options object (not once per file). */
function limitsOf(options) {
    let limits = mergedLimits.get(options);
    if (!limits)
        mergedLimits.set(options, (limits = { ...core_limits/* DEFAULT_LIMITS */.dR, ...options.limits }));
    return limits;
}
function extensionOf(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    const dot = base.lastIndexOf('.');
    return dot > 0 ? base.slice(dot).toLowerCase() : '';
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 201:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ PROBE_TAIL_BYTES),
/* harmony export */   u: () => (/* binding */ PROBE_HEAD_BYTES)
/* harmony export */ });
const PROBE_HEAD_BYTES = 4096;
const PROBE_TAIL_BYTES = 65_557; // max zip EOCD record + comment


/***/ }),

/***/ 7718:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ SliceSource),
/* harmony export */   _n: () => (/* binding */ FileSource),
/* harmony export */   _r: () => (/* binding */ BufferSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);

class BufferSource {
    bytes;
    constructor(bytes) {
        this.bytes = bytes;
    }
    get size() {
        return this.bytes.length;
    }
    read(offset, length) {
        if (offset < 0 || length < 0)
            throw new RangeError(`bad read at ${offset} (${length} bytes)`);
        return this.bytes.subarray(offset, Math.min(this.bytes.length, offset + length));
    }
}
const EMPTY = Buffer.alloc(0);
/** Shared by every FileSource of a thread: prefetches land here first, so a small file costs one exact-size copy. */
let scratch;
/**
 * A file opened once; positioned reads; close() when done. With `prefetch`, the first bytes
 * are read once when it is opened and later reads inside them are views: a small model (the
 * common case in a folder of thousands) costs one open, one read and one close \u2014 a read that
 * comes back short is the whole file, so only files past the prefetch size pay for a stat.
 */
class FileSource {
    size;
    fd;
    prefix = EMPTY;
    constructor(path, prefetch = 0) {
        this.fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
        try {
            if (prefetch > 0) {
                const buffer = scratch && scratch.length >= prefetch ? scratch : (scratch = Buffer.allocUnsafe(prefetch));
                const n = readFully(this.fd, buffer, prefetch, 0);
                this.prefix = Buffer.allocUnsafe(n);
                buffer.copy(this.prefix, 0, 0, n);
                this.size = n < prefetch ? n : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(this.fd).size;
            }
            else {
                this.size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(this.fd).size;
            }
        }
        catch (error) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
            throw error;
        }
    }
    read(offset, length) {
        if (this.fd === undefined)
            throw new Error('file source is closed');
        if (offset < 0 || length < 0)
            throw new RangeError(`bad read at ${offset} (${length} bytes)`);
        const end = Math.min(offset + length, this.size);
        // Views, like BufferSource: scanners treat what they read as read-only.
        if (end <= this.prefix.length && offset <= end)
            return this.prefix.subarray(offset, end);
        const want = Math.max(0, end - offset);
        const out = Buffer.allocUnsafe(want);
        const done = readFully(this.fd, out, want, offset);
        return done === want ? out : out.subarray(0, done);
    }
    close() {
        if (this.fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
        this.fd = undefined;
    }
}
/** Reads up to `want` bytes at `position` into the start of `into`; fewer only at the end of the file. */
function readFully(fd, into, want, position) {
    let done = 0;
    while (done < want) {
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, into, done, want - done, position + done);
        if (n === 0)
            break;
        done += n;
    }
    return done;
}
/** A window [start, start+length) of another source, e.g. a STORED zip member. */
class SliceSource {
    inner;
    start;
    size;
    constructor(inner, start, size) {
        this.inner = inner;
        this.start = start;
        this.size = size;
    }
    read(offset, length) {
        if (offset < 0 || length < 0)
            throw new RangeError(`bad read at ${offset} (${length} bytes)`);
        const end = Math.min(this.size, offset + length);
        if (end <= offset)
            return new Uint8Array(0);
        return this.inner.read(this.start + offset, end - offset);
    }
}


/***/ }),

/***/ 6432:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ compressedClaim),
/* harmony export */   IR: () => (/* binding */ detectCompression),
/* harmony export */   N_: () => (/* binding */ ZFILE_HEADER)
/* harmony export */ });
/* harmony import */ var _core_builtin_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2476);

/** node:zlib, loaded the first time a head starts like zlib (a plain run does not pay for it). */
const zlib = () => (0,_core_builtin_js__WEBPACK_IMPORTED_MODULE_0__/* .builtin */ .S)('node:zlib');
/** joblib < 0.10: `ZF`, the uncompressed length in hex padded to 19 characters, then a zlib stream. */
const ZFILE_HEADER = 2 + 19;
/** The compression of a stream from its first bytes, or undefined. */
function detectCompression(head, whole = false) {
    const b = head;
    if (b.length < 4)
        return undefined;
    if (b[0] === 0x1f && b[1] === 0x8b && b[2] === 0x08 && (b[3] & 0xe0) === 0)
        return 'gzip';
    if (b[0] === 0x42 && b[1] === 0x5a && b[2] === 0x68 && b[3] >= 0x31 && b[3] <= 0x39 && b.length >= 10) {
        // "BZh1".."BZh9" then a block (pi) or end-of-stream (sqrt pi) magic.
        const m = Buffer.from(b.subarray(4, 10)).toString('hex');
        if (m === '314159265359' || m === '177245385090')
            return 'bz2';
    }
    if (b.length >= 6 && b[0] === 0xfd && b[1] === 0x37 && b[2] === 0x7a && b[3] === 0x58 && b[4] === 0x5a && b[5] === 0x00)
        return 'xz';
    if (b[0] === 0x04 && b[1] === 0x22 && b[2] === 0x4d && b[3] === 0x18)
        return 'lz4';
    if (b.length >= 13 && b[0] === 0x5d && b[1] === 0x00 && looksLikeLzmaAlone(b))
        return 'lzma';
    if (b[0] === 0x5a && b[1] === 0x46 && b.length >= ZFILE_HEADER && /^0x[0-9a-f]+ *$/.test(Buffer.from(b.subarray(2, ZFILE_HEADER)).toString('latin1'))) {
        return 'joblib-zfile';
    }
    if (b[0] === 0x78 && ((b[0] << 8) | b[1]) % 31 === 0 && (b[1] & 0x20) === 0 && inflatesCleanly(b, whole))
        return 'zlib';
    return undefined;
}
/** LZMA-alone header: properties byte 0x5d (lc=3 lp=0 pb=2, what every encoder writes), dictionary size, uncompressed size. */
function looksLikeLzmaAlone(b) {
    const dict = Buffer.from(b.subarray(1, 5)).readUInt32LE(0);
    // Dictionary sizes are 2^n or 2^n + 2^(n-1) (xz, 7-Zip, Python's lzma).
    let ok = false;
    for (let n = 12; n <= 30 && !ok; n++)
        ok = dict === 2 ** n || dict === 2 ** n + 2 ** (n - 1);
    if (!ok)
        return false;
    const hi = Buffer.from(b.subarray(9, 13)).readUInt32LE(0);
    // Unknown size (all ones, what joblib's streaming writer leaves), or one below 2^40.
    return hi === 0xffffffff ? Buffer.from(b.subarray(5, 9)).readUInt32LE(0) === 0xffffffff : hi < 256;
}
/**
 * `0x78` is also the letter x: a zlib claim needs the head to inflate without
 * error, and a file that fits in the head to be one complete stream.
 */
function inflatesCleanly(head, whole) {
    const { inflateSync, constants: zc } = zlib();
    try {
        inflateSync(head, { ...(whole ? {} : { finishFlush: zc.Z_SYNC_FLUSH }), maxOutputLength: 1 << 20 });
        return true;
    }
    catch (error) {
        // Output past the probe limit still means the head is valid zlib.
        if (error.code === 'ERR_BUFFER_TOO_LARGE')
            return true;
    }
    if (!whole)
        return false;
    // A cut-off stream that starts a pickle: joblib.load would run it up to the cut.
    try {
        const partial = inflateSync(head, { finishFlush: zc.Z_SYNC_FLUSH, maxOutputLength: 1 << 20 });
        return partial.length >= 2 && partial[0] === 0x80 && partial[1] <= 5;
    }
    catch {
        return false;
    }
}
/** What routing needs of the compressed-stream scanner (index.ts adds the scan, loaded on first use). */
const compressedClaim = {
    id: 'compressed',
    name: 'Compressed stream (gzip, zlib, bzip2, xz, lzma, LZ4, joblib)',
    extensions: ['.gz', '.tgz', '.bz2', '.xz', '.lzma', '.lz4', '.z'],
    claim: (probe) => (detectCompression(probe.head, probe.head.length === probe.size) ? 'magic' : false),
};


/***/ }),

/***/ 9536:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ ggufClaim)
/* harmony export */ });
const MAGIC = [0x47, 0x47, 0x55, 0x46]; // "GGUF"
/** What routing needs of the GGUF scanner (index.ts adds the scan, loaded on first use). */
const ggufClaim = {
    id: 'gguf',
    name: 'GGUF',
    extensions: ['.gguf'],
    claim: (probe) => (MAGIC.every((b, i) => probe.head[i] === b) ? 'magic' : false),
};


/***/ }),

/***/ 6784:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ hfConfigClaim),
/* harmony export */   i: () => (/* binding */ SIDE_FILE_NAMES)
/* harmony export */ });
/** Side files that sit beside weights in Hugging Face / NeMo repositories. */
const SIDE_FILE_NAMES = [
    'config.json', 'tokenizer_config.json', 'processor_config.json', 'preprocessor_config.json', 'chat_template.json',
    'model_config.json', 'feature_extractor_config.json', 'image_processor_config.json',
];
const NAMES = new Set(SIDE_FILE_NAMES);
const KEYS_IN_HEAD = /"(auto_map|chat_template|_target_)"\s*:/;
function claimSideFile(probe) {
    if (probe.extension !== '.json')
        return false;
    const head = new TextDecoder().decode(probe.head).replace(/^\uFEFF/, '').trimStart();
    if (!head.startsWith('{'))
        return false;
    return NAMES.has(probe.name) || KEYS_IN_HEAD.test(head) ? 'hint' : false;
}
/** What routing needs of the side-file scanner (index.ts adds the scan, loaded on first use). */
const hfConfigClaim = {
    id: 'hf-config',
    name: 'Model repository config (JSON)',
    extensions: [],
    claim: claimSideFile,
};


/***/ }),

/***/ 7457:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ yamlConfigClaim)
/* harmony export */ });
/**
 * What routing needs of the YAML config scanner (index.ts adds the scan, loaded on first use).
 * By name only: the scan returns at once, with no finding, for YAML without Hydra keys or python tags.
 */
const yamlConfigClaim = {
    id: 'yaml-config',
    name: 'Hydra / NeMo YAML config',
    extensions: ['.yaml', '.yml'],
    claim: (probe) => (probe.extension === '.yaml' || probe.extension === '.yml' ? 'hint' : false),
};


/***/ }),

/***/ 5043:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ chatTemplateClaim)
/* harmony export */ });
/** What routing needs of the chat-template scanner (index.ts adds the scan, loaded on first use). */
const chatTemplateClaim = {
    id: 'chat-template',
    name: 'Jinja chat template',
    extensions: ['.jinja'],
    claim: (probe) => (probe.extension === '.jinja' ? 'hint' : false),
};


/***/ }),

/***/ 1925:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ looksLikeKerasJson),
/* harmony export */   DG: () => (/* binding */ kerasConfigJsonClaim),
/* harmony export */   Gf: () => (/* binding */ kerasH5Claim)
/* harmony export */ });
/* harmony import */ var _hdf5_signature_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23);

/** What routing needs of the Keras H5 scanner (h5.ts adds the scan, loaded on first use). */
const kerasH5Claim = {
    id: 'keras-h5',
    name: 'Keras HDF5',
    extensions: ['.h5', '.hdf5', '.keras'],
    claim(probe) {
        if ((0,_hdf5_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .findHdf5Signature */ .$)(probe.head, probe.source) !== undefined)
            return 'magic';
        return ['.h5', '.hdf5'].includes(probe.extension) ? 'hint' : false;
    },
};
// Recognised by content, never by name: a `.keras` zip's config.json is routed
// here by the zip scanner, and so is a renamed copy anywhere else.
const OBJECT_START = /^\uFEFF?\s*\{/;
const KERAS_CONFIG_KEYS = /"class_name"\s*:/;
const KERAS_CONFIG_BODY = /"(config|module)"\s*:/;
const KERAS_METADATA_KEYS = /"keras_version"\s*:/;
/** True when the head of the bytes looks like a Keras config (`to_json()`, v3 config.json) or v3 metadata.json. */
function looksLikeKerasJson(probe) {
    // Decide on the first byte before decoding the head: every file in a run passes here.
    if (firstNonSpace(probe.head) !== 0x7b)
        return false;
    const text = Buffer.from(probe.head.buffer, probe.head.byteOffset, probe.head.length).toString('utf8');
    if (!OBJECT_START.test(text))
        return false;
    return (KERAS_CONFIG_KEYS.test(text) && KERAS_CONFIG_BODY.test(text)) || KERAS_METADATA_KEYS.test(text);
}
/** The first byte after a UTF-8 byte order mark and JSON whitespace, or -1. */
function firstNonSpace(b) {
    let i = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
    while (i < b.length && (b[i] === 0x20 || b[i] === 0x0a || b[i] === 0x0d || b[i] === 0x09))
        i++;
    return i < b.length ? b[i] : -1;
}
/** What routing needs of the Keras config JSON scanner (config-json.ts adds the scan, loaded on first use). */
const kerasConfigJsonClaim = {
    id: 'keras-config',
    name: 'Keras config JSON',
    extensions: [],
    claim: (probe) => (looksLikeKerasJson(probe) ? 'magic' : false),
};


/***/ }),

/***/ 23:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ findHdf5Signature),
/* harmony export */   n: () => (/* binding */ sourceContainsAny)
/* harmony export */ });
const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]; // "\x89HDF\r\n\x1a\n"
/**
 * Offset of the HDF5 superblock, or undefined. The HDF5 library looks for it
 * at 0, 512, 1024, 2048, \u2026 (a user block may precede it), so we do too:
 * a file with a user block is still an H5 model to h5py and Keras.
 */
function findHdf5Signature(head, source) {
    for (let offset = 0; offset + HDF5_SIGNATURE.length <= source.size; offset = offset === 0 ? 512 : offset * 2) {
        const bytes = offset + HDF5_SIGNATURE.length <= head.length ? head.subarray(offset) : source.read(offset, HDF5_SIGNATURE.length);
        if (HDF5_SIGNATURE.every((b, i) => bytes[i] === b))
            return offset;
    }
    return undefined;
}
/** True when one of the ASCII `needles` occurs in the source; read in chunks, so memory stays bounded. */
function sourceContainsAny(source, needles) {
    const patterns = needles.map((n) => Buffer.from(n, 'latin1'));
    const overlap = Math.max(...patterns.map((p) => p.length));
    const chunk = 8 * 1024 * 1024;
    for (let offset = 0; offset < source.size; offset += chunk - overlap) {
        const bytes = source.read(offset, chunk);
        const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
        if (patterns.some((p) => view.includes(p)))
            return true;
        if (offset + chunk >= source.size)
            break;
    }
    return false;
}


/***/ }),

/***/ 2932:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ isNpy),
/* harmony export */   _: () => (/* binding */ numpyClaim)
/* harmony export */ });
const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
function isNpy(head) {
    return head.length >= 8 && MAGIC.every((b, i) => head[i] === b);
}
/** What routing needs of the NumPy scanner (index.ts adds the scan, loaded on first use). */
const numpyClaim = {
    id: 'numpy',
    name: 'NumPy .npy array',
    extensions: ['.npy'],
    claim: (probe) => (isNpy(probe.head) ? 'magic' : false),
};


/***/ }),

/***/ 654:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ looksLikeModelProto),
/* harmony export */   M: () => (/* binding */ onnxClaim)
/* harmony export */ });
/* harmony import */ var _wire_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1785);

/** What routing needs of the ONNX scanner (index.ts adds the scan, loaded on first use). */
const onnxClaim = {
    id: 'onnx',
    name: 'ONNX',
    extensions: ['.onnx'],
    claim: (probe) => (looksLikeModelProto(probe.head) ? 'magic' : probe.extension === '.onnx' ? 'hint' : false),
};
/** ModelProto fields and their wire types, as onnx serialises them (ir_version first). */
const MODEL_FIELDS = {
    1: _wire_js__WEBPACK_IMPORTED_MODULE_0__/* .WIRE_VARINT */ .V9, 2: _wire_js__WEBPACK_IMPORTED_MODULE_0__/* .WIRE_LEN */ .qg, 3: _wire_js__WEBPACK_IMPORTED_MODULE_0__/* .WIRE_LEN */ .qg, 4: _wire_js__WEBPACK_IMPORTED_MODULE_0__/* .WIRE_LEN */ .qg, 5: _wire_js__WEBPACK_IMPORTED_MODULE_0__/* .WIRE_VARINT */ .V9, 6: _wire_js__WEBPACK_IMPORTED_MODULE_0__/* .WIRE_LEN */ .qg, 7: _wire_js__WEBPACK_IMPORTED_MODULE_0__/* .WIRE_LEN */ .qg, 8: _wire_js__WEBPACK_IMPORTED_MODULE_0__/* .WIRE_LEN */ .qg,
    14: _wire_js__WEBPACK_IMPORTED_MODULE_0__/* .WIRE_LEN */ .qg, 20: _wire_js__WEBPACK_IMPORTED_MODULE_0__/* .WIRE_LEN */ .qg, 25: _wire_js__WEBPACK_IMPORTED_MODULE_0__/* .WIRE_LEN */ .qg, 26: _wire_js__WEBPACK_IMPORTED_MODULE_0__/* .WIRE_LEN */ .qg,
};
/**
 * ONNX has no magic number. Recognised by structure: an `ir_version` field
 * (1\u201320) first, then only ModelProto fields with their wire types, as far as
 * the probe reaches.
 */
function looksLikeModelProto(head) {
    if (head.length < 4 || head[0] !== 0x08 || head[1] < 1 || head[1] > 20)
        return false;
    let pos = 2;
    let fields = 0;
    while (pos < head.length) {
        const tag = readVarint(head, pos);
        if (!tag)
            return fields > 0;
        const field = Math.floor(tag.value / 8);
        if (MODEL_FIELDS[field] !== tag.value % 8)
            return false;
        pos = tag.next;
        const value = readVarint(head, pos);
        if (!value)
            return fields > 0;
        pos = tag.value % 8 === _wire_js__WEBPACK_IMPORTED_MODULE_0__/* .WIRE_LEN */ .qg ? value.next + value.value : value.next;
        fields++;
    }
    return fields > 0;
}
function readVarint(bytes, pos) {
    let value = 0;
    let scale = 1;
    for (let i = pos; i < bytes.length && i < pos + 10; i++) {
        value += (bytes[i] & 0x7f) * scale;
        scale *= 128;
        if ((bytes[i] & 0x80) === 0)
            return { value, next: i + 1 };
    }
    return undefined;
}


/***/ }),

/***/ 1785:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jc: () => (/* binding */ encodeVarint),
/* harmony export */   UE: () => (/* binding */ WIRE_I64),
/* harmony export */   V9: () => (/* binding */ WIRE_VARINT),
/* harmony export */   cC: () => (/* binding */ WireError),
/* harmony export */   o: () => (/* binding */ WireCursor),
/* harmony export */   qg: () => (/* binding */ WIRE_LEN),
/* harmony export */   tk: () => (/* binding */ WIRE_I32)
/* harmony export */ });
/** Bytes that are not valid protobuf: the model is reported as not fully scanned. */
class WireError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
const WIRE_VARINT = 0;
const WIRE_I64 = 1;
const WIRE_LEN = 2;
const WIRE_I32 = 5;
const WINDOW = 1 << 16;
/** Positioned protobuf wire reads over a ByteSource through a small window (never the whole file). */
class WireCursor {
    source;
    window = new Uint8Array(0);
    windowStart = 0;
    constructor(source) {
        this.source = source;
    }
    byteAt(pos) {
        const rel = pos - this.windowStart;
        if (rel < 0 || rel >= this.window.length) {
            this.window = this.source.read(pos, WINDOW);
            this.windowStart = pos;
            if (this.window.length === 0)
                throw new WireError('unexpected end of data', pos);
            return this.window[0];
        }
        return this.window[rel];
    }
    /** A varint at `pos`, bounded by `end`; returns the value (exact up to 2^53) and the next position. */
    varint(pos, end) {
        let value = 0;
        let scale = 1;
        for (let i = 0; i < 10; i++) {
            if (pos + i >= end)
                throw new WireError('truncated varint', pos);
            const byte = this.byteAt(pos + i);
            value += (byte & 0x7f) * scale;
            scale *= 128;
            if ((byte & 0x80) === 0)
                return { value, next: pos + i + 1 };
        }
        throw new WireError('varint longer than 10 bytes', pos);
    }
    read(pos, length) {
        // Small fields come from the window: one positioned read serves many of them.
        if (length <= WINDOW) {
            const rel = pos - this.windowStart;
            if (rel < 0 || rel + length > this.window.length) {
                this.window = this.source.read(pos, WINDOW);
                this.windowStart = pos;
            }
            const from = pos - this.windowStart;
            if (from + length <= this.window.length)
                return this.window.slice(from, from + length);
            throw new WireError('unexpected end of data', pos);
        }
        const bytes = this.source.read(pos, length);
        if (bytes.length !== length)
            throw new WireError('unexpected end of data', pos);
        return bytes;
    }
}
function encodeVarint(value) {
    const out = [];
    let v = value;
    while (v >= 0x80) {
        out.push((v % 0x80) | 0x80);
        v = Math.floor(v / 0x80);
    }
    out.push(v);
    return Uint8Array.from(out);
}


/***/ }),

/***/ 1247:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UU: () => (/* binding */ PICKLE_EXTENSIONS),
/* harmony export */   nl: () => (/* binding */ pickleClaim)
/* harmony export */ });
/* unused harmony export OPCODE_BYTES */
/** Names that routinely hold pickles (a hint only: content decides). */
const PICKLE_EXTENSIONS = [
    '.pkl', '.pickle', '.joblib', '.dill', '.p', '.pk', '.sav', '.dat', '.data', '.bin', '.pt', '.pth', '.ckpt',
    '.cloudpkl', '.jbl', '.model',
];
/** Every opcode byte of protocols 0\u20135, the same set as opcodes.ts (kept apart so routing does not load it; a test compares them). */
const OPCODE_BYTES = new Set([...'().012BCFGIJKLMNPQRSTUVX]abcdeghijlopqrstu}'].map((c) => c.charCodeAt(0)));
for (let b = 0x80; b <= 0x98; b++)
    OPCODE_BYTES.add(b);
let sniffer;
/**
 * Protocol 2+ pickles start with PROTO: decided here. A head that starts with an opcode byte
 * may be a protocol 0/1 stream, which only a trial run of the pickle machine can tell
 * (sniff.ts, loaded then: most files are decided by an earlier scanner's signature first).
 */
function claimPickle(probe) {
    if (probe.size === 0)
        return false;
    const head = probe.head;
    if (head[0] === 0x80 && head.length > 1 && head[1] >= 2 && head[1] <= 5)
        return 'magic';
    // Not even a first opcode: pickle.load (torch.load, joblib.load, numpy.load) fails on byte 0 before anything
    // runs, so not a pickle whatever the name (raw tensor bytes in weights.bin, ONNX external data): the core
    // reports it unrecognised (low), never clean.
    if (!OPCODE_BYTES.has(head[0]))
        return false;
    return (sniffer ??= Promise.all(/* import() */[__webpack_require__.e(179), __webpack_require__.e(2797), __webpack_require__.e(5851)]).then(__webpack_require__.bind(__webpack_require__, 5851))).then((sniff) => sniff.claimPickle(probe));
}
/** What routing needs of the pickle scanner (index.ts adds the scan, loaded on first use). */
const pickleClaim = {
    id: 'pickle',
    name: 'Python pickle',
    extensions: PICKLE_EXTENSIONS,
    claim: claimPickle,
};


/***/ }),

/***/ 2285:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ sevenZipClaim)
/* harmony export */ });
/** 7z signature: `7z\xBC\xAF\x27\x1C`. */
const SIGNATURE = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];
/** What routing needs of the 7z scanner (index.ts adds the scan, loaded on first use). */
const sevenZipClaim = {
    id: '7z',
    name: '7z archive',
    extensions: ['.7z'],
    claim: (probe) => (probe.head.length >= 6 && SIGNATURE.every((b, i) => probe.head[i] === b) ? 'magic' : false),
};


/***/ }),

/***/ 3749:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ skopsClaim)
/* harmony export */ });
/**
 * A skops schema: the `schema.json` member of a `.skops` zip (the zip scanner routes every
 * member; skops.io.load reads exactly that name). Any JSON object under that name is claimed,
 * whatever key comes first: UTF-16/32 (NUL bytes or a BOM, as Python's json detects them) and
 * whitespace padding included. The scan stays silent for JSON that is not a skops tree.
 */
function claimSkopsSchema(probe) {
    const h = probe.head;
    if (probe.name !== 'schema.json' || h.length === 0)
        return false;
    if (h[0] === 0 || h[1] === 0 || h[0] === 0xfe || h[0] === 0xff)
        return 'magic';
    let i = h[0] === 0xef && h[1] === 0xbb && h[2] === 0xbf ? 3 : 0;
    while (i < h.length && (h[i] === 0x20 || h[i] === 0x0a || h[i] === 0x0d || h[i] === 0x09))
        i++;
    return i === h.length || h[i] === 0x7b ? 'magic' : false;
}
/** What routing needs of the skops scanner (index.ts adds the scan, loaded on first use). */
const skopsClaim = {
    id: 'skops',
    name: 'skops schema',
    extensions: [],
    claim: claimSkopsSchema,
};


/***/ }),

/***/ 8864:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ tarClaim)
/* harmony export */ });
/* harmony import */ var _header_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1411);

/** What routing needs of the tar scanner (index.ts adds the scan, loaded on first use). */
const tarClaim = {
    id: 'tar',
    name: 'Tar archive',
    extensions: ['.tar', '.nemo'],
    claim: (probe) => ((0,_header_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeTar */ .lH)(probe.head) ? 'magic' : false),
};


/***/ }),

/***/ 1411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IE: () => (/* binding */ BLOCK),
/* harmony export */   TN: () => (/* binding */ tarNumber),
/* harmony export */   gP: () => (/* binding */ validHeader),
/* harmony export */   lH: () => (/* binding */ looksLikeTar)
/* harmony export */ });
// What the tar claim needs (eager, so small): a header block's checksum and numbers.
const BLOCK = 512;
/** Octal (space/NUL padded) or GNU base-256 number; undefined when malformed. */
function tarNumber(b, start, len) {
    if (b[start] & 0x80) {
        // base-256, big-endian, first byte's top bit is the marker (0xff = negative: refuse)
        if (b[start] === 0xff)
            return undefined;
        let v = b[start] & 0x7f;
        for (let i = start + 1; i < start + len; i++) {
            v = v * 256 + b[i];
            if (v > Number.MAX_SAFE_INTEGER)
                return undefined;
        }
        return v;
    }
    // Octal digits between optional NUL/space padding on either side (every file of a run is probed here).
    let from = start;
    let to = Math.min(start + len, b.length);
    while (to > from && (b[to - 1] === 0 || b[to - 1] === 0x20))
        to--;
    while (from < to && (b[from] === 0x20 || b[from] === 0))
        from++;
    let v = 0;
    for (let i = from; i < to; i++) {
        const digit = b[i] - 0x30;
        if (digit < 0 || digit > 7)
            return undefined;
        v = v * 8 + digit;
    }
    return v;
}
/** The header checksum matches (unsigned sum, or the signed sum some old tars wrote). */
function validHeader(h) {
    if (h.length < BLOCK)
        return false;
    const stored = tarNumber(h, 148, 8);
    if (stored === undefined)
        return false;
    let unsigned = 0;
    let signed = 0;
    for (let i = 0; i < BLOCK; i++) {
        const c = i >= 148 && i < 156 ? 0x20 : h[i];
        unsigned += c;
        signed += c > 127 ? c - 256 : c;
    }
    return stored === unsigned || stored === signed;
}
/** Looks like the first header of a tar archive. */
function looksLikeTar(head) {
    if (head.length < BLOCK || !validHeader(head))
        return false;
    const magic = Buffer.from(head.subarray(257, 263)).toString('latin1');
    // ustar/GNU magic, or a v7 header whose name and size fields are sane.
    return magic === 'ustar\0' || magic === 'ustar ' || (head[0] !== 0 && tarNumber(head, 124, 12) !== undefined);
}


/***/ }),

/***/ 2864:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ savedModelClaim)
/* harmony export */ });
/* harmony import */ var _detect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9465);

const TF1_META_GRAPH = /\.ckpt[^/]*\.meta$/;
/** What routing needs of the TensorFlow scanner (index.ts adds the scan, loaded on first use). */
const savedModelClaim = {
    id: 'tensorflow',
    name: 'TensorFlow SavedModel / GraphDef',
    extensions: ['.pb'],
    claim(probe) {
        if ((0,_detect_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeSavedModel */ .Ix)(probe.head) || (0,_detect_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeKerasMetadata */ .tB)(probe.head))
            return 'magic';
        return probe.extension === '.pb' || TF1_META_GRAPH.test(probe.name) ? 'hint' : false;
    },
};


/***/ }),

/***/ 9465:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ix: () => (/* binding */ looksLikeSavedModel),
/* harmony export */   N5: () => (/* binding */ tfFileKind),
/* harmony export */   tB: () => (/* binding */ looksLikeKerasMetadata)
/* harmony export */ });
function looksLikeSavedModel(head) {
    // field 1 varint = 1, field 2 (meta_graphs) length-delimited, whose first field is 1 or 2 (meta_info_def / graph_def).
    if (head[0] !== 0x08 || head[1] !== 0x01 || head[2] !== 0x12)
        return false;
    const [, next] = readVarint(head, 3);
    return next !== undefined && (head[next] === 0x0a || head[next] === 0x12);
}
function looksLikeKerasMetadata(head) {
    if (head[0] !== 0x0a)
        return false;
    let [, at] = readVarint(head, 1);
    if (at === undefined)
        return false;
    if (head[at] === 0x10)
        [, at] = readVarint(head, at + 1); // node_id (absent when 0)
    if (at === undefined || head[at] !== 0x1a)
        return false;
    const [length, start] = readVarint(head, at + 1);
    if (start === undefined || length === undefined || length < 4)
        return false;
    return Buffer.from(head.subarray(start, start + 4)).toString('latin1') === 'root';
}
/** Decides what to decode a `.pb` / `.meta` as. */
function tfFileKind(head, name) {
    if (looksLikeSavedModel(head))
        return 'saved-model';
    if (looksLikeKerasMetadata(head))
        return 'keras-metadata';
    if (name.endsWith('.meta'))
        return 'meta-graph';
    return 'graph-def';
}
function readVarint(bytes, at) {
    let value = 0;
    for (let i = 0; i < 5 && at + i < bytes.length; i++) {
        const b = bytes[at + i];
        value += (b & 0x7f) * 2 ** (7 * i);
        if ((b & 0x80) === 0)
            return [value, at + i + 1];
    }
    return [undefined, undefined];
}


/***/ }),

/***/ 5767:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ tfliteClaim),
/* harmony export */   e: () => (/* binding */ hasIdentifier)
/* harmony export */ });
/** `file_identifier "TFL3"` of tensorflow/lite/schema/schema.fbs, at bytes 4..8 after the root offset. */
const IDENTIFIER = [0x54, 0x46, 0x4c, 0x33];
/** What routing needs of the TFLite scanner (index.ts adds the scan, loaded on first use). */
const tfliteClaim = {
    id: 'tflite',
    name: 'TensorFlow Lite',
    extensions: ['.tflite', '.lite'],
    claim: (probe) => hasIdentifier(probe.head) ? 'magic' : probe.extension === '.tflite' || probe.extension === '.lite' ? 'hint' : false,
};
function hasIdentifier(head) {
    return head.length >= 12 && IDENTIFIER.every((b, i) => head[4 + i] === b);
}


/***/ }),

/***/ 7471:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Od: () => (/* binding */ torchLegacyClaim),
/* harmony export */   lH: () => (/* binding */ looksLikeLegacyStream),
/* harmony export */   pb: () => (/* binding */ tarRecordMember)
/* harmony export */ });
const MAGIC = Buffer.from('8a0a6cfc9c46f9206aa85019', 'hex'); // LONG1, 10 bytes: 0x1950a86a20f9469cfc6c
/** The keys of the legacy format's sys_info pickle, as bytes (searched in every pickle's head). */
const SYS_INFO_KEYS = ['protocol_version', 'little_endian', 'type_sizes'].map((key) => Buffer.from(key, 'latin1'));
function isPickleStart(b) {
    return b.length >= 2 && b[0] === 0x80 && b[1] <= 5;
}
/** The legacy stream: the literal magic number, or (threat A6: computed magic) the sys_info keys in the head. */
function looksLikeLegacyStream(head) {
    if (!isPickleStart(head))
        return false;
    // A view, not a copy: every pickle in a run passes here.
    const bytes = Buffer.from(head.buffer, head.byteOffset, head.length);
    if (bytes.subarray(2, 2 + MAGIC.length).equals(MAGIC))
        return true;
    return SYS_INFO_KEYS.every((key) => bytes.includes(key));
}
/** The legacy tar layout's raw-record members, which the tar scanner names by their member name. */
function tarRecordMember(name, head) {
    if (!isPickleStart(head))
        return undefined;
    return name === 'storages' || name === 'tensors' ? name : undefined;
}
/** What routing needs of the legacy torch scanner (index.ts adds the scan, loaded on first use). */
const torchLegacyClaim = {
    id: 'torch-legacy',
    name: 'PyTorch legacy checkpoint',
    extensions: ['.pt', '.pth', '.bin', '.ckpt'],
    claim: (probe) => (looksLikeLegacyStream(probe.head) || tarRecordMember(probe.name, probe.head) ? 'magic' : false),
};


/***/ }),

/***/ 3198:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ torchScriptCodeClaim)
/* harmony export */ });
function looksLikeTorchScript(text) {
    return /__torch__\./.test(text) || /^op_version_set\s*=/m.test(text) || /^\s+__parameters__\s*=\s*\[/m.test(text);
}
/** What routing needs of the TorchScript source scanner (index.ts adds the scan, loaded on first use). */
const torchScriptCodeClaim = {
    id: 'torchscript-code',
    name: 'TorchScript source',
    extensions: [],
    claim(probe) {
        if (probe.extension !== '.py')
            return false;
        return looksLikeTorchScript(Buffer.from(probe.head).toString('utf8')) ? 'magic' : false;
    },
};


/***/ }),

/***/ 695:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ reportTrailingBytes)
/* harmony export */ });
/* harmony import */ var _core_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7718);

/**
 * Bytes after the last tensor of a self-describing format (safetensors, GGUF) that no loader reads:
 * routed as a file of their own, since a recognisable file there is a deliberate polyglot (a pickle
 * or zip appended to weights); unrecognised bytes may be junk or padding, so they rate lower.
 */
async function reportTrailingBytes(ctx, start, ruleId, loaders) {
    const length = ctx.source.size - start;
    if (length <= 0)
        return;
    const nestedFormat = await ctx.scanNested(new _core_source_js__WEBPACK_IMPORTED_MODULE_0__/* .SliceSource */ .EH(ctx.source, start, length), 'trailing-data');
    ctx.report({
        ruleId,
        severity: nestedFormat ? 'high' : 'medium',
        message: `${length} bytes follow the last tensor` +
            (nestedFormat ? ` and form a ${nestedFormat} file of their own` : '') +
            `; ${loaders} them, so they can carry a second file (a pickle or zip polyglot).`,
        offset: start,
        properties: { trailingBytes: length, ...(nestedFormat ? { trailingFormat: nestedFormat } : {}) },
    });
}


/***/ }),

/***/ 7584:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ torchPrefixes),
/* harmony export */   W8: () => (/* binding */ zipClaim),
/* harmony export */   Xn: () => (/* binding */ pytorchZipClaim),
/* harmony export */   jt: () => (/* binding */ directoryOf)
/* harmony export */ });
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7535);
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3045);


/** Directories read while claiming, reused by scan (same source object). */
const directoryCache = new WeakMap();
function directoryOf(source, maxMembers) {
    const cached = directoryCache.get(source);
    if (cached && cached.maxMembers === maxMembers) {
        if (cached.result instanceof Error)
            throw cached.result;
        return cached.result;
    }
    let result;
    try {
        result = (0,_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .readZipDirectory */ .x5)(source, { maxMembers });
    }
    catch (error) {
        result = error instanceof Error ? error : new Error(String(error));
    }
    directoryCache.set(source, { maxMembers, result });
    if (result instanceof Error)
        throw result;
    return result;
}
/**
 * Top-level folders that hold a PyTorch checkpoint: `<p>/data.pkl`, or
 * `<p>/version` / `<p>/.data/version` (the pickle member may be renamed).
 * torch 1.13 names the folder after the file stem; later versions use `archive`.
 */
function torchPrefixes(entries) {
    const prefixes = new Set();
    for (const { name } of entries) {
        const m = /^([^/]+)\/(data\.pkl|version|\.data\/version)$/.exec(name);
        if (m)
            prefixes.add(m[1]);
    }
    return prefixes;
}
function claimZip(probe) {
    try {
        return (0,_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .looksLikeZip */ .fw)(probe.source, probe.head, probe.tail);
    }
    catch {
        return false;
    }
}
function claimTorch(probe) {
    if (!claimZip(probe))
        return false;
    try {
        return torchPrefixes(directoryOf(probe.source, _core_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_LIMITS */ .dR.maxMembers).entries).size > 0;
    }
    catch {
        return false;
    }
}
/** What routing needs of the PyTorch zip scanner (index.ts adds the scan, loaded on first use). */
const pytorchZipClaim = {
    id: 'pytorch-zip',
    name: 'PyTorch zip checkpoint',
    extensions: ['.pt', '.pth', '.bin', '.ckpt', '.ptl', '.pt2', '.mar'],
    claim: (probe) => (claimTorch(probe) ? 'magic' : false),
};
/** What routing needs of the zip scanner (index.ts adds the scan, loaded on first use). */
const zipClaim = {
    id: 'zip',
    name: 'Zip archive',
    extensions: ['.zip', '.npz', '.keras', '.nemo'],
    claim: (probe) => (claimZip(probe) ? 'magic' : false),
};


/***/ }),

/***/ 3045:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ METHOD_DEFLATE),
/* harmony export */   Ld: () => (/* binding */ readLocalHeader),
/* harmony export */   PA: () => (/* binding */ ZipFormatError),
/* harmony export */   SX: () => (/* binding */ SIG_LOCAL),
/* harmony export */   TK: () => (/* binding */ FLAG_PATCHED),
/* harmony export */   Tf: () => (/* binding */ FLAG_STRONG_ENCRYPTION),
/* harmony export */   Tq: () => (/* binding */ FLAG_UTF8),
/* harmony export */   Zi: () => (/* binding */ SIG_ZIP64_LOCATOR),
/* harmony export */   bp: () => (/* binding */ eocdCandidates),
/* harmony export */   fw: () => (/* binding */ looksLikeZip),
/* harmony export */   iM: () => (/* binding */ SIG_EOCD),
/* harmony export */   st: () => (/* binding */ SIG_CENTRAL),
/* harmony export */   uM: () => (/* binding */ FLAG_ENCRYPTED),
/* harmony export */   uj: () => (/* binding */ SIG_ZIP64_EOCD),
/* harmony export */   w2: () => (/* binding */ startsWithLocalHeader),
/* harmony export */   wR: () => (/* binding */ FLAG_DATA_DESCRIPTOR),
/* harmony export */   x5: () => (/* binding */ readZipDirectory),
/* harmony export */   y$: () => (/* binding */ METHOD_STORED)
/* harmony export */ });
/**
 * A zip reader over positioned reads. It reads the end-of-central-directory
 * record, the zip64 locator/record, the central directory and, per entry, the
 * entry's own local header: never the entry data unless asked.
 *
 * It is as lenient as PyTorch's miniz reader (the loader we must not disagree
 * with): CRCs are not checked, the encryption/patch flag bits do not stop it,
 * a local name that differs from the central one is noted and the central
 * name is used. Structural damage is reported as text (`problems`, `error`),
 * never thrown past `readZipDirectory`.
 */
const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_EOCD_MIN = 56;
const MAX_COMMENT = 0xffff;
const U32_MAX = 0xffffffff;
const U16_MAX = 0xffff;
/** General-purpose flag bits that make Python's zipfile refuse an entry (miniz/torch ignore them). */
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_PATCHED = 0x0020;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_UTF8 = 0x0800;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
class ZipFormatError extends Error {
}
const decoderUtf8 = new TextDecoder('utf-8', { fatal: false });
const decoderLatin1 = new TextDecoder('latin1');
function u16(b, o) {
    return b[o] | (b[o + 1] << 8);
}
function u32(b, o) {
    return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
}
/** A little-endian u64 as a number, or NaN beyond 2^53 (no real file is that large). */
function u64(b, o) {
    const lo = u32(b, o);
    const hi = u32(b, o + 4);
    if (hi >= 0x200000)
        return NaN;
    return hi * 0x100000000 + lo;
}
function decodeName(bytes, flags) {
    if (flags & FLAG_UTF8)
        return decoderUtf8.decode(bytes);
    // Without the UTF-8 flag the spec says CP437; ASCII names (all real models) decode the same.
    // Bytes >= 0x80 are shown as UTF-8 when valid (what most writers meant), else Latin-1.
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return decoderLatin1.decode(bytes);
    }
}
function readExact(source, offset, length) {
    if (offset < 0 || !Number.isFinite(offset) || offset + length > source.size)
        return undefined;
    const bytes = source.read(offset, length);
    return bytes.length === length ? bytes : undefined;
}
/** True when the bytes start with a local file header signature. */
function startsWithLocalHeader(head) {
    return head.length >= 4 && u32(head, 0) === SIG_LOCAL;
}
/**
 * Offsets (relative to `tail`) of every EOCD signature in the tail whose fixed
 * part fits, last first. The real record is normally the last one; earlier ones
 * can be data or a comment.
 */
function eocdCandidates(tail) {
    const found = [];
    const lowest = Math.max(0, tail.length - EOCD_SIZE - MAX_COMMENT);
    // lastIndexOf finds each "P" natively: a byte loop over 64 KiB runs cold (interpreted) on every claim.
    for (let i = tail.length - EOCD_SIZE; i >= lowest; i--) {
        i = tail.lastIndexOf(0x50, i);
        if (i < lowest)
            break;
        if (tail[i + 1] === 0x4b && tail[i + 2] === 0x05 && tail[i + 3] === 0x06)
            found.push(i);
    }
    return found;
}
/** Quick structural test used to claim a source: an EOCD whose directory starts with a central header. */
function looksLikeZip(source, head, tail) {
    if (startsWithLocalHeader(head))
        return true;
    const tailStart = source.size - tail.length;
    for (const rel of eocdCandidates(tail)) {
        try {
            const layout = locateDirectory(source, tailStart + rel);
            if (layout.size === 0 && layout.count === 0)
                continue; // an empty archive hides nothing
            if (layout.size >= 4 && hasSignatureAt(source, layout.offset, SIG_CENTRAL))
                return true;
        }
        catch {
            // not this candidate
        }
    }
    return false;
}
function hasSignatureAt(source, offset, sig) {
    const b = readExact(source, offset, 4);
    return b !== undefined && u32(b, 0) === sig;
}
/**
 * From an EOCD record at `eocdOffset`: where the central directory is. Handles
 * the zip64 locator/record and archives with bytes prepended (offsets relative
 * to the archive start, as `cat prefix archive.zip` produces).
 */
function locateDirectory(source, eocdOffset) {
    const eocd = readExact(source, eocdOffset, EOCD_SIZE);
    if (!eocd || u32(eocd, 0) !== SIG_EOCD)
        throw new ZipFormatError(`no end-of-central-directory record at offset ${eocdOffset}`);
    const problems = [];
    let count = u16(eocd, 10);
    let size = u32(eocd, 12);
    let offset = u32(eocd, 16);
    let zip64 = false;
    let recordEnd = eocdOffset; // the directory ends where the next end record starts
    const locatorOffset = eocdOffset - ZIP64_LOCATOR_SIZE;
    const locator = locatorOffset >= 0 ? readExact(source, locatorOffset, ZIP64_LOCATOR_SIZE) : undefined;
    if (locator && u32(locator, 0) === SIG_ZIP64_LOCATOR) {
        const recordOffsetDeclared = u64(locator, 8);
        // The record normally sits right before the locator; with prepended bytes its declared offset is shifted.
        const candidates = [recordOffsetDeclared, locatorOffset - ZIP64_EOCD_MIN];
        let record;
        let recordOffset = NaN;
        for (const c of candidates) {
            if (!Number.isFinite(c))
                continue;
            const r = readExact(source, c, ZIP64_EOCD_MIN);
            if (r && u32(r, 0) === SIG_ZIP64_EOCD) {
                record = r;
                recordOffset = c;
                break;
            }
        }
        if (record) {
            zip64 = true;
            recordEnd = recordOffset;
            const count64 = u64(record, 32);
            const size64 = u64(record, 40);
            const offset64 = u64(record, 48);
            if (!Number.isFinite(count64) || !Number.isFinite(size64) || !Number.isFinite(offset64)) {
                throw new ZipFormatError('the zip64 end record holds impossible sizes (beyond 2^53 bytes)');
            }
            // Prefer the 64-bit values wherever the 32-bit ones are saturated, like every reader.
            if (count === U16_MAX || count !== count64)
                count = count64;
            if (size === U32_MAX || size !== size64)
                size = size64;
            if (offset === U32_MAX || offset !== offset64)
                offset = offset64;
        }
        else {
            problems.push('zip64 locator present but its end record was not found; using the 32-bit end record');
        }
    }
    // Where the directory must start if it directly precedes the end record(s): Python's zipfile
    // always reads it there (and shifts every offset by the difference); miniz/torch trust the
    // declared offset. When both places hold a directory, both are read.
    const expected = recordEnd - size;
    let shift = 0;
    let alternate;
    const expectedValid = offset !== expected && expected >= 0 && expected + size <= source.size && hasSignatureAt(source, expected, SIG_CENTRAL);
    if (offset !== expected && offset + size <= source.size && hasSignatureAt(source, offset, SIG_CENTRAL)) {
        if (expectedValid)
            alternate = { offset: expected, shift: expected - offset };
    }
    else if (offset !== expected && expected >= 0 && expected > offset) {
        shift = expected - offset;
        offset = expected;
    }
    if (offset + size > source.size) {
        throw new ZipFormatError(`central directory (offset ${offset}, ${size} bytes) extends beyond the end of the file (${source.size} bytes)`);
    }
    const layout = { offset, size, count, zip64, shift, problems };
    if (alternate)
        layout.alternate = alternate;
    return layout;
}
/** Reads ranges of the central directory in blocks, so a big directory costs few reads. */
class Window {
    source;
    end;
    start = 0;
    bytes = new Uint8Array(0);
    constructor(source, end) {
        this.source = source;
        this.end = end;
    }
    /** `length` bytes at `offset`, or undefined when they pass the directory end. */
    get(offset, length) {
        if (offset + length > this.end)
            return undefined;
        if (offset < this.start || offset + length > this.start + this.bytes.length) {
            const want = Math.min(this.end - offset, Math.max(length, 1 << 20));
            this.bytes = this.source.read(offset, want);
            this.start = offset;
            if (this.bytes.length < length)
                return undefined;
        }
        return this.bytes.subarray(offset - this.start, offset - this.start + length);
    }
}
/**
 * Finds and reads the central directory. Throws ZipFormatError only when no
 * directory can be located at all; damage further in is reported in `error`
 * with the entries read so far.
 */
function readZipDirectory(source, options = {}) {
    const maxMembers = options.maxMembers ?? Number.POSITIVE_INFINITY;
    if (source.size < EOCD_SIZE)
        throw new ZipFormatError(`too small to be a zip archive (${source.size} bytes)`);
    const tailStart = Math.max(0, source.size - (EOCD_SIZE + MAX_COMMENT));
    const tail = source.read(tailStart, source.size - tailStart);
    const candidates = eocdCandidates(tail);
    if (candidates.length === 0)
        throw new ZipFormatError('no end-of-central-directory record in the last 64 KiB (truncated or not a zip)');
    // The last candidate whose directory is where it says wins; else the last one that parses at all.
    let chosen;
    let firstError;
    for (const rel of candidates) {
        const eocdOffset = tailStart + rel;
        try {
            const layout = locateDirectory(source, eocdOffset);
            const ok = layout.size === 0 || hasSignatureAt(source, layout.offset, SIG_CENTRAL);
            if (ok) {
                chosen = { eocdOffset, layout };
                break;
            }
            chosen ??= { eocdOffset, layout };
        }
        catch (error) {
            firstError ??= error;
        }
    }
    if (!chosen)
        throw firstError instanceof Error ? firstError : new ZipFormatError(String(firstError));
    const { eocdOffset, layout } = chosen;
    const dir = {
        entries: [],
        eocdOffset,
        centralDirectoryOffset: layout.offset,
        centralDirectorySize: layout.size,
        declaredEntries: layout.count,
        zip64: layout.zip64,
        shift: layout.shift,
        archiveStart: layout.offset,
        problems: [...layout.problems],
        truncatedAtLimit: false,
    };
    if (layout.shift > 0)
        dir.problems.push(`${layout.shift} bytes precede the archive`);
    walkDirectory(source, dir, layout.offset, layout.size, layout.shift, maxMembers, false);
    const primaryCount = dir.entries.length;
    if (layout.alternate && !dir.error) {
        dir.problems.push(`a second central directory at offset ${layout.alternate.offset} (where Python's zipfile reads it) differs from the declared one at ${layout.offset}`);
        walkDirectory(source, dir, layout.alternate.offset, layout.size, layout.alternate.shift, maxMembers, true);
    }
    if (!dir.error && !dir.truncatedAtLimit && primaryCount !== dir.declaredEntries) {
        const msg = `the end record declares ${dir.declaredEntries} entries but the directory holds ${primaryCount}`;
        if (primaryCount < dir.declaredEntries)
            dir.error = msg;
        else
            dir.problems.push(msg);
    }
    let lowest = layout.offset;
    for (const e of dir.entries) {
        const abs = e.localHeaderOffset + e.shift;
        if (Number.isFinite(abs) && abs < lowest)
            lowest = abs;
    }
    dir.archiveStart = lowest;
    return dir;
}
function walkDirectory(source, dir, start, size, shift, maxMembers, alternate) {
    const end = start + size;
    const window = new Window(source, end);
    let pos = start;
    while (pos < end) {
        if (dir.entries.length >= maxMembers) {
            dir.truncatedAtLimit = true;
            break;
        }
        const fixed = window.get(pos, CENTRAL_SIZE);
        if (!fixed) {
            // Trailing bytes shorter than a header: padding or a lying size.
            if (end - pos >= 4)
                dir.error = `central directory entry ${dir.entries.length} at offset ${pos} is cut short`;
            break;
        }
        if (u32(fixed, 0) !== SIG_CENTRAL) {
            dir.error = `central directory entry ${dir.entries.length} at offset ${pos} has no valid signature`;
            break;
        }
        const flags = u16(fixed, 8);
        const method = u16(fixed, 10);
        const crc32 = u32(fixed, 16);
        let compressedSize = u32(fixed, 20);
        let uncompressedSize = u32(fixed, 24);
        const nameLength = u16(fixed, 28);
        const extraLength = u16(fixed, 30);
        const commentLength = u16(fixed, 32);
        let localHeaderOffset = u32(fixed, 42);
        const variable = window.get(pos + CENTRAL_SIZE, nameLength + extraLength);
        if (!variable) {
            dir.error = `central directory entry ${dir.entries.length} at offset ${pos} runs past the end of the directory`;
            break;
        }
        const name = decodeName(variable.subarray(0, nameLength), flags);
        const problems = [];
        let zip64 = false;
        // zip64 extended information (0x0001): only the saturated fields, in this order.
        const needUsize = uncompressedSize === U32_MAX;
        const needCsize = compressedSize === U32_MAX;
        const needOffset = localHeaderOffset === U32_MAX;
        if (needUsize || needCsize || needOffset) {
            const extra = variable.subarray(nameLength);
            let found = false;
            for (let p = 0; p + 4 <= extra.length;) {
                const id = u16(extra, p);
                const len = u16(extra, p + 2);
                const body = extra.subarray(p + 4, Math.min(extra.length, p + 4 + len));
                if (id === 0x0001) {
                    found = true;
                    let q = 0;
                    const next = () => {
                        if (q + 8 > body.length) {
                            problems.push('zip64 extra field too short');
                            q += 8;
                            return NaN;
                        }
                        const v = u64(body, q);
                        q += 8;
                        return v;
                    };
                    if (needUsize)
                        uncompressedSize = next();
                    if (needCsize)
                        compressedSize = next();
                    if (needOffset)
                        localHeaderOffset = next();
                    zip64 = true;
                    break;
                }
                p += 4 + len;
            }
            if (!found)
                problems.push('32-bit size or offset saturated but no zip64 extra field');
        }
        dir.entries.push({
            index: dir.entries.length,
            name,
            flags,
            method,
            crc32,
            compressedSize,
            uncompressedSize,
            localHeaderOffset,
            shift,
            ...(alternate ? { fromAlternateDirectory: true } : {}),
            zip64,
            isDirectory: name.endsWith('/') && uncompressedSize === 0,
            problems,
        });
        pos += CENTRAL_SIZE + nameLength + extraLength + commentLength;
    }
}
/**
 * Reads an entry's own local header (its name and extra lengths differ from the
 * central directory's: torch pads the local extra to 64-byte alignment).
 */
function readLocalHeader(source, entry) {
    const offset = entry.localHeaderOffset + entry.shift;
    if (!Number.isFinite(offset))
        throw new ZipFormatError(`local header offset of "${entry.name}" is not representable`);
    const fixed = readExact(source, offset, LOCAL_SIZE);
    if (!fixed)
        throw new ZipFormatError(`local header of "${entry.name}" at offset ${offset} is beyond the end of the file`);
    if (u32(fixed, 0) !== SIG_LOCAL)
        throw new ZipFormatError(`no local header signature for "${entry.name}" at offset ${offset}`);
    const nameLength = u16(fixed, 26);
    const extraLength = u16(fixed, 28);
    const nameBytes = readExact(source, offset + LOCAL_SIZE, nameLength) ?? new Uint8Array(0);
    const localName = decodeName(nameBytes, u16(fixed, 6));
    const dataOffset = offset + LOCAL_SIZE + nameLength + extraLength;
    const size = Number.isFinite(entry.compressedSize) ? entry.compressedSize : 0;
    const available = Math.max(0, Math.min(size, source.size - dataOffset));
    return { dataOffset, localName, nameMismatch: localName !== entry.name, available };
}


/***/ }),

/***/ 3506:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mE: () => (/* binding */ configuredDenySeverity),
/* harmony export */   q4: () => (/* binding */ CONFIGURED_DENY_SUFFIX),
/* harmony export */   vh: () => (/* binding */ buildPolicy),
/* harmony export */   zj: () => (/* binding */ DEFAULT_POLICY)
/* harmony export */ });
const DEFAULT_POLICY = {
    pickleAdditions: {},
    severityOverrides: {},
};
/** Suffix of the reason of every configured deny entry: how findings are traced back to them. */
const CONFIGURED_DENY_SUFFIX = ' (denied by the scan configuration)';
/**
 * The default policy plus a configuration's additions. The pickle tables are merged by the
 * pickle scanner when it first needs them (see pickle-policy.ts): a run without pickles never
 * loads them.
 */
function buildPolicy(additions = {}, base = DEFAULT_POLICY) {
    return {
        pickleAdditions: {
            allow: [...(base.pickleAdditions.allow ?? []), ...(additions.allow ?? [])],
            deny: [...(base.pickleAdditions.deny ?? []), ...(additions.deny ?? [])],
        },
        severityOverrides: { ...base.severityOverrides, ...additions.severity },
    };
}
/** The configured severity for a finding raised by a configured deny entry, if it is one. */
function configuredDenySeverity(additions, finding) {
    const reason = finding.properties?.reason;
    if (typeof reason !== 'string' || !reason.endsWith(CONFIGURED_DENY_SUFFIX) || !finding.callable)
        return undefined;
    for (const entry of additions.deny ?? []) {
        const target = entry.name === undefined ? entry.module : `${entry.module}.${entry.name}`;
        if (finding.callable === target || finding.callable.startsWith(`${target}.`))
            return entry.severity;
    }
    return undefined;
}


/***/ }),

/***/ 2527:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   au: () => (/* binding */ escapeSarifText),
/* harmony export */   en: () => (/* binding */ escapeTerminal),
/* harmony export */   ml: () => (/* binding */ shorten),
/* harmony export */   xo: () => (/* binding */ neutralizeProse)
/* harmony export */ });
/* unused harmony exports neutralizeMarkdown, escapeMarkdownTableCell, visibleControls, stripAnsi */
/**
 * Escaping for strings that come from the scanned repository (file names,
 * archive member names, pickle globals, constant arguments). All of them are
 * attacker-controlled: a file name can carry markup, links, mentions, ANSI
 * escape sequences or bidi overrides meant to disguise what a report says.
 */
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '`': '&#96;',
};
/** HTML-escapes `& < > " '` and backticks (which start code spans in markdown). */
function escapeHtml(text) {
    return text.replace(/[&<>"'`]/g, (c) => HTML_ENTITIES[c]);
}
/**
 * Characters that can start markdown or HTML syntax mid-line, GitHub math
 * (`$`), emoji shortcodes (`:`), or an auto-link (`http:`, `www.`, `a@b.c`).
 * They become numeric character references: renderers display those
 * literally and never treat them as syntax.
 */
const MARKDOWN_SPECIAL = /www\.|[&<>"'`\\*_[\]()!#|~{}:@$]/gi;
/** At the start of a line these begin a list, a quote, a heading underline or a code block. */
const LINE_START_SPECIAL = /^[-+=0-9 ]/;
function charReference(c) {
    return `&#${c.codePointAt(0)};`;
}
/**
 * Makes text safe to embed in GitHub-flavoured markdown (and in HTML around it):
 * no links, images, emphasis, headings, tables, HTML tags or auto-links survive,
 * control characters are shown as escapes, and the result is a single line.
 * Wrap the result in `<code>` (see {@link codeSpan}) to also keep GitHub from
 * linking `@mentions` and `#refs`, which it does on the rendered text.
 */
function neutralizeMarkdown(text) {
    return visibleControls(text)
        .replace(MARKDOWN_SPECIAL, (m) => (m.length > 1 ? `${m.slice(0, 3)}&#46;` : charReference(m)))
        .replace(LINE_START_SPECIAL, charReference);
}
/** U+2060 WORD JOINER: invisible, and breaks GitHub's `@user` / `#123` linking, which needs a name right after the sign. */
const WORD_JOINER = '&#8288;';
/**
 * Untrusted prose (messages, reasons) outside a code span: neutralised
 * markdown, and `@mentions` / `#refs` broken with an invisible word joiner
 * (GitHub links those on the rendered text, after entities are decoded).
 */
function neutralizeProse(text) {
    return neutralizeMarkdown(text).replace(/&#(64|35);/g, `$&${WORD_JOINER}`);
}
/**
 * A markdown table cell: pipes cannot add columns, and line breaks (shown as
 * `\n`, so a name that hides one stays recognisable) cannot end the row.
 */
function escapeMarkdownTableCell(text) {
    return neutralizeMarkdown(text);
}
/** Inline code for an untrusted string: literal in markdown and HTML, and never linkified. */
function codeSpan(text) {
    return `<code>${neutralizeMarkdown(text)}</code>`;
}
/**
 * Control characters that make a terminal (or a reader) see something other
 * than what is there: C0 (incl. ESC, CR, LF, TAB), DEL, C1, the Arabic letter
 * mark, LRM/RLM, line/paragraph separators, and the bidi embedding, override
 * and isolate controls (the "Trojan Source" set).
 */
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED_ESCAPES = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Replaces every control character with a visible escape such as `\x1b` or `\u202e`. */
function visibleControls(text) {
    return text.replace(CONTROL_CHARS, (c) => {
        const named = NAMED_ESCAPES[c];
        if (named)
            return named;
        const code = c.charCodeAt(0);
        return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}
/**
 * The GitHub Actions runner obeys `##[command]` anywhere in a log line and
 * `::command::` at the start of one (after leading whitespace). Output of the
 * CLI and the action ends up in that log.
 */
const LEGACY_WORKFLOW_COMMAND = /##\[/g;
const LEADING_WORKFLOW_COMMAND = /^(\s*):(?=:)/;
/**
 * Makes an untrusted string safe to print on a terminal or in a GitHub Actions
 * log: every control character (ESC, CR, LF, bidi overrides, \u2026) is shown as an
 * escape (`\x1b`, `\u202e`) instead of being interpreted, the result is one
 * line, and it cannot carry a workflow command (`##[` and a leading `::` get
 * their first character shown as `\x23` / `\x3a`).
 */
function escapeTerminal(text) {
    return visibleControls(text).replace(LEGACY_WORKFLOW_COMMAND, '\\x23#[').replace(LEADING_WORKFLOW_COMMAND, '$1\\x3a');
}
/**
 * SARIF plain-text messages treat `[text](target)` as an embedded link
 * (SARIF 2.1.0 \u00a73.11.6); literal brackets, and a backslash right before
 * one, must be escaped with a backslash.
 */
const SARIF_LINK_CHARS = /\\(?=[[\]])|[[\]]/g;
/**
 * Makes an untrusted string safe inside a SARIF `message.text`: no embedded
 * links, and control characters (bidi overrides included) shown as escapes
 * so the code scanning UI shows what is really there.
 */
function escapeSarifText(text) {
    return visibleControls(text).replace(SARIF_LINK_CHARS, '\\$&');
}
/** ANSI escape sequences (CSI, OSC, and two-character ESC sequences). */
const ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]|\u009b[0-?]*[ -/]*[@-~]/g;
/** Removes ANSI escape sequences (colours, cursor moves, OSC hyperlinks) from text. */
function stripAnsi(text) {
    return text.replace(ANSI_SEQUENCE, '');
}
const ELLIPSIS = '\u2026';
/**
 * Shortens text to at most `max` characters (code points), ending with "\u2026"
 * when cut. Never splits a surrogate pair.
 */
function shorten(text, max) {
    if (max <= 0)
        return '';
    const chars = Array.from(text);
    if (chars.length <= max)
        return text;
    return chars.slice(0, max - 1).join('') + ELLIPSIS;
}


/***/ })

};

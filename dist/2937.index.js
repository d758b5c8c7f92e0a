export const id = 2937;
export const ids = [2937];
export const modules = {

/***/ 2937:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compressedScanner: () => (/* binding */ compressedScanner),
  detectCompression: () => (/* reexport */ claim/* detectCompression */.IR),
  innerName: () => (/* binding */ innerName)
});

// EXTERNAL MODULE: ./lib/core/scanner.js
var scanner = __webpack_require__(201);
// EXTERNAL MODULE: ./lib/core/source.js
var core_source = __webpack_require__(7718);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./lib/formats/compressed/node-zlib.js

const CHUNK = 1024 * 1024;
/**
 * Feeds source[start..] through a node:zlib transform, reading the input chunk
 * by chunk and keeping at most `limit` output bytes: a bomb stops as soon as it
 * passes the limit, and a damaged stream keeps what it produced before the damage.
 */
function pumpZlib(kind, source, start, limit) {
    const stream = kind === 'gzip' ? (0,external_node_zlib_.createGunzip)() : (0,external_node_zlib_.createInflate)();
    return new Promise((resolve) => {
        const chunks = [];
        let length = 0;
        let done = false;
        let overLimit = false;
        let error;
        const finish = () => {
            if (done)
                return;
            done = true;
            stream.destroy();
            resolve({ bytes: Buffer.concat(chunks, length), overLimit, ...(error !== undefined ? { error } : {}) });
        };
        stream.on('data', (chunk) => {
            if (done)
                return;
            const n = Math.min(chunk.length, limit - length);
            if (n > 0)
                chunks.push(chunk.subarray(0, n));
            length += n;
            if (chunk.length > n) {
                overLimit = true;
                finish();
            }
        });
        stream.on('error', (e) => {
            error = e.message;
            finish();
        });
        stream.on('end', finish);
        let pos = start;
        const feed = () => {
            while (!done && pos < source.size) {
                const chunk = source.read(pos, Math.min(CHUNK, source.size - pos));
                if (chunk.length === 0)
                    break;
                pos += chunk.length;
                if (!stream.write(chunk)) {
                    stream.once('drain', feed);
                    return;
                }
            }
            if (!done)
                stream.end();
        };
        feed();
    });
}

// EXTERNAL MODULE: ./lib/formats/compressed/claim.js
var claim = __webpack_require__(6432);
;// CONCATENATED MODULE: ./lib/formats/compressed/index.js





/**
 * Single-stream compressed files: gzip, zlib, bzip2, xz, lzma (LZMA-alone), LZ4
 * frames, and joblib's pre-0.10 "ZF" files. These are how `joblib.dump(compress=\u2026)`
 * writes models (joblib picks the decompressor from these same magic numbers,
 * whatever the file is called), and how .tar.gz/.tar.bz2/.tar.xz archives are
 * made. The output, bounded by `maxMemberBytes`, is routed by content like a
 * file of its own; it is never written to disk.
 */
const EXTENSION = {
    '.gz': '', '.gzip': '', '.z': '', '.zlib': '', '.bz2': '', '.bz': '', '.xz': '', '.lzma': '', '.lz4': '',
    '.tgz': '.tar', '.tbz': '.tar', '.tbz2': '.tar', '.txz': '.tar',
};
/** Name of the decompressed content: the file name without its compression extension. */
function innerName(outerPath, kind) {
    const base = outerPath.slice(outerPath.lastIndexOf('/') + 1);
    const dot = base.lastIndexOf('.');
    if (dot > 0) {
        const ext = base.slice(dot).toLowerCase();
        const replacement = EXTENSION[ext];
        if (replacement !== undefined)
            return base.slice(0, dot) + replacement;
    }
    return `[${kind} content]`;
}
const NAMES = {
    gzip: 'gzip', zlib: 'zlib', bz2: 'bzip2', xz: 'xz', lzma: 'lzma', lz4: 'LZ4 frame', 'joblib-zfile': 'joblib ZF (zlib)',
};
async function decompress(kind, source, limit, maxInput) {
    switch (kind) {
        case 'gzip':
        case 'zlib':
            return pumpZlib(kind, source, 0, limit);
        case 'joblib-zfile': {
            // joblib skips one extra space (a Python 2 writer made the header one character wider).
            const next = source.read(claim/* ZFILE_HEADER */.N_, 1);
            return pumpZlib('zlib', source, claim/* ZFILE_HEADER */.N_ + (next[0] === 0x20 ? 1 : 0), limit);
        }
        default: {
            if (source.size > maxInput) {
                return `the compressed stream has ${source.size} bytes, more than the limit of ${maxInput} bytes (limit maxMemberBytes)`;
            }
            const { decompressOther } = await __webpack_require__.e(/* import() */ 1818).then(__webpack_require__.bind(__webpack_require__, 1818));
            return decompressOther(kind, source.read(0, source.size), limit);
        }
    }
}
async function scan(ctx) {
    const { source, limits } = ctx;
    const head = source.read(0, scanner/* PROBE_HEAD_BYTES */.u);
    const kind = (0,claim/* detectCompression */.IR)(head, head.length === source.size);
    if (!kind) {
        ctx.incomplete('not a recognised compressed stream');
        return;
    }
    // Per file on disk, all formats and levels together (ctx.budget is owned by the core).
    const budget = ctx.budget;
    const limit = Math.max(0, Math.min(limits.maxMemberBytes, budget.inflateLeft));
    let result;
    try {
        result = await decompress(kind, source, limit, limits.maxMemberBytes);
    }
    catch (error) {
        result = `the ${NAMES[kind]} decoder failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (typeof result === 'string') {
        ctx.incomplete(result);
        return;
    }
    budget.inflated += result.bytes.length;
    if (result.overLimit) {
        const which = limit < limits.maxMemberBytes ? `${limits.maxTotalInflatedBytes} bytes for the whole file (limit maxTotalInflatedBytes)` : `${limits.maxMemberBytes} bytes (limit maxMemberBytes)`;
        ctx.incomplete(`the ${NAMES[kind]} stream decompresses to more than ${which}; only the first ${result.bytes.length} bytes were scanned`);
    }
    else if (result.error !== undefined) {
        ctx.incomplete(`the ${NAMES[kind]} stream is damaged or truncated (${result.error}); the ${result.bytes.length} bytes before the damage were scanned`);
    }
    if (result.bytes.length === 0)
        return;
    const inner = new core_source/* BufferSource */._r(result.bytes);
    const name = innerName(ctx.member ?? ctx.file, kind);
    const taken = await ctx.scanNested(inner, name);
    if (taken === undefined && (kind === 'zlib' || kind === 'joblib-zfile')) {
        // joblib.load unpickles whatever a zlib/ZF file holds.
        ctx.incomplete(`the decompressed ${NAMES[kind]} content is not recognisable (joblib.load would unpickle it)`);
    }
}
const compressedScanner = { ...claim/* compressedClaim */.Ck, scan };


/***/ })

};

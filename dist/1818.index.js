export const id = 1818;
export const ids = [1818];
export const modules = {

/***/ 1818:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   decompressOther: () => (/* binding */ decompressOther)
/* harmony export */ });
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1135);

/**
 * Decoders that are not in node:zlib, loaded on first use so start-up stays lean:
 * - bzip2: `seek-bzip` (pure JavaScript; bytes go to our bounded sink one by one);
 * - xz: `xz-decompress` (xz-embedded compiled to WebAssembly, inlined in its JS; a
 *   web ReadableStream we stop reading at the limit);
 * - lzma (LZMA-alone) and LZ4 frames: our own bounded decoders (lzma.ts, lz4.ts).
 * Each keeps what it decoded before damage or the limit.
 */
async function decompressOther(kind, input, limit) {
    const out = new _output_js__WEBPACK_IMPORTED_MODULE_0__/* .BoundedOutput */ .l(limit);
    let error;
    let overLimit = false;
    try {
        switch (kind) {
            case 'bz2':
                await bunzip(input, out);
                break;
            case 'xz':
                overLimit = await unxz(input, out);
                break;
            case 'lzma': {
                const { decodeLzmaAlone } = await __webpack_require__.e(/* import() */ 174).then(__webpack_require__.bind(__webpack_require__, 174));
                decodeLzmaAlone(input, out);
                break;
            }
            case 'lz4': {
                const { decodeLz4Frames } = await __webpack_require__.e(/* import() */ 1546).then(__webpack_require__.bind(__webpack_require__, 1546));
                decodeLz4Frames(input, out);
                break;
            }
            default:
                error = `no ${kind} decoder`;
        }
    }
    catch (e) {
        if (e instanceof _output_js__WEBPACK_IMPORTED_MODULE_0__/* .LimitReached */ .a)
            overLimit = true;
        else
            error = e instanceof Error ? e.message : String(e);
    }
    return { bytes: out.bytes, overLimit, ...(error !== undefined ? { error } : {}) };
}
async function bunzip(input, out) {
    const mod = (await __webpack_require__.e(/* import() */ 9634).then(__webpack_require__.t.bind(__webpack_require__, 4396, 19)));
    const bz = mod.default ?? mod;
    // A stream object: seek-bzip calls readByte/eof (multistream: concatenated .bz2 files, as Python's bz2 reads them).
    let pos = 0;
    const stream = {
        readByte: () => (pos < input.length ? input[pos++] : -1),
        read(buffer, offset, length) {
            const n = Math.min(length, input.length - pos);
            buffer.set(input.subarray(pos, pos + n), offset);
            pos += n;
            return n;
        },
        seek(p) {
            pos = p;
        },
        eof: () => pos >= input.length,
    };
    // seek-bzip allocates its small tables with `new Buffer(n)` (zero-filled since Node 8): keep Node's
    // DEP0005 notice, meant for application code, out of the scan output.
    const quiet = process.noDeprecation;
    process.noDeprecation = true;
    try {
        bz.decode(stream, { writeByte: (b) => out.push(b) }, true);
    }
    finally {
        process.noDeprecation = quiet;
    }
}
async function unxz(input, out) {
    const { XzReadableStream } = (await __webpack_require__.e(/* import() */ 6642).then(__webpack_require__.t.bind(__webpack_require__, 6642, 19)));
    const source = new ReadableStream({
        start(controller) {
            // Copy: the wasm side may transfer or keep the chunk.
            controller.enqueue(Uint8Array.prototype.slice.call(input));
            controller.close();
        },
    });
    const reader = new XzReadableStream(source).getReader();
    try {
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                return false;
            if (out.length + value.length > out.limit) {
                out.pushAll(value.subarray(0, out.limit - out.length));
                return true;
            }
            out.pushAll(value);
        }
    }
    finally {
        void reader.cancel().catch(() => { });
    }
}


/***/ }),

/***/ 1135:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ LimitReached),
/* harmony export */   l: () => (/* binding */ BoundedOutput)
/* harmony export */ });
/** Output that grows up to a limit; past it, the decoder stops (a decompression bomb). */
class LimitReached extends Error {
}
class BoundedOutput {
    limit;
    buf;
    length = 0;
    constructor(limit) {
        this.limit = limit;
        this.buf = new Uint8Array(Math.min(limit, 64 * 1024));
    }
    grow(need) {
        if (need > this.limit)
            throw new LimitReached();
        let size = this.buf.length * 2;
        while (size < need)
            size *= 2;
        const next = new Uint8Array(Math.min(this.limit, size));
        next.set(this.buf.subarray(0, this.length));
        this.buf = next;
    }
    push(byte) {
        if (this.length >= this.buf.length)
            this.grow(this.length + 1);
        this.buf[this.length++] = byte;
    }
    pushAll(bytes) {
        if (this.length + bytes.length > this.buf.length)
            this.grow(this.length + bytes.length);
        this.buf.set(bytes, this.length);
        this.length += bytes.length;
    }
    get bytes() {
        return this.buf.subarray(0, this.length);
    }
}


/***/ })

};

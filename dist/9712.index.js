export const id = 9712;
export const ids = [9712];
export const modules = {

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


/***/ }),

/***/ 9712:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sevenZipScanner: () => (/* binding */ sevenZipScanner)
});

// EXTERNAL MODULE: ./lib/core/source.js
var core_source = __webpack_require__(7718);
// EXTERNAL MODULE: ./lib/core/budget.js
var budget = __webpack_require__(9610);
// EXTERNAL MODULE: ./lib/formats/compressed/output.js
var output = __webpack_require__(1135);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./lib/formats/sevenzip/crc32.js

/**
 * CRC-32 (IEEE, reflected 0xEDB88320), as 7z stores it for headers and members:
 * node:zlib's (Node >= 20.15), else a table in JavaScript.
 */
const TABLE = (() => {
    const t = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        t[n] = c;
    }
    return t;
})();
const crc32_native = external_node_zlib_.crc32;
/** Incremental: `crc = crc32(part, crc)` over consecutive parts; start with 0. */
function crc32(bytes, crc = 0) {
    return crc32_native ? crc32_native(bytes, crc) >>> 0 : crc32js(bytes, crc);
}
function crc32js(bytes, crc = 0) {
    let c = ~crc;
    for (let i = 0; i < bytes.length; i++)
        c = TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
    return ~c >>> 0;
}

// EXTERNAL MODULE: ./lib/formats/compressed/lzma.js
var lzma = __webpack_require__(174);
;// CONCATENATED MODULE: ./lib/formats/compressed/lzma2.js

/** The dictionary size an LZMA2 property byte stands for (0..40). */
function lzma2DictionarySize(prop) {
    if (prop > 40)
        throw new lzma/* LzmaError */.jb(`invalid LZMA2 dictionary size property ${prop}`);
    if (prop === 40)
        return 0xffffffff;
    return (2 | (prop & 1)) * 2 ** ((prop >>> 1) + 11);
}
class Lzma2Decoder {
    input;
    window;
    lzma;
    /** Lzma2Dec.c's needInitLevel: 0xE0 until the first dictionary reset, 0xC0 while new properties are due. */
    needInit = 0xe0;
    /** The LZMA chunk being decoded (decode() may pause inside one). */
    current;
    finished = false;
    /** Bytes produced before the last dictionary reset. */
    base = 0;
    constructor(input, window, dictSize) {
        this.input = input;
        this.window = window;
        this.lzma = new lzma/* LzmaDecoder */.vo(window, dictSize, { lc: 0, lp: 0, pb: 0 });
    }
    /**
     * Decodes until the window has produced `want` more bytes (returns false) or
     * the end-of-stream chunk (returns true). A chunk that would take the output
     * past `hard` bytes in all is an error.
     */
    decode(want, hard) {
        if (this.finished)
            return true;
        const target = this.produced + want;
        while (this.produced < target) {
            if (this.current) {
                const { rc, input, end } = this.current;
                const soft = this.window.total + (target - this.produced);
                if (!this.lzma.decode(rc, Math.min(soft, end), end, true))
                    continue;
                if (!rc.finishedOk() || input.remaining !== 0)
                    throw new lzma/* LzmaError */.jb('an LZMA2 chunk does not end where its sizes say');
                this.current = undefined;
                continue;
            }
            const control = this.input.byte();
            if (control === 0x00) {
                this.finished = true;
                return true;
            }
            if (control < 0x80) {
                // Stored bytes: 1 = with a dictionary reset, 2 = without.
                if (control === 0x01) {
                    this.needInit = 0xc0;
                    this.resetDictionary();
                }
                else if (control > 0x02 || this.needInit === 0xe0) {
                    throw new lzma/* LzmaError */.jb(`invalid LZMA2 chunk type 0x${control.toString(16)}`);
                }
                const size = ((this.input.byte() << 8) | this.input.byte()) + 1;
                if (this.produced + size > hard)
                    throw new lzma/* LzmaError */.jb('LZMA2 data past the declared size');
                this.window.putAll(this.input.take(size));
                continue;
            }
            if (control < this.needInit)
                throw new lzma/* LzmaError */.jb('an LZMA2 chunk without the reset its position requires');
            this.needInit = 0;
            const unpacked = (control & 0x1f) * 0x10000 + ((this.input.byte() << 8) | this.input.byte()) + 1;
            const packed = ((this.input.byte() << 8) | this.input.byte()) + 1;
            const reset = (control >>> 5) & 3;
            if (reset === 3)
                this.resetDictionary();
            if (reset >= 2) {
                const props = (0,lzma/* parseLzmaPropertiesByte */.Zl)(this.input.byte());
                if (props.lc + props.lp > 4)
                    throw new lzma/* LzmaError */.jb('invalid LZMA2 properties (lc + lp > 4)');
                this.lzma.setProperties(props);
            }
            else if (reset === 1) {
                this.lzma.resetState();
            }
            if (this.produced + unpacked > hard)
                throw new lzma/* LzmaError */.jb('LZMA2 data past the declared size');
            const input = new lzma/* ArrayInput */.Ag(this.input.take(packed));
            this.current = { rc: new lzma/* RangeDecoder */.y1(input), input, end: this.window.total + unpacked };
        }
        return false;
    }
    /** Bytes this stream has produced. */
    get produced() {
        return this.base + this.window.total;
    }
    resetDictionary() {
        this.base += this.window.total;
        this.window.reset();
    }
}

;// CONCATENATED MODULE: ./lib/formats/sevenzip/coders.js


/** A folder the scanner cannot decode, and why. */
class Unsupported extends Error {
    encrypted;
    constructor(message, encrypted) {
        super(message);
        this.encrypted = encrypted;
    }
}
/** Largest dictionary the scanner accepts (what 7-Zip itself allows at most: -md=1536m). */
const MAX_DICTIONARY = 1536 * 1024 * 1024;
/** Output per LZMA/LZMA2 step. */
const STEP = 256 * 1024;
/** Packed bytes read from the file at a time. */
const PACK_CHUNK = 256 * 1024;
/** Deflate input per step (at most ~1032x that out). */
const INFLATE_PIECE = 16 * 1024;
const CODER_NAMES = {
    '00': 'Copy',
    '03': 'Delta',
    '03030103': 'BCJ (x86)',
    '0303011b': 'BCJ2',
    '03030205': 'PPC',
    '03030401': 'IA64',
    '03030501': 'ARM',
    '03030701': 'ARMT',
    '03030805': 'SPARC',
    '0a': 'ARM64',
    '0b': 'RISCV',
    '020302': 'Swap2',
    '020304': 'Swap4',
    '030101': 'LZMA',
    '21': 'LZMA2',
    '030401': 'PPMd',
    '040108': 'Deflate',
    '040109': 'Deflate64',
    '040202': 'BZip2',
    '04f71101': 'Zstandard',
    '04f71102': 'Brotli',
    '04f71104': 'LZ4',
    '04f71105': 'LZ5',
    '04f71106': 'Lizard',
    '06f10701': '7zAES (encryption)',
    '06f00181': 'AES256CBC (encryption)',
};
function coderName(id) {
    const name = CODER_NAMES[id];
    return name ? name : `unknown coder ${id || '(empty id)'}`;
}
const SUPPORTED = {
    '00': 'copy',
    '030101': 'lzma',
    '21': 'lzma2',
    '03030103': 'bcj',
    '040108': 'deflate',
    '040202': 'bzip2',
};
/** Checks that a folder is a chain of supported coders; throws {@link Unsupported} naming what is not. */
function planFolder(folder) {
    const encryption = folder.coders.find((c) => c.id === '06f10701' || c.id === '06f00181');
    if (encryption)
        throw new Unsupported(`it is encrypted (${coderName(encryption.id)})`, true);
    const other = folder.coders.find((c) => SUPPORTED[c.id] === undefined);
    if (other)
        throw new Unsupported(`it uses the ${coderName(other.id)} coder, which the scanner cannot decode`, false);
    // Coder i's inputs and outputs are numbered after those of the coders before it.
    const inStart = [];
    const outStart = [];
    let ins = 0;
    let outs = 0;
    for (const c of folder.coders) {
        inStart.push(ins);
        outStart.push(outs);
        ins += c.numIn;
        outs += c.numOut;
    }
    const steps = [];
    const seen = new Set();
    let out = folder.mainOut;
    for (;;) {
        const index = outStart.findLastIndex((s) => s <= out);
        const coder = folder.coders[index];
        if (!coder || seen.has(index) || coder.numIn !== 1 || coder.numOut !== 1) {
            throw new Unsupported('its coders are not a simple chain, which the scanner does not follow', false);
        }
        seen.add(index);
        const kind = SUPPORTED[coder.id];
        checkProperties(kind, coder.props);
        steps.push({ kind, coder, size: folder.unpackSizes[out] });
        const input = inStart[index];
        const bound = folder.bindPairs.find((p) => p.inIndex === input);
        if (bound) {
            out = bound.outIndex;
            continue;
        }
        const packed = folder.packedStreams.indexOf(input);
        if (packed < 0 || folder.packedStreams.length !== 1 || seen.size !== folder.coders.length) {
            throw new Unsupported('its coders are not a simple chain, which the scanner does not follow', false);
        }
        const description = steps.map((s) => coderName(s.coder.id)).join(' + ');
        return { steps, packStream: folder.firstPackStream + packed, description };
    }
}
/** Opens the decoded output of a planned folder. */
async function openFolder(source, plan, packOffset, packSize) {
    let stream = new PackStream(source, packOffset, packSize);
    for (const step of [...plan.steps].reverse()) {
        stream = new SizedStream(await coderStream(step, stream), step.size, coderName(step.coder.id));
    }
    return stream;
}
/** Properties the scanner refuses: missing, a dictionary above {@link MAX_DICTIONARY}, a BCJ start offset. */
function checkProperties(kind, props) {
    let dictSize;
    if (kind === 'lzma') {
        if (props.length < 5)
            throw new Unsupported('its LZMA coder has no properties', false);
        if (props[0] >= 9 * 5 * 5)
            throw new Unsupported(`its LZMA properties are invalid (${props[0]})`, false);
        dictSize = Buffer.from(props).readUInt32LE(1);
    }
    else if (kind === 'lzma2') {
        if (props.length < 1)
            throw new Unsupported('its LZMA2 coder has no properties', false);
        if (props[0] > 40)
            throw new Unsupported(`its LZMA2 dictionary property is invalid (${props[0]})`, false);
        dictSize = lzma2DictionarySize(props[0]);
    }
    else if (kind === 'bcj' && props.length >= 4 && Buffer.from(props).readUInt32LE(0) !== 0) {
        throw new Unsupported('its BCJ filter has a start offset, which the scanner does not apply', false);
    }
    if (dictSize !== undefined && dictSize > MAX_DICTIONARY) {
        throw new Unsupported(`it claims a ${dictSize}-byte LZMA dictionary, more than the ${MAX_DICTIONARY} bytes the scanner allows`, false);
    }
}
async function coderStream(step, input) {
    const { props } = step.coder;
    switch (step.kind) {
        case 'copy':
            return input;
        case 'lzma': {
            const dictSize = Math.max(4096, Buffer.from(props).readUInt32LE(1));
            return new LzmaStream(input, (0,lzma/* parseLzmaPropertiesByte */.Zl)(props[0]), dictSize, step.size);
        }
        case 'lzma2':
            return new Lzma2Stream(input, lzma2DictionarySize(props[0]), step.size);
        case 'bcj':
            return new BcjX86Stream(input);
        case 'deflate': {
            const { Inflate } = await __webpack_require__.e(/* import() */ 1306).then(__webpack_require__.bind(__webpack_require__, 1306));
            return new DeflateStream(input, Inflate);
        }
        case 'bzip2': {
            const mod = (await __webpack_require__.e(/* import() */ 9634).then(__webpack_require__.t.bind(__webpack_require__, 4396, 19)));
            return new Bzip2Stream(input, mod.default ?? mod);
        }
    }
}
function concat(parts, length) {
    if (parts.length === 1)
        return parts[0];
    const out = new Uint8Array(length);
    let o = 0;
    for (const p of parts) {
        out.set(p, o);
        o += p.length;
    }
    return out;
}
/** The packed bytes, read from the file a chunk at a time; ends early (null) when the file does. */
class PackStream {
    source;
    offset;
    pos = 0;
    available;
    constructor(source, offset, size) {
        this.source = source;
        this.offset = offset;
        this.available = Math.max(0, Math.min(size, source.size - offset));
    }
    next() {
        if (this.pos >= this.available)
            return null;
        const chunk = this.source.read(this.offset + this.pos, Math.min(PACK_CHUNK, this.available - this.pos));
        if (chunk.length === 0)
            return null;
        this.pos += chunk.length;
        return chunk;
    }
}
/** A coder's output held to its declared size: more is cut off, less is an error. */
class SizedStream {
    inner;
    size;
    name;
    produced = 0;
    constructor(inner, size, name) {
        this.inner = inner;
        this.size = size;
        this.name = name;
    }
    next() {
        if (this.produced >= this.size)
            return null;
        const chunk = this.inner.next();
        if (!chunk)
            throw new lzma/* LzmaError */.jb(`the ${this.name} data ends after ${this.produced} of the ${this.size} bytes the header declares`);
        const part = this.produced + chunk.length > this.size ? chunk.subarray(0, this.size - this.produced) : chunk;
        this.produced += part.length;
        return part;
    }
}
/** Bytes and chunks out of a pull stream (the input of the range decoder and of the LZMA2 chunk parser). */
class StreamReader {
    stream;
    buf = new Uint8Array(0);
    pos = 0;
    constructor(stream) {
        this.stream = stream;
    }
    byte() {
        if (this.pos >= this.buf.length)
            this.fill();
        return this.buf[this.pos++];
    }
    take(n) {
        const out = new Uint8Array(n);
        let o = 0;
        while (o < n) {
            if (this.pos >= this.buf.length)
                this.fill();
            const k = Math.min(n - o, this.buf.length - this.pos);
            out.set(this.buf.subarray(this.pos, this.pos + k), o);
            this.pos += k;
            o += k;
        }
        return out;
    }
    /** True when no byte is left (reads ahead one chunk to know). */
    atEnd() {
        if (this.pos < this.buf.length)
            return false;
        const chunk = this.stream.next();
        if (!chunk)
            return true;
        this.buf = chunk;
        this.pos = 0;
        return false;
    }
    fill() {
        const chunk = this.stream.next();
        if (!chunk)
            throw new lzma/* LzmaError */.jb('the packed data is truncated');
        this.buf = chunk;
        this.pos = 0;
    }
}
/**
 * A decoder that produces output in steps. Output of a failed step is kept: it
 * is returned first, and the error is thrown on the next call.
 */
class StepStream {
    pending = [];
    pendingBytes = 0;
    done = false;
    failure;
    /** Hands over output decoded but not yet emitted (after a failure). */
    salvage() { }
    emit(chunk, copy) {
        if (chunk.length === 0)
            return;
        this.pending.push(copy ? chunk.slice() : chunk);
        this.pendingBytes += chunk.length;
    }
    next() {
        while (this.pending.length === 0) {
            if (this.failure)
                throw this.failure.error;
            if (this.done)
                return null;
            try {
                if (this.step())
                    this.done = true;
            }
            catch (error) {
                this.failure = { error };
                try {
                    this.salvage();
                }
                catch {
                    // Nothing more to recover.
                }
            }
        }
        const out = concat(this.pending, this.pendingBytes);
        this.pending = [];
        this.pendingBytes = 0;
        return out;
    }
}
class LzmaStream extends StepStream {
    size;
    reader;
    window;
    decoder;
    rc;
    constructor(input, props, dictSize, size) {
        super();
        this.size = size;
        this.reader = new StreamReader(input);
        // The dictionary never needs more than the output; it grows with the bytes really decoded.
        this.window = new lzma/* OutWindow */.HA(Math.max(1, Math.min(dictSize, size)), (chunk) => this.emit(chunk, true));
        this.decoder = new lzma/* LzmaDecoder */.vo(this.window, dictSize, props);
    }
    step() {
        this.rc ??= new lzma/* RangeDecoder */.y1(this.reader);
        const end = this.decoder.decode(this.rc, this.window.total + STEP, this.size, false);
        this.window.flush();
        if (end && this.window.total < this.size) {
            throw new lzma/* LzmaError */.jb(`the LZMA stream ends after ${this.window.total} of the ${this.size} bytes the header declares`);
        }
        return end;
    }
    salvage() {
        this.window.flush();
    }
}
class Lzma2Stream extends StepStream {
    size;
    window;
    decoder;
    constructor(input, dictSize, size) {
        super();
        this.size = size;
        this.window = new lzma/* OutWindow */.HA(Math.max(1, Math.min(dictSize, size)), (chunk) => this.emit(chunk, true));
        this.decoder = new Lzma2Decoder(new StreamReader(input), this.window, dictSize);
    }
    step() {
        // At the declared size the stream is done (7-Zip does not need the end-of-stream chunk either).
        if (this.decoder.produced >= this.size)
            return true;
        const end = this.decoder.decode(STEP, this.size);
        this.window.flush();
        if (end && this.decoder.produced < this.size) {
            throw new lzma/* LzmaError */.jb(`the LZMA2 stream ends after ${this.decoder.produced} of the ${this.size} bytes the header declares`);
        }
        return end || this.decoder.produced >= this.size;
    }
    salvage() {
        this.window.flush();
    }
}
/**
 * BCJ x86 decoding (7-Zip's default filter for x86 executables): relative
 * CALL/JMP targets (E8/E9) that the encoder made absolute are turned back.
 * After xz-embedded's bcj_x86 (public domain). Up to 4 bytes are held back
 * until the next piece arrives; at the end they are passed as they are.
 */
class BcjX86Stream extends StepStream {
    input;
    rest = new Uint8Array(0);
    state = { prevMask: 0, pos: 0 };
    constructor(input) {
        super();
        this.input = input;
    }
    step() {
        const chunk = this.input.next();
        if (!chunk) {
            this.emit(this.rest, false);
            return true;
        }
        const buf = new Uint8Array(this.rest.length + chunk.length);
        buf.set(this.rest);
        buf.set(chunk, this.rest.length);
        const n = bcjX86(buf, this.state);
        this.emit(buf.subarray(0, n), false);
        this.rest = buf.slice(n);
        return false;
    }
}
const MASK_TO_ALLOWED = [true, true, true, false, true, false, false, false];
const MASK_TO_BIT_NUMBER = [0, 1, 2, 2, 3, 3, 3, 3];
const testMsByte = (b) => b === 0 || b === 0xff;
/** Decodes in place; returns how many bytes are final. `state.pos` is the stream position of buf[0]. */
function bcjX86(buf, state) {
    let prevPos = -1;
    let prevMask = state.prevMask;
    if (buf.length <= 4)
        return 0;
    const size = buf.length - 4;
    let i = 0;
    for (; i < size; i++) {
        if ((buf[i] & 0xfe) !== 0xe8)
            continue;
        const distance = i - prevPos;
        if (distance > 3) {
            prevMask = 0;
        }
        else {
            prevMask = (prevMask << (distance - 1)) & 7;
            if (prevMask !== 0) {
                const b = buf[i + 4 - MASK_TO_BIT_NUMBER[prevMask]];
                if (!MASK_TO_ALLOWED[prevMask] || testMsByte(b)) {
                    prevPos = i;
                    prevMask = (prevMask << 1) | 1;
                    continue;
                }
            }
        }
        prevPos = i;
        if (testMsByte(buf[i + 4])) {
            let src = (buf[i + 1] | (buf[i + 2] << 8) | (buf[i + 3] << 16) | (buf[i + 4] << 24)) >>> 0;
            let dest;
            for (;;) {
                dest = (src - (state.pos + i + 5)) >>> 0;
                if (prevMask === 0)
                    break;
                const j = MASK_TO_BIT_NUMBER[prevMask] * 8;
                const b = (dest >>> (24 - j)) & 0xff;
                if (!testMsByte(b))
                    break;
                src = (dest ^ (2 ** (32 - j) - 1)) >>> 0;
            }
            dest &= 0x01ffffff;
            if (dest & 0x01000000)
                dest |= 0xfe000000;
            buf[i + 1] = dest & 0xff;
            buf[i + 2] = (dest >>> 8) & 0xff;
            buf[i + 3] = (dest >>> 16) & 0xff;
            buf[i + 4] = (dest >>> 24) & 0xff;
            i += 4;
        }
        else {
            prevMask = (prevMask << 1) | 1;
        }
    }
    const distance = i - prevPos;
    state.prevMask = distance > 3 ? 0 : (prevMask << (distance - 1)) & 0xff;
    state.pos = (state.pos + i) >>> 0;
    return i;
}
/** Deflate through fflate's streaming inflater, a small input piece per step (its output per piece is bounded). */
class DeflateStream extends StepStream {
    input;
    inflate;
    chunk;
    offset = 0;
    constructor(input, Inflate) {
        super();
        this.input = input;
        this.inflate = new Inflate((data) => this.emit(data, false));
    }
    step() {
        if (!this.chunk || this.offset >= this.chunk.length) {
            this.chunk = this.input.next() ?? undefined;
            this.offset = 0;
            if (!this.chunk) {
                this.inflate.push(new Uint8Array(0), true);
                return true;
            }
        }
        const piece = this.chunk.subarray(this.offset, this.offset + INFLATE_PIECE);
        this.offset += piece.length;
        // fflate may keep the piece (it joins it with the next one): give it a copy.
        this.inflate.push(piece.slice(), false);
        return false;
    }
}
/** BZip2 through seek-bzip, one block (at most ~46 MB out) per step; concatenated streams are read as 7-Zip does. */
class Bzip2Stream extends StepStream {
    Bunzip;
    bz;
    reader;
    out = new Uint8Array(1 << 16);
    outLength = 0;
    inputAdapter;
    outputAdapter;
    constructor(input, Bunzip) {
        super();
        this.Bunzip = Bunzip;
        const reader = (this.reader = new StreamReader(input));
        this.inputAdapter = {
            readByte: () => reader.byte(),
            read: (buffer, offset, length) => {
                for (let i = 0; i < length; i++)
                    buffer[offset + i] = reader.byte();
                return length;
            },
            eof: () => reader.atEnd(),
        };
        this.outputAdapter = {
            writeByte: (b) => {
                if (this.outLength === this.out.length) {
                    const next = new Uint8Array(this.out.length * 2);
                    next.set(this.out);
                    this.out = next;
                }
                this.out[this.outLength++] = b;
            },
        };
    }
    step() {
        // seek-bzip allocates with `new Buffer(n)`: keep Node's DEP0005 notice, meant for application code, quiet.
        const quiet = process.noDeprecation;
        process.noDeprecation = true;
        try {
            if (!this.bz) {
                this.bz = new this.Bunzip(this.inputAdapter, this.outputAdapter);
                return false;
            }
            if (this.bz._init_block()) {
                this.bz._read_bunzip();
                return false;
            }
            const crc = this.bz.reader.read(32) >>> 0;
            if (crc !== this.bz.streamCRC >>> 0)
                throw new Error('bad bzip2 stream CRC');
            if (this.reader.atEnd())
                return true;
            this.bz._start_bunzip(this.inputAdapter, this.outputAdapter);
            return false;
        }
        finally {
            process.noDeprecation = quiet;
            this.salvage();
        }
    }
    salvage() {
        if (this.outLength > 0) {
            this.emit(this.out.subarray(0, this.outLength), true);
            this.outLength = 0;
        }
    }
}

;// CONCATENATED MODULE: ./lib/formats/sevenzip/header.js
/**
 * The 7z header: signature header, then the "next header" (plain kHeader, or
 * kEncodedHeader: a header that is itself packed, usually with LZMA), holding
 * pack info (where the packed streams are), folders (coders and how they are
 * bound), substreams (one per file with data: sizes and CRCs) and files info
 * (names, empty-stream bits, attributes). Read after 7-Zip's 7zIn.cpp and
 * DOC/7zFormat.txt; every count is checked against the bytes left before
 * anything is allocated for it, and numbers above 2^53 are refused.
 */

const SIGNATURE = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];
const SIGNATURE_HEADER_SIZE = 32;
/** The archive cannot be read at all (its header is unreadable, inconsistent or unsupported). */
class SevenZipError extends Error {
}
const ID = {
    end: 0x00,
    header: 0x01,
    archiveProperties: 0x02,
    additionalStreamsInfo: 0x03,
    mainStreamsInfo: 0x04,
    filesInfo: 0x05,
    packInfo: 0x06,
    unpackInfo: 0x07,
    subStreamsInfo: 0x08,
    size: 0x09,
    crc: 0x0a,
    folder: 0x0b,
    codersUnpackSize: 0x0c,
    numUnpackStream: 0x0d,
    emptyStream: 0x0e,
    emptyFile: 0x0f,
    anti: 0x10,
    name: 0x11,
    winAttributes: 0x15,
    encodedHeader: 0x17,
    dummy: 0x19,
};
/** 7-Zip's own bounds on a folder (k_NumCodersStreams_in_Folder_MAX). */
const MAX_CODERS = 64;
const MAX_STREAMS = 64;
/** Longest member name kept (UTF-16 units); longer names are shortened for display. */
const MAX_NAME = 4096;
function folderUnpackSize(folder) {
    return folder.unpackSizes[folder.mainOut];
}
/** Reads the 32-byte signature header. */
function readStartHeader(b) {
    if (b.length < SIGNATURE_HEADER_SIZE)
        throw new SevenZipError('the archive is shorter than its 32-byte signature header');
    if (!SIGNATURE.every((x, i) => b[i] === x))
        throw new SevenZipError('no 7z signature');
    const view = new DataView(b.buffer, b.byteOffset, b.length);
    const version = `${b[6]}.${b[7]}`;
    if (b[6] !== 0)
        throw new SevenZipError(`unsupported 7z format version ${version}`);
    const startCrc = view.getUint32(8, true);
    const offset = u64(view, 12, 'next header offset');
    const size = u64(view, 20, 'next header size');
    const crc = view.getUint32(28, true);
    return { version, offset: SIGNATURE_HEADER_SIZE + offset, size, crc, crcMismatch: crc32(b.subarray(12, 32)) !== startCrc };
}
function u64(view, at, what) {
    const v = view.getBigUint64(at, true);
    if (v > BigInt(Number.MAX_SAFE_INTEGER))
        throw new SevenZipError(`impossible ${what} (${v})`);
    return Number(v);
}
/** The byte stream of a header, with 7z's variable-length numbers. */
class HeaderReader {
    b;
    pos = 0;
    constructor(b) {
        this.b = b;
    }
    get remaining() {
        return this.b.length - this.pos;
    }
    byte() {
        if (this.pos >= this.b.length)
            throw new SevenZipError('the header is truncated');
        return this.b[this.pos++];
    }
    bytes(n) {
        if (n > this.remaining)
            throw new SevenZipError('the header is truncated');
        const out = this.b.subarray(this.pos, this.pos + n);
        this.pos += n;
        return out;
    }
    /** 7z NUMBER: the leading one bits of the first byte say how many bytes follow (little-endian). */
    number() {
        const first = this.byte();
        let mask = 0x80;
        let value = 0;
        for (let i = 0; i < 8; i++) {
            if ((first & mask) === 0) {
                const high = first & (mask - 1);
                value += high * 2 ** (8 * i);
                if (value > Number.MAX_SAFE_INTEGER)
                    throw new SevenZipError('a number in the header is too large');
                return value;
            }
            value += this.byte() * 2 ** (8 * i);
            mask >>>= 1;
        }
        if (value > Number.MAX_SAFE_INTEGER)
            throw new SevenZipError('a number in the header is too large');
        return value;
    }
    /** A count of things that each take at least `perItem` bytes (or bits, with perItem 1/8) of what is left. */
    count(what, perItem = 1) {
        const n = this.number();
        if (n * perItem > this.remaining)
            throw new SevenZipError(`the header claims ${n} ${what}, more than it has room for`);
        return n;
    }
    uint32() {
        const b = this.bytes(4);
        return (b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24)) >>> 0;
    }
    /** A property's data: its size, then that many bytes, as a reader of its own. */
    sub() {
        const size = this.number();
        return new HeaderReader(this.bytes(size));
    }
    skipData() {
        this.bytes(this.number());
    }
    /** `n` bits, most significant first in each byte; only the first `keep` are returned, the rest are counted. */
    bits(n, keep = n) {
        const bytes = this.bytes(Math.ceil(n / 8));
        const bits = new Uint8Array(Math.min(n, keep));
        let set = 0;
        for (let i = 0; i < n; i++) {
            const bit = (bytes[i >>> 3] >>> (7 - (i & 7))) & 1;
            if (i < bits.length)
                bits[i] = bit;
            set += bit;
        }
        return { bits, set };
    }
    /** An "all defined" byte, or a bit vector, then a UINT32 per defined item. */
    digests(n) {
        const all = this.byte();
        const defined = all !== 0 ? undefined : this.bits(n).bits;
        const out = [];
        for (let i = 0; i < n; i++)
            out.push(defined && !defined[i] ? undefined : this.uint32());
        return out;
    }
    /** Skips properties until `id` (7-Zip's WaitId). */
    waitFor(id) {
        for (;;) {
            const type = this.number();
            if (type === id)
                return;
            if (type === ID.end)
                throw new SevenZipError(`the header lacks property ${id}`);
            this.skipData();
        }
    }
}
function readPackInfo(r) {
    const packPos = r.number();
    const n = r.count('pack streams');
    r.waitFor(ID.size);
    const packSizes = [];
    for (let i = 0; i < n; i++)
        packSizes.push(r.number());
    for (;;) {
        const type = r.number();
        if (type === ID.end)
            break;
        if (type === ID.crc) {
            r.digests(n);
            continue;
        }
        r.skipData();
    }
    return { packPos, packSizes };
}
function readFolder(r) {
    const numCoders = r.number();
    if (numCoders < 1 || numCoders > MAX_CODERS)
        throw new SevenZipError(`a folder with ${numCoders} coders`);
    const coders = [];
    let numIn = 0;
    let numOut = 0;
    for (let i = 0; i < numCoders; i++) {
        const flags = r.byte();
        if (flags & 0xc0)
            throw new SevenZipError('a coder with alternative methods or reserved flags, which 7-Zip does not read either');
        const id = Buffer.from(r.bytes(flags & 0x0f)).toString('hex');
        let ins = 1;
        let outs = 1;
        if (flags & 0x10) {
            ins = r.number();
            outs = r.number();
            if (ins > MAX_STREAMS || outs > MAX_STREAMS || outs < 1)
                throw new SevenZipError(`a coder with ${ins} inputs and ${outs} outputs`);
        }
        const props = flags & 0x20 ? r.bytes(r.number()) : new Uint8Array(0);
        coders.push({ id, numIn: ins, numOut: outs, props });
        numIn += ins;
        numOut += outs;
    }
    if (numIn > MAX_STREAMS || numOut > MAX_STREAMS)
        throw new SevenZipError('a folder with too many coder streams');
    const bindPairs = [];
    for (let i = 0; i < numOut - 1; i++) {
        const inIndex = r.number();
        const outIndex = r.number();
        if (inIndex >= numIn || outIndex >= numOut)
            throw new SevenZipError('a folder binds a coder stream that does not exist');
        if (bindPairs.some((p) => p.inIndex === inIndex || p.outIndex === outIndex))
            throw new SevenZipError('a folder binds a coder stream twice');
        bindPairs.push({ inIndex, outIndex });
    }
    const numPacked = numIn - bindPairs.length;
    if (numPacked < 1)
        throw new SevenZipError('a folder without packed input');
    const packedStreams = [];
    if (numPacked === 1) {
        for (let i = 0; i < numIn; i++) {
            if (!bindPairs.some((p) => p.inIndex === i)) {
                packedStreams.push(i);
                break;
            }
        }
    }
    else {
        for (let i = 0; i < numPacked; i++) {
            const index = r.number();
            if (index >= numIn || bindPairs.some((p) => p.inIndex === index) || packedStreams.includes(index)) {
                throw new SevenZipError('a folder lists an invalid packed stream');
            }
            packedStreams.push(index);
        }
    }
    if (packedStreams.length !== numPacked)
        throw new SevenZipError('a folder without packed input');
    let mainOut = -1;
    for (let i = 0; i < numOut; i++) {
        if (!bindPairs.some((p) => p.outIndex === i)) {
            mainOut = i;
            break;
        }
    }
    if (mainOut < 0)
        throw new SevenZipError('a folder whose coders only feed each other');
    return { coders, bindPairs, packedStreams, mainOut };
}
function readUnpackInfo(r) {
    r.waitFor(ID.folder);
    const n = r.count('folders', 2);
    if (r.byte() !== 0)
        throw new SevenZipError('folders stored outside the header (external), which the scanner does not read');
    const partial = [];
    for (let i = 0; i < n; i++)
        partial.push(readFolder(r));
    r.waitFor(ID.codersUnpackSize);
    const folders = [];
    let firstPackStream = 0;
    for (const f of partial) {
        const unpackSizes = [];
        const outs = f.coders.reduce((s, c) => s + c.numOut, 0);
        for (let j = 0; j < outs; j++)
            unpackSizes.push(r.number());
        folders.push({ ...f, unpackSizes, crc: undefined, firstPackStream });
        firstPackStream += f.packedStreams.length;
    }
    for (;;) {
        const type = r.number();
        if (type === ID.end)
            break;
        if (type === ID.crc) {
            const crcs = r.digests(n);
            folders.forEach((f, i) => (f.crc = crcs[i]));
            continue;
        }
        r.skipData();
    }
    return folders;
}
function readSubStreamsInfo(r, folders) {
    const perFolder = folders.map(() => 1);
    let type;
    for (;;) {
        type = r.number();
        if (type === ID.numUnpackStream) {
            for (let i = 0; i < folders.length; i++) {
                const n = r.number();
                // Each substream but the last of a folder needs a size in the header.
                if (n > r.remaining + 1)
                    throw new SevenZipError(`a folder claims ${n} files, more than the header has room for`);
                perFolder[i] = n;
            }
            continue;
        }
        if (type === ID.crc || type === ID.size || type === ID.end)
            break;
        r.skipData();
    }
    const substreams = [];
    for (let i = 0; i < folders.length; i++) {
        const n = perFolder[i];
        if (n === 0)
            continue;
        if (n > 1 && type !== ID.size)
            throw new SevenZipError('a folder with several files but no file sizes');
        let sum = 0;
        for (let j = 1; j < n; j++) {
            const size = r.number();
            sum += size;
            substreams.push({ folder: i, size, crc: undefined });
        }
        const total = folderUnpackSize(folders[i]);
        if (sum > total)
            throw new SevenZipError('the files of a folder are larger than the folder');
        substreams.push({ folder: i, size: total - sum, crc: undefined });
    }
    if (type === ID.size)
        type = r.number();
    // CRCs: stored for every substream except a folder's only one when the folder has its own.
    let numDigests = 0;
    folders.forEach((f, i) => {
        const n = perFolder[i];
        if (n !== 1 || f.crc === undefined)
            numDigests += n;
    });
    let digests;
    for (;;) {
        if (type === ID.end)
            break;
        if (type === ID.crc)
            digests = r.digests(numDigests);
        else
            r.skipData();
        type = r.number();
    }
    let k = 0;
    let d = 0;
    folders.forEach((f, i) => {
        const n = perFolder[i];
        if (n === 1 && f.crc !== undefined) {
            substreams[k++].crc = f.crc;
        }
        else {
            for (let j = 0; j < n; j++)
                substreams[k++].crc = digests?.[d++];
        }
    });
    return { substreams, perFolder };
}
/** StreamsInfo; packed-stream offsets made absolute (they count from the end of the signature header). */
function readStreamsInfo(r) {
    let packPos = 0;
    let packSizes = [];
    let folders = [];
    let sub;
    let type = r.number();
    if (type === ID.packInfo) {
        ({ packPos, packSizes } = readPackInfo(r));
        type = r.number();
    }
    if (type === ID.unpackInfo) {
        folders = readUnpackInfo(r);
        type = r.number();
    }
    if (type === ID.subStreamsInfo) {
        sub = readSubStreamsInfo(r, folders);
        type = r.number();
    }
    if (type !== ID.end)
        throw new SevenZipError(`unexpected property ${type} in the streams info`);
    sub ??= {
        substreams: folders.map((f, i) => ({ folder: i, size: folderUnpackSize(f), crc: f.crc })),
        perFolder: folders.map(() => 1),
    };
    const packOffsets = [];
    let at = SIGNATURE_HEADER_SIZE + packPos;
    for (const size of packSizes) {
        packOffsets.push(at);
        at += size;
        if (at > Number.MAX_SAFE_INTEGER)
            throw new SevenZipError('impossible pack sizes');
    }
    const needed = folders.reduce((n, f) => n + f.packedStreams.length, 0);
    if (needed > packSizes.length)
        throw new SevenZipError(`the folders use ${needed} packed streams but the archive lists ${packSizes.length}`);
    return { packOffsets, packSizes, folders, substreams: sub.substreams, perFolder: sub.perFolder };
}
/** Everything after the kHeader id. `maxFiles`: entries kept (the rest are counted in `totalFiles`). */
function readHeader(r, maxFiles) {
    let type = r.number();
    if (type === ID.archiveProperties) {
        for (;;) {
            const t = r.number();
            if (t === ID.end)
                break;
            r.skipData();
        }
        type = r.number();
    }
    if (type === ID.additionalStreamsInfo) {
        throw new SevenZipError('additional streams (header data stored outside the header), which the scanner does not read');
    }
    let streams = { packOffsets: [], packSizes: [], folders: [], substreams: [], perFolder: [] };
    if (type === ID.mainStreamsInfo) {
        streams = readStreamsInfo(r);
        type = r.number();
    }
    let files = [];
    let totalFiles = 0;
    if (type === ID.filesInfo) {
        ({ files, totalFiles } = readFilesInfo(r, streams.substreams.length, maxFiles));
        type = r.number();
    }
    else if (streams.substreams.length > 0) {
        // No file list: the data streams are still files to 7-Zip (unnamed).
        totalFiles = streams.substreams.length;
        for (let i = 0; i < Math.min(totalFiles, maxFiles); i++)
            files.push({ name: `[member ${i}]`, hasStream: true, isDirectory: false, isAnti: false });
    }
    if (type !== ID.end)
        throw new SevenZipError(`unexpected property ${type} in the header`);
    return { streams, files, totalFiles };
}
function readFilesInfo(r, numStreams, maxFiles) {
    const numFiles = r.number();
    // Files without data take at least a bit of the empty-stream vector; files with data are the substreams.
    if (numFiles > numStreams + r.remaining * 8)
        throw new SevenZipError(`the header claims ${numFiles} files, more than it has room for`);
    const keep = Math.min(numFiles, maxFiles);
    let emptyStream;
    let numEmpty = 0;
    let emptyFile;
    let anti;
    let names;
    let attributes;
    for (;;) {
        const type = r.number();
        if (type === ID.end)
            break;
        const p = r.sub();
        switch (type) {
            case ID.emptyStream: {
                const v = p.bits(numFiles, keep);
                emptyStream = v.bits;
                numEmpty = v.set;
                emptyFile = undefined;
                anti = undefined;
                break;
            }
            case ID.emptyFile:
                emptyFile = p.bits(numEmpty).bits;
                break;
            case ID.anti:
                anti = p.bits(numEmpty).bits;
                break;
            case ID.name:
                if (p.byte() !== 0)
                    throw new SevenZipError('file names stored outside the header (external), which the scanner does not read');
                names = readNames(p, keep);
                break;
            case ID.winAttributes: {
                const all = p.byte();
                const defined = all !== 0 ? undefined : p.bits(numFiles, keep).bits;
                if (p.byte() !== 0)
                    throw new SevenZipError('attributes stored outside the header (external)');
                attributes = [];
                for (let i = 0; i < keep; i++)
                    attributes.push(defined && !defined[i] ? undefined : p.uint32());
                break;
            }
            default:
                // Times, start positions, padding (kDummy) and anything newer: not needed.
                break;
        }
    }
    if (numFiles - numEmpty !== numStreams) {
        throw new SevenZipError(`the header lists ${numFiles - numEmpty} files with data but ${numStreams} data streams`);
    }
    const files = [];
    let emptyIndex = 0;
    for (let i = 0; i < keep; i++) {
        const hasStream = !emptyStream?.[i];
        let isDirectory = false;
        let isAnti = false;
        if (!hasStream) {
            isDirectory = !emptyFile?.[emptyIndex];
            isAnti = !!anti?.[emptyIndex];
            emptyIndex++;
        }
        const attr = attributes?.[i];
        if (attr !== undefined && attr & 0x10 && !hasStream)
            isDirectory = true;
        files.push({ name: names?.[i] ?? `[member ${i}]`, hasStream, isDirectory, isAnti });
    }
    return { files, totalFiles: numFiles };
}
/** Up to `keep` names: UTF-16LE, each ended by a zero unit. */
function readNames(p, keep) {
    const data = p.bytes(p.remaining);
    const names = [];
    let start = 0;
    for (let i = 0; i + 1 < data.length && names.length < keep; i += 2) {
        if (data[i] === 0 && data[i + 1] === 0) {
            const units = (i - start) / 2;
            const end = units > MAX_NAME ? start + MAX_NAME * 2 : i;
            let name = Buffer.from(data.subarray(start, end)).toString('utf16le');
            if (units > MAX_NAME)
                name += '\u2026';
            names.push(name || '[unnamed]');
            start = i + 2;
        }
    }
    return names;
}
/** The decoded data that should follow: kHeader or kEncodedHeader, with the reader past that id. */
function headerKind(r) {
    const type = r.number();
    if (type === ID.header)
        return 'header';
    if (type === ID.encodedHeader)
        return 'encoded';
    throw new SevenZipError(`the next header starts with property ${type}, not a header`);
}

// EXTERNAL MODULE: ./lib/formats/sevenzip/claim.js
var claim = __webpack_require__(2285);
;// CONCATENATED MODULE: ./lib/formats/sevenzip/index.js







function describe(error) {
    return error instanceof Error ? error.message : String(error);
}
/**
 * A decoder's failure on hostile data (our LZMA, fflate and seek-bzip throw various
 * error types, seek-bzip even TypeError): reported as damage. The time budget goes up.
 */
function isDecodeFailure(error) {
    return !(error instanceof budget/* TimeBudgetExceeded */.sB);
}
function quoteList(names, max = 5) {
    const shown = names.slice(0, max).map((n) => `"${n}"`);
    const more = names.length - shown.length;
    return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}
function notOpened(ctx, reason) {
    ctx.report({
        ruleId: 'archive/not-scanned',
        message: `This 7z archive could not be opened (${reason}): the models inside it were not scanned. ` +
            'Attackers have used 7z-wrapped PyTorch checkpoints to slip past scanners (nullifAI).',
        properties: { archive: '7z', reason },
    });
    ctx.incomplete(`not scanned: the 7z archive could not be opened (${reason})`);
}
async function scan(ctx) {
    const notes = [];
    let header;
    try {
        header = await openArchive(ctx, notes);
    }
    catch (error) {
        if (!(error instanceof SevenZipError))
            throw error;
        notOpened(ctx, error.message);
        return;
    }
    for (const note of notes)
        ctx.incomplete(note);
    const { streams, files } = header;
    if (header.totalFiles > files.length) {
        ctx.incomplete(`the archive lists ${header.totalFiles} entries; only the first ${files.length} were examined (limit maxMembers)`);
    }
    // Files with data are the substreams, in order, folder after folder.
    const byFolder = streams.folders.map(() => []);
    let s = 0;
    for (const file of files) {
        if (!file.hasStream)
            continue;
        const sub = streams.substreams[s++];
        byFolder[sub.folder].push({ name: file.name, size: sub.size, crc: sub.crc });
    }
    const plans = streams.folders.map((folder) => {
        try {
            return planFolder(folder);
        }
        catch (error) {
            if (error instanceof Unsupported)
                return error;
            throw error;
        }
    });
    reportUndecodable(ctx, plans, byFolder);
    for (let i = 0; i < plans.length; i++) {
        const plan = plans[i];
        const members = byFolder[i];
        if (plan instanceof Unsupported || members.length === 0)
            continue;
        if (await scanFolder(ctx, streams, plan, members))
            break;
    }
}
/** Folders the scanner cannot decode: one high finding naming their members and why, said before anything is decoded. */
function reportUndecodable(ctx, plans, byFolder) {
    const names = [];
    const reasons = new Map();
    plans.forEach((plan, i) => {
        const members = byFolder[i];
        if (!(plan instanceof Unsupported) || members.length === 0)
            return;
        const list = members.map((m) => m.name);
        names.push(...list);
        const same = reasons.get(plan.message);
        if (same)
            same.push(...list);
        else
            reasons.set(plan.message, list);
    });
    if (names.length === 0)
        return;
    // One reason each (a non-solid archive of many members has a folder per member).
    for (const [reason, list] of reasons)
        ctx.incomplete(`${list.length === 1 ? 'member' : `${list.length} members`} ${quoteList(list)} not scanned: ${reason}`);
    const why = [...reasons].map(([reason, list]) => `${quoteList(list, 3)}: ${reason}`).join('; ');
    const encrypted = plans.some((p) => p instanceof Unsupported && p.encrypted);
    ctx.report({
        ruleId: 'archive/not-scanned',
        message: `${names.length} ${names.length === 1 ? 'member' : 'members'} of this 7z archive could not be decoded, so ${names.length === 1 ? 'it was' : 'they were'} not scanned (${why}). ` +
            'Attackers have used 7z-wrapped PyTorch checkpoints to slip past scanners (nullifAI).',
        properties: { archive: '7z', members: names.slice(0, 100), reasons: [...reasons.keys()], encrypted },
    });
}
/** Signature header, next header, and the packed header if there is one. */
async function openArchive(ctx, notes) {
    const { source, limits } = ctx;
    const start = readStartHeader(source.read(0, SIGNATURE_HEADER_SIZE));
    if (start.crcMismatch)
        notes.push('the 7z start header does not match its CRC (7-Zip refuses such an archive); it was read anyway');
    const empty = {
        streams: { packOffsets: [], packSizes: [], folders: [], substreams: [], perFolder: [] },
        files: [],
        totalFiles: 0,
    };
    if (start.size === 0) {
        if (start.offset !== SIGNATURE_HEADER_SIZE)
            throw new SevenZipError('an empty header at a non-zero offset');
        return empty; // An empty archive.
    }
    if (start.offset + start.size > source.size) {
        throw new SevenZipError(`its header (${start.size} bytes at offset ${start.offset}) lies beyond the end of the ${source.size}-byte file: ` +
            'the archive is truncated, or is the first volume of a multi-volume archive');
    }
    if (start.size > limits.maxMemberBytes) {
        throw new SevenZipError(`its header has ${start.size} bytes, more than the limit of ${limits.maxMemberBytes} bytes (limit maxMemberBytes)`);
    }
    let bytes = source.read(start.offset, start.size);
    if (crc32(bytes) !== start.crc)
        notes.push('the 7z header does not match its CRC (7-Zip refuses such an archive); it was read anyway');
    let r = new HeaderReader(bytes);
    if (headerKind(r) === 'encoded') {
        const packed = readStreamsInfo(r);
        bytes = await decodeHeader(ctx, packed, notes);
        r = new HeaderReader(bytes);
        if (headerKind(r) !== 'header')
            throw new SevenZipError('the packed header does not hold a header');
    }
    return readHeader(r, limits.maxMembers);
}
/** A header packed as a folder of its own (7-Zip's default: LZMA). */
async function decodeHeader(ctx, streams, notes) {
    const { limits, budget } = ctx;
    if (streams.folders.length !== 1)
        throw new SevenZipError(`a packed header in ${streams.folders.length} folders`);
    const folder = streams.folders[0];
    let plan;
    try {
        plan = planFolder(folder);
    }
    catch (error) {
        if (!(error instanceof Unsupported))
            throw error;
        throw new SevenZipError(error.encrypted ? 'its header is encrypted: file names and contents cannot be read without the password' : `its header cannot be decoded: ${error.message}`);
    }
    const size = folderUnpackSize(folder);
    if (size > limits.maxMemberBytes) {
        throw new SevenZipError(`its packed header would unpack to ${size} bytes, more than the limit of ${limits.maxMemberBytes} bytes (limit maxMemberBytes)`);
    }
    if (size > budget.inflateLeft) {
        throw new SevenZipError(`its packed header would unpack to ${size} bytes, past the bytes left to decompress for this file (limit maxTotalInflatedBytes)`);
    }
    const stream = await openFolder(ctx.source, plan, streams.packOffsets[plan.packStream], streams.packSizes[plan.packStream]);
    const out = new output/* BoundedOutput */.l(size);
    try {
        for (;;) {
            ctx.checkBudget();
            const chunk = stream.next();
            if (!chunk)
                break;
            out.pushAll(chunk);
        }
    }
    catch (error) {
        if (!isDecodeFailure(error))
            throw error;
        throw new SevenZipError(`its packed header cannot be decoded (${describe(error)})`);
    }
    finally {
        budget.inflated += out.length;
    }
    if (folder.crc !== undefined && crc32(out.bytes) !== folder.crc) {
        notes.push('the packed 7z header does not match its CRC (7-Zip refuses such an archive); it was read anyway');
    }
    return out.bytes;
}
/**
 * Decodes one folder and scans its members in order. Returns true when a
 * file-wide limit stopped the scan (nothing more should be decoded).
 */
async function scanFolder(ctx, streams, plan, members) {
    const { limits, budget, source } = ctx;
    const packOffset = streams.packOffsets[plan.packStream];
    const packSize = streams.packSizes[plan.packStream];
    const present = Math.max(0, Math.min(packSize, source.size - packOffset));
    if (present < packSize) {
        ctx.incomplete(`the packed data of ${quoteList(members.map((m) => m.name))} is truncated: ${present} of ${packSize} bytes are present`);
    }
    const stream = await openFolder(source, plan, packOffset, packSize);
    let carry = null;
    for (let m = 0; m < members.length; m++) {
        const member = members[m];
        ctx.checkBudget();
        if (++budget.members > limits.maxMembers) {
            if (!budget.reported.has('maxMembers')) {
                budget.reported.add('maxMembers');
                ctx.incomplete(`more than ${limits.maxMembers} archive members in this file (nested archives included); the rest were not examined (limit maxMembers)`);
            }
            return true;
        }
        // Kept for scanning: the member up to the limits; the rest of it is decoded (to reach the members after it) and dropped.
        const keep = Math.min(member.size, limits.maxMemberBytes, budget.inflateLeft);
        // The pieces as decoded (fresh arrays), joined once: no regrowth, and nothing allocated for sizes that only a header claims.
        const parts = [];
        let kept = 0;
        const last = m === members.length - 1;
        let got = 0;
        let crc = 0;
        let failed;
        let outOfBudget = false;
        while (got < member.size) {
            ctx.checkBudget();
            if (budget.inflateLeft <= 0) {
                outOfBudget = true;
                break;
            }
            if (last && got >= keep)
                break; // Nothing after it is wanted.
            let chunk = carry;
            carry = null;
            if (!chunk) {
                try {
                    chunk = stream.next();
                }
                catch (error) {
                    if (!isDecodeFailure(error))
                        throw error;
                    failed = describe(error);
                    break;
                }
                if (!chunk) {
                    failed = 'the data ends early';
                    break;
                }
            }
            const take = Math.min(chunk.length, member.size - got);
            if (take < chunk.length)
                carry = chunk.subarray(take);
            const part = chunk.subarray(0, take);
            budget.inflated += take;
            if (kept < keep) {
                const piece = part.subarray(0, Math.min(take, keep - kept));
                parts.push(piece);
                kept += piece.length;
            }
            if (member.crc !== undefined)
                crc = crc32(part, crc);
            got += take;
        }
        const bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, kept);
        parts.length = 0;
        if (failed !== undefined) {
            ctx.incomplete(`member "${member.name}" could not be fully decoded (${failed}); the ${bytes.length} bytes before the damage were scanned`);
        }
        else if (outOfBudget && got < member.size) {
            ctx.incomplete(`member "${member.name}": decoding stopped after ${got} of ${member.size} bytes, when the bytes decompressed for this file reached ` +
                `${limits.maxTotalInflatedBytes} (limit maxTotalInflatedBytes); the first ${bytes.length} bytes were scanned`);
        }
        else if (member.size > limits.maxMemberBytes) {
            ctx.incomplete(`member "${member.name}" has ${member.size} bytes, more than the limit of ${limits.maxMemberBytes} bytes (limit maxMemberBytes); ` +
                `only the first ${bytes.length} bytes were scanned`);
        }
        else if (got === member.size && member.crc !== undefined && crc !== member.crc) {
            ctx.incomplete(`member "${member.name}" does not match its CRC (a damaged archive, or data 7-Zip would decode differently); its decoded bytes were scanned`);
        }
        if (bytes.length > 0)
            await ctx.scanNested(new core_source/* BufferSource */._r(bytes), member.name);
        const rest = members.slice(m + 1).map((x) => x.name);
        if (outOfBudget) {
            if (rest.length)
                ctx.incomplete(`${rest.length === 1 ? 'member' : 'members'} ${quoteList(rest)} not decoded (limit maxTotalInflatedBytes)`);
            return true;
        }
        if (failed !== undefined) {
            if (rest.length)
                ctx.incomplete(`${rest.length === 1 ? 'member' : 'members'} ${quoteList(rest)} not scanned: they follow damaged data in the same solid block`);
            return false;
        }
    }
    return false;
}
const sevenZipScanner = {
    ...claim/* sevenZipClaim */.B,
    scan,
};


/***/ })

};

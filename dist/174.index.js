export const id = 174;
export const ids = [174];
export const modules = {

/***/ 174:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ag: () => (/* binding */ ArrayInput),
/* harmony export */   HA: () => (/* binding */ OutWindow),
/* harmony export */   Zl: () => (/* binding */ parseLzmaPropertiesByte),
/* harmony export */   decodeLzmaAlone: () => (/* binding */ decodeLzmaAlone),
/* harmony export */   jb: () => (/* binding */ LzmaError),
/* harmony export */   vo: () => (/* binding */ LzmaDecoder),
/* harmony export */   y1: () => (/* binding */ RangeDecoder)
/* harmony export */ });
/* unused harmony export parseLzmaHeader */
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1135);

/**
 * LZMA decoding, a direct port of Igor Pavlov's reference decoder (LZMA SDK,
 * LzmaSpec.cpp, public domain), in pieces that the LZMA users share:
 * - {@link decodeLzmaAlone}: LZMA-alone (.lzma), the format joblib's 'lzma'
 *   compressor writes (lzma.FORMAT_ALONE): 5 property bytes, an 8-byte
 *   uncompressed size (all ones when unknown), then one LZMA stream;
 * - {@link LzmaDecoder} over an {@link OutWindow}: a resumable decoder (it stops
 *   after a requested amount of output and goes on later), used by the 7z LZMA
 *   coder and by the LZMA2 chunk layer (lzma2.ts).
 * The dictionary ({@link OutWindow}) grows with the bytes really decoded, up to
 * the dictionary size the stream claims: a lying header costs nothing. On
 * damaged input the decoder throws LzmaError; what was decoded before reaches
 * the sink when the window is flushed.
 * (No maintained pure-JS/wasm npm package decodes LZMA with a bounded output;
 * the ones that exist buffer everything in JS arrays.)
 */
class LzmaError extends Error {
}
const BIT_MODEL_TOTAL_BITS = 11;
const NUM_MOVE_BITS = 5;
/** range < 2^24 (time to shift in a byte) when its top byte is zero. */
const TOP_MASK = 0xff000000 | 0;
const SIGN = 0x80000000 | 0;
const NUM_STATES = 12;
const NUM_POS_BITS_MAX = 4;
const NUM_LEN_TO_POS_STATES = 4;
const NUM_ALIGN_BITS = 4;
const END_POS_MODEL_INDEX = 14;
const NUM_FULL_DISTANCES = 1 << (END_POS_MODEL_INDEX >>> 1);
const MATCH_MIN_LEN = 2;
/** The first allocation of a dictionary; it doubles as real output arrives. */
const INITIAL_WINDOW = 1 << 16;
function probs(n) {
    return new Uint16Array(n).fill(1 << (BIT_MODEL_TOTAL_BITS - 1));
}
/** A byte array read from `pos` on. */
class ArrayInput {
    bytes;
    pos;
    constructor(bytes, pos = 0) {
        this.bytes = bytes;
        this.pos = pos;
    }
    byte() {
        if (this.pos >= this.bytes.length)
            throw new LzmaError('the stream is truncated');
        return this.bytes[this.pos++];
    }
    get remaining() {
        return this.bytes.length - this.pos;
    }
}
/**
 * The range decoder. `range` and `code` are kept as int32 bit patterns of the
 * uint32 values (compared unsigned by flipping the sign bit), so V8 keeps them
 * as small integers instead of boxed doubles: about 3x faster than uint32 numbers.
 */
class RangeDecoder {
    input;
    range = -1; // 0xffffffff
    code = 0;
    constructor(input) {
        this.input = input;
        if (input.byte() !== 0)
            throw new LzmaError('corrupted range coder start');
        for (let i = 0; i < 4; i++)
            this.code = (this.code << 8) | input.byte();
        if (this.code === this.range)
            throw new LzmaError('corrupted range coder start');
    }
    finishedOk() {
        return this.code === 0;
    }
    directBits(n) {
        let res = 0;
        do {
            this.range >>>= 1;
            let bit = 0;
            if ((this.code ^ SIGN) >= (this.range ^ SIGN)) {
                this.code = (this.code - this.range) | 0;
                bit = 1;
            }
            if (this.code === this.range)
                throw new LzmaError('corrupted data');
            if ((this.range & TOP_MASK) === 0) {
                this.range <<= 8;
                this.code = (this.code << 8) | this.input.byte();
            }
            res = res * 2 + bit;
        } while (--n);
        return res;
    }
    bit(p, i) {
        const v = p[i];
        const bound = Math.imul(this.range >>> BIT_MODEL_TOTAL_BITS, v);
        let symbol;
        if ((this.code ^ SIGN) < (bound ^ SIGN)) {
            p[i] = v + (((1 << BIT_MODEL_TOTAL_BITS) - v) >>> NUM_MOVE_BITS);
            this.range = bound;
            symbol = 0;
        }
        else {
            p[i] = v - (v >>> NUM_MOVE_BITS);
            this.code = (this.code - bound) | 0;
            this.range = (this.range - bound) | 0;
            symbol = 1;
        }
        if ((this.range & TOP_MASK) === 0) {
            this.range <<= 8;
            this.code = (this.code << 8) | this.input.byte();
        }
        return symbol;
    }
    tree(p, base, numBits) {
        let m = 1;
        for (let i = 0; i < numBits; i++)
            m = (m << 1) + this.bit(p, base + m);
        return m - (1 << numBits);
    }
    reverseTree(p, base, numBits) {
        let m = 1;
        let symbol = 0;
        for (let i = 0; i < numBits; i++) {
            const bit = this.bit(p, base + m);
            m = (m << 1) + bit;
            symbol |= bit << i;
        }
        return symbol;
    }
}
class LenDecoder {
    choice = probs(2);
    low = probs((1 << NUM_POS_BITS_MAX) << 3);
    mid = probs((1 << NUM_POS_BITS_MAX) << 3);
    high = probs(1 << 8);
    reset() {
        for (const p of [this.choice, this.low, this.mid, this.high])
            p.fill(1 << (BIT_MODEL_TOTAL_BITS - 1));
    }
    decode(rc, posState) {
        if (rc.bit(this.choice, 0) === 0)
            return rc.tree(this.low, posState << 3, 3);
        if (rc.bit(this.choice, 1) === 0)
            return 8 + rc.tree(this.mid, posState << 3, 3);
        return 16 + rc.tree(this.high, 0, 8);
    }
}
/**
 * The dictionary: the last `maxSize` decoded bytes (a circular buffer once
 * full). It starts small and doubles as output arrives, so the memory follows
 * the bytes really decoded, never the dictionary size a header claims. Every
 * byte goes to `sink` when the window is flushed (on wrap or growth, and when
 * the caller asks); the sink must copy what it keeps, the buffer is reused.
 */
class OutWindow {
    maxSize;
    sink;
    buf;
    /** Write position in `buf`. */
    pos = 0;
    /** `buf` has wrapped: it holds `buf.length` bytes of history. */
    full = false;
    /** Bytes written since the start or the last dictionary reset (positions for the LZMA model). */
    total = 0;
    flushed = 0;
    constructor(maxSize, sink) {
        this.maxSize = maxSize;
        this.sink = sink;
        if (!(maxSize >= 1))
            throw new LzmaError('empty dictionary');
        this.buf = new Uint8Array(Math.min(maxSize, INITIAL_WINDOW));
    }
    /** Whether the byte `dist` positions back (1 = the last byte) is in the dictionary. */
    has(dist) {
        return dist <= (this.full ? this.buf.length : this.pos);
    }
    /** The byte `dist` positions back (1 = the last byte); check {@link has} first. */
    get(dist) {
        const i = this.pos - dist;
        return this.buf[i < 0 ? i + this.buf.length : i];
    }
    put(byte) {
        if (this.pos === this.buf.length)
            this.makeRoom();
        this.buf[this.pos++] = byte;
        this.total++;
    }
    /** Copies `len` bytes from `dist` back (overlapping copies repeat, as LZ77 wants). */
    copyMatch(dist, len) {
        this.total += len;
        const pos = this.pos;
        if (dist <= pos && pos + len <= this.buf.length) {
            // The common case: neither end of the buffer is in the way.
            const buf = this.buf;
            const from = pos - dist;
            if (len >= 64 && dist >= len)
                buf.copyWithin(pos, from, from + len);
            else
                for (let i = 0; i < len; i++)
                    buf[pos + i] = buf[from + i];
            this.pos = pos + len;
            return;
        }
        while (len > 0) {
            if (this.pos === this.buf.length)
                this.makeRoom();
            const buf = this.buf;
            const pos = this.pos;
            let from = pos - dist;
            if (from < 0)
                from += buf.length;
            // As much as fits before either end of the buffer.
            const n = Math.min(len, buf.length - pos, buf.length - from);
            if (n >= 64 && (dist >= n || from > pos)) {
                buf.copyWithin(pos, from, from + n);
            }
            else {
                // Byte by byte, forwards: an overlapping match repeats its last `dist` bytes.
                for (let i = 0; i < n; i++)
                    buf[pos + i] = buf[from + i];
            }
            this.pos = pos + n;
            len -= n;
        }
    }
    /** Appends bytes as they are (LZMA2 uncompressed chunks). */
    putAll(bytes) {
        let o = 0;
        while (o < bytes.length) {
            if (this.pos === this.buf.length)
                this.makeRoom();
            const n = Math.min(bytes.length - o, this.buf.length - this.pos);
            this.buf.set(bytes.subarray(o, o + n), this.pos);
            this.pos += n;
            o += n;
        }
        this.total += bytes.length;
    }
    /** Hands the bytes written since the last flush to the sink. */
    flush() {
        if (this.pos > this.flushed) {
            const chunk = this.buf.subarray(this.flushed, this.pos);
            this.flushed = this.pos;
            this.sink(chunk);
        }
    }
    /** Forgets the history (LZMA2 dictionary reset); the buffer is kept. */
    reset() {
        this.flush();
        this.pos = 0;
        this.flushed = 0;
        this.full = false;
        this.total = 0;
    }
    makeRoom() {
        this.flush();
        if (this.buf.length < this.maxSize && !this.full) {
            const next = new Uint8Array(Math.min(this.maxSize, this.buf.length * 2));
            next.set(this.buf);
            this.buf = next;
        }
        else {
            this.pos = 0;
            this.flushed = 0;
            this.full = true;
        }
    }
}
/** The lc/lp/pb byte of an LZMA header. */
function parseLzmaPropertiesByte(d) {
    if (d >= 9 * 5 * 5)
        throw new LzmaError('invalid LZMA properties');
    const lc = d % 9;
    d = (d / 9) | 0;
    return { lc, lp: d % 5, pb: (d / 5) | 0 };
}
/**
 * The LZMA model and its state, decoding into an {@link OutWindow}. Resumable:
 * {@link decode} returns after a requested amount of output and goes on where
 * it stopped on the next call (with the same range decoder).
 */
class LzmaDecoder {
    window;
    dictSize;
    lc = 0;
    lp = 0;
    pb = 0;
    literal = probs(0x300);
    posSlot = probs(NUM_LEN_TO_POS_STATES << 6);
    posDecoders = probs(1 + NUM_FULL_DISTANCES - END_POS_MODEL_INDEX);
    align = probs(1 << NUM_ALIGN_BITS);
    isMatch = probs(NUM_STATES << NUM_POS_BITS_MAX);
    isRep = probs(NUM_STATES);
    isRepG0 = probs(NUM_STATES);
    isRepG1 = probs(NUM_STATES);
    isRepG2 = probs(NUM_STATES);
    isRep0Long = probs(NUM_STATES << NUM_POS_BITS_MAX);
    lenDecoder = new LenDecoder();
    repLenDecoder = new LenDecoder();
    rep0 = 0;
    rep1 = 0;
    rep2 = 0;
    rep3 = 0;
    state = 0;
    constructor(window, dictSize, props) {
        this.window = window;
        this.dictSize = dictSize;
        this.setProperties(props);
    }
    /** New lc/lp/pb (LZMA2 chunks may change them); resets the state too. */
    setProperties({ lc, lp, pb }) {
        if (lc > 8 || lp > 4 || pb > 4)
            throw new LzmaError('invalid LZMA properties');
        if (this.literal.length !== 0x300 << (lc + lp))
            this.literal = probs(0x300 << (lc + lp));
        this.lc = lc;
        this.lp = lp;
        this.pb = pb;
        this.resetState();
    }
    /** Probabilities and state back to their initial values (the dictionary stays). */
    resetState() {
        for (const p of [this.literal, this.posSlot, this.posDecoders, this.align, this.isMatch, this.isRep, this.isRepG0, this.isRepG1, this.isRepG2, this.isRep0Long]) {
            p.fill(1 << (BIT_MODEL_TOTAL_BITS - 1));
        }
        this.lenDecoder.reset();
        this.repLenDecoder.reset();
        this.rep0 = this.rep1 = this.rep2 = this.rep3 = 0;
        this.state = 0;
    }
    /**
     * Decodes until the window's `total` reaches `soft` (a pause: returns false)
     * or `hard`, the end of the data (returns true). At `hard`, an LZMA stream
     * (`chunk` false) must end cleanly or with an end marker; an LZMA2 chunk
     * (`chunk` true) ends there and its caller checks the range decoder. An end
     * marker before `hard` ends the stream (returns true; the caller compares
     * sizes); in an LZMA2 chunk it is an error.
     */
    decode(rc, soft, hard, chunk) {
        const w = this.window;
        const { lc, literal, isMatch, isRep, isRepG0, isRepG1, isRepG2, isRep0Long } = this;
        const pbMask = (1 << this.pb) - 1;
        const lpMask = (1 << this.lp) - 1;
        let { rep0, rep1, rep2, rep3, state } = this;
        try {
            for (;;) {
                const remaining = hard - w.total;
                if (remaining <= 0) {
                    if (chunk || rc.finishedOk())
                        return true;
                    // Only an end marker may follow.
                }
                else if (w.total >= soft) {
                    return false;
                }
                const posState = w.total & pbMask;
                if (rc.bit(isMatch, (state << NUM_POS_BITS_MAX) + posState) === 0) {
                    if (remaining <= 0)
                        throw new LzmaError('data after the declared size');
                    const prev = w.total > 0 ? w.get(1) : 0;
                    const litState = ((w.total & lpMask) << lc) + (prev >>> (8 - lc));
                    const base = 0x300 * litState;
                    let symbol = 1;
                    if (state >= 7) {
                        let matchByte = w.get(rep0 + 1);
                        do {
                            const matchBit = (matchByte >>> 7) & 1;
                            matchByte <<= 1;
                            const bit = rc.bit(literal, base + ((1 + matchBit) << 8) + symbol);
                            symbol = (symbol << 1) | bit;
                            if (matchBit !== bit)
                                break;
                        } while (symbol < 0x100);
                    }
                    while (symbol < 0x100)
                        symbol = (symbol << 1) | rc.bit(literal, base + symbol);
                    w.put(symbol - 0x100);
                    state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
                    continue;
                }
                let len;
                if (rc.bit(isRep, state) !== 0) {
                    if (remaining <= 0)
                        throw new LzmaError('data after the declared size');
                    if (w.total === 0 || !w.has(1))
                        throw new LzmaError('a repeated match at the start of the stream');
                    if (rc.bit(isRepG0, state) === 0) {
                        if (rc.bit(isRep0Long, (state << NUM_POS_BITS_MAX) + posState) === 0) {
                            state = state < 7 ? 9 : 11;
                            w.put(w.get(rep0 + 1));
                            continue;
                        }
                    }
                    else {
                        let dist;
                        if (rc.bit(isRepG1, state) === 0) {
                            dist = rep1;
                        }
                        else {
                            if (rc.bit(isRepG2, state) === 0) {
                                dist = rep2;
                            }
                            else {
                                dist = rep3;
                                rep3 = rep2;
                            }
                            rep2 = rep1;
                        }
                        rep1 = rep0;
                        rep0 = dist;
                    }
                    len = this.repLenDecoder.decode(rc, posState);
                    state = state < 7 ? 8 : 11;
                }
                else {
                    rep3 = rep2;
                    rep2 = rep1;
                    rep1 = rep0;
                    len = this.lenDecoder.decode(rc, posState);
                    state = state < 7 ? 7 : 10;
                    // The distance.
                    const lenState = Math.min(len, NUM_LEN_TO_POS_STATES - 1);
                    const slot = rc.tree(this.posSlot, lenState << 6, 6);
                    if (slot < 4) {
                        rep0 = slot;
                    }
                    else {
                        const numDirectBits = (slot >>> 1) - 1;
                        let dist = (2 | (slot & 1)) * 2 ** numDirectBits;
                        if (slot < END_POS_MODEL_INDEX) {
                            dist += rc.reverseTree(this.posDecoders, dist - slot, numDirectBits);
                        }
                        else {
                            dist += rc.directBits(numDirectBits - NUM_ALIGN_BITS) * 16;
                            dist += rc.reverseTree(this.align, 0, NUM_ALIGN_BITS);
                        }
                        rep0 = dist;
                    }
                    if (rep0 === 0xffffffff) {
                        // End marker.
                        if (chunk)
                            throw new LzmaError('an end marker inside an LZMA2 chunk');
                        if (!rc.finishedOk())
                            throw new LzmaError('corrupted end of stream');
                        return true;
                    }
                    if (remaining <= 0)
                        throw new LzmaError('data after the declared size');
                    if (rep0 >= this.dictSize || !w.has(rep0 + 1))
                        throw new LzmaError('a match reaches before the start of the data');
                }
                len += MATCH_MIN_LEN;
                const bad = len > remaining;
                if (bad)
                    len = remaining;
                w.copyMatch(rep0 + 1, len);
                if (bad)
                    throw new LzmaError('a match runs past the declared size');
            }
        }
        finally {
            this.rep0 = rep0;
            this.rep1 = rep1;
            this.rep2 = rep2;
            this.rep3 = rep3;
            this.state = state;
        }
    }
}
function parseLzmaHeader(b) {
    if (b.length < 13)
        throw new LzmaError('the .lzma header is truncated');
    const props = parseLzmaPropertiesByte(b[0]);
    const view = Buffer.from(b.buffer, b.byteOffset, 13);
    const dictSize = Math.max(view.readUInt32LE(1), 1 << 12);
    const lo = view.readUInt32LE(5);
    const hi = view.readUInt32LE(9);
    const unpackSize = lo === 0xffffffff && hi === 0xffffffff ? undefined : hi * 2 ** 32 + lo;
    return { ...props, dictSize, unpackSize };
}
/** Decodes a whole .lzma file into `out`: past `out.limit` it throws LimitReached, on damage LzmaError; `out` keeps what came before. */
function decodeLzmaAlone(input, out) {
    const header = parseLzmaHeader(input);
    const hard = header.unpackSize ?? Infinity;
    // One byte more than the output may hold: a stream that goes past the limit is stopped by the sink
    // when the window wraps, before a distance could reach back beyond what the window keeps.
    const window = new OutWindow(Math.max(1, Math.min(header.dictSize, hard, out.limit + 1)), (chunk) => {
        const room = out.limit - out.length;
        if (chunk.length > room) {
            out.pushAll(chunk.subarray(0, room));
            throw new _output_js__WEBPACK_IMPORTED_MODULE_0__/* .LimitReached */ .a();
        }
        out.pushAll(chunk);
    });
    const rc = new RangeDecoder(new ArrayInput(input, 13));
    const decoder = new LzmaDecoder(window, header.dictSize, header);
    let done = false;
    try {
        decoder.decode(rc, Infinity, hard, false);
        done = true;
    }
    finally {
        // The bytes decoded before an error are kept (a sink error on this flush replaces the first one only on success).
        if (done)
            window.flush();
        else {
            try {
                window.flush();
            }
            catch {
                // Over the limit as well: the first error stands.
            }
        }
    }
    if (header.unpackSize !== undefined && window.total < header.unpackSize) {
        throw new LzmaError('the stream ends before the declared size');
    }
}


/***/ })

};

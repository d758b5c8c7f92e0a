export const id = 174;
export const ids = [174];
export const modules = {

/***/ 174:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   decodeLzmaAlone: () => (/* binding */ decodeLzmaAlone)
/* harmony export */ });
/* unused harmony exports LzmaError, parseLzmaHeader */
/**
 * LZMA-alone (.lzma) decoder, the format joblib's 'lzma' compressor writes
 * (lzma.FORMAT_ALONE): 5 property bytes, an 8-byte uncompressed size (all ones
 * when unknown), then one LZMA stream. A direct port of Igor Pavlov's reference
 * decoder (LZMA SDK, LzmaSpec.cpp, public domain), with the output bounded:
 * past `out.limit` it throws LimitReached, and on damaged input it throws
 * LzmaError — either way `out` keeps what was decoded before.
 * (No maintained pure-JS/wasm npm package decodes LZMA-alone with a bounded
 * output; the ones that exist buffer everything in JS arrays.)
 */
class LzmaError extends Error {
}
const BIT_MODEL_TOTAL_BITS = 11;
const NUM_MOVE_BITS = 5;
const TOP = 2 ** 24;
const NUM_STATES = 12;
const NUM_POS_BITS_MAX = 4;
const NUM_LEN_TO_POS_STATES = 4;
const NUM_ALIGN_BITS = 4;
const END_POS_MODEL_INDEX = 14;
const NUM_FULL_DISTANCES = 1 << (END_POS_MODEL_INDEX >>> 1);
const MATCH_MIN_LEN = 2;
function probs(n) {
    return new Uint16Array(n).fill(1 << (BIT_MODEL_TOTAL_BITS - 1));
}
class RangeDecoder {
    input;
    range = 0xffffffff;
    code = 0;
    pos;
    constructor(input, start) {
        this.input = input;
        this.pos = start;
        if (this.byte() !== 0)
            throw new LzmaError('corrupted range coder start');
        for (let i = 0; i < 4; i++)
            this.code = (this.code * 256 + this.byte()) >>> 0;
        if (this.code === this.range)
            throw new LzmaError('corrupted range coder start');
    }
    byte() {
        if (this.pos >= this.input.length)
            throw new LzmaError('the stream is truncated');
        return this.input[this.pos++];
    }
    normalize() {
        if (this.range < TOP) {
            this.range = (this.range * 256) >>> 0;
            this.code = ((this.code * 256) + this.byte()) >>> 0;
        }
    }
    finishedOk() {
        return this.code === 0;
    }
    directBits(n) {
        let res = 0;
        do {
            this.range >>>= 1;
            let bit = 0;
            if (this.code >= this.range) {
                this.code -= this.range;
                bit = 1;
            }
            if (this.code === this.range)
                throw new LzmaError('corrupted data');
            this.normalize();
            res = res * 2 + bit;
        } while (--n);
        return res;
    }
    bit(p, i) {
        const v = p[i];
        const bound = (this.range >>> BIT_MODEL_TOTAL_BITS) * v;
        let symbol;
        if (this.code < bound) {
            p[i] = v + (((1 << BIT_MODEL_TOTAL_BITS) - v) >>> NUM_MOVE_BITS);
            this.range = bound;
            symbol = 0;
        }
        else {
            p[i] = v - (v >>> NUM_MOVE_BITS);
            this.code -= bound;
            this.range -= bound;
            symbol = 1;
        }
        this.normalize();
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
    decode(rc, posState) {
        if (rc.bit(this.choice, 0) === 0)
            return rc.tree(this.low, posState << 3, 3);
        if (rc.bit(this.choice, 1) === 0)
            return 8 + rc.tree(this.mid, posState << 3, 3);
        return 16 + rc.tree(this.high, 0, 8);
    }
}
function parseLzmaHeader(b) {
    if (b.length < 13)
        throw new LzmaError('the .lzma header is truncated');
    let d = b[0];
    if (d >= 9 * 5 * 5)
        throw new LzmaError('invalid LZMA properties');
    const lc = d % 9;
    d = (d / 9) | 0;
    const lp = d % 5;
    const pb = (d / 5) | 0;
    const view = Buffer.from(b.buffer, b.byteOffset, 13);
    const dictSize = Math.max(view.readUInt32LE(1), 1 << 12);
    const lo = view.readUInt32LE(5);
    const hi = view.readUInt32LE(9);
    const unpackSize = lo === 0xffffffff && hi === 0xffffffff ? undefined : hi * 2 ** 32 + lo;
    return { lc, lp, pb, dictSize, unpackSize };
}
/** Decodes a whole .lzma file into `out` (see the class comment for how it stops). */
function decodeLzmaAlone(input, out) {
    const { lc, lp, pb, dictSize, unpackSize } = parseLzmaHeader(input);
    const rc = new RangeDecoder(input, 13);
    const literal = probs(0x300 << (lc + lp));
    const posSlot = probs(NUM_LEN_TO_POS_STATES << 6);
    const posDecoders = probs(1 + NUM_FULL_DISTANCES - END_POS_MODEL_INDEX);
    const align = probs(1 << NUM_ALIGN_BITS);
    const isMatch = probs(NUM_STATES << NUM_POS_BITS_MAX);
    const isRep = probs(NUM_STATES);
    const isRepG0 = probs(NUM_STATES);
    const isRepG1 = probs(NUM_STATES);
    const isRepG2 = probs(NUM_STATES);
    const isRep0Long = probs(NUM_STATES << NUM_POS_BITS_MAX);
    const lenDecoder = new LenDecoder();
    const repLenDecoder = new LenDecoder();
    const pbMask = (1 << pb) - 1;
    const lpMask = (1 << lp) - 1;
    let rep0 = 0;
    let rep1 = 0;
    let rep2 = 0;
    let rep3 = 0;
    let state = 0;
    let remaining = unpackSize ?? Infinity;
    const byteAt = (dist) => out.buf[out.length - dist];
    for (;;) {
        if (remaining === 0 && rc.finishedOk())
            return;
        const posState = out.length & pbMask;
        if (rc.bit(isMatch, (state << NUM_POS_BITS_MAX) + posState) === 0) {
            if (remaining === 0)
                throw new LzmaError('data after the declared size');
            const prev = out.length > 0 ? out.buf[out.length - 1] : 0;
            const litState = ((out.length & lpMask) << lc) + (prev >>> (8 - lc));
            const base = 0x300 * litState;
            let symbol = 1;
            if (state >= 7) {
                let matchByte = byteAt(rep0 + 1);
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
            out.push(symbol - 0x100);
            state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
            remaining--;
            continue;
        }
        let len;
        if (rc.bit(isRep, state) !== 0) {
            if (remaining === 0)
                throw new LzmaError('data after the declared size');
            if (out.length === 0)
                throw new LzmaError('a repeated match at the start of the stream');
            if (rc.bit(isRepG0, state) === 0) {
                if (rc.bit(isRep0Long, (state << NUM_POS_BITS_MAX) + posState) === 0) {
                    state = state < 7 ? 9 : 11;
                    out.push(byteAt(rep0 + 1));
                    remaining--;
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
            len = repLenDecoder.decode(rc, posState);
            state = state < 7 ? 8 : 11;
        }
        else {
            rep3 = rep2;
            rep2 = rep1;
            rep1 = rep0;
            len = lenDecoder.decode(rc, posState);
            state = state < 7 ? 7 : 10;
            // The distance.
            const lenState = Math.min(len, NUM_LEN_TO_POS_STATES - 1);
            const slot = rc.tree(posSlot, lenState << 6, 6);
            if (slot < 4) {
                rep0 = slot;
            }
            else {
                const numDirectBits = (slot >>> 1) - 1;
                let dist = (2 | (slot & 1)) * 2 ** numDirectBits;
                if (slot < END_POS_MODEL_INDEX) {
                    dist += rc.reverseTree(posDecoders, dist - slot, numDirectBits);
                }
                else {
                    dist += rc.directBits(numDirectBits - NUM_ALIGN_BITS) * 16;
                    dist += rc.reverseTree(align, 0, NUM_ALIGN_BITS);
                }
                rep0 = dist;
            }
            if (rep0 === 0xffffffff) {
                // End marker.
                if (!rc.finishedOk())
                    throw new LzmaError('corrupted end of stream');
                if (unpackSize !== undefined && remaining !== 0)
                    throw new LzmaError('the stream ends before the declared size');
                return;
            }
            if (remaining === 0)
                throw new LzmaError('data after the declared size');
            if (rep0 >= dictSize || rep0 >= out.length)
                throw new LzmaError('a match reaches before the start of the data');
        }
        len += MATCH_MIN_LEN;
        let bad = false;
        if (len > remaining) {
            len = remaining;
            bad = true;
        }
        const from = rep0 + 1;
        for (let i = 0; i < len; i++)
            out.push(byteAt(from));
        remaining -= len;
        if (bad)
            throw new LzmaError('a match runs past the declared size');
    }
}


/***/ })

};

export const id = 1546;
export const ids = [1546];
export const modules = {

/***/ 1546:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   decodeLz4Frames: () => (/* binding */ decodeLz4Frames)
/* harmony export */ });
/* unused harmony export Lz4Error */
/**
 * LZ4 frame decoder (the format of python-lz4's LZ4FrameFile, which joblib's
 * 'lz4' compressor writes): frames, skippable frames, linked or independent
 * blocks, optional checksums (skipped, like a reader that does not verify them).
 * Every read is bounds-checked and the output is bounded; the npm `lz4js`
 * package checks neither, hence this small decoder.
 */
class Lz4Error extends Error {
}
const MAGIC = 0x184d2204;
function decodeLz4Frames(input, out) {
    const view = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    let p = 0;
    const need = (n) => {
        if (p + n > input.length)
            throw new Lz4Error('the LZ4 stream is truncated');
    };
    let frames = 0;
    while (p < input.length) {
        need(4);
        const magic = view.readUInt32LE(p);
        p += 4;
        if ((magic & 0xfffffff0) === 0x184d2a50) {
            need(4);
            const n = view.readUInt32LE(p);
            p += 4;
            need(n);
            p += n;
            continue;
        }
        if (magic !== MAGIC) {
            if (frames > 0)
                return; // trailing bytes after the last frame are ignored by python-lz4 too
            throw new Lz4Error('not an LZ4 frame');
        }
        frames++;
        need(2);
        const flg = input[p];
        if (flg >>> 6 !== 1)
            throw new Lz4Error('unsupported LZ4 frame version');
        const blockChecksum = (flg & 0x10) !== 0;
        const contentSize = (flg & 0x08) !== 0;
        const contentChecksum = (flg & 0x04) !== 0;
        const dictId = (flg & 0x01) !== 0;
        if (dictId)
            throw new Lz4Error('LZ4 frames with a preset dictionary are not supported');
        p += 2; // FLG, BD
        if (contentSize) {
            need(8);
            p += 8;
        }
        need(1);
        p += 1; // header checksum
        for (;;) {
            need(4);
            const word = view.readUInt32LE(p);
            p += 4;
            if (word === 0)
                break;
            const size = word & 0x7fffffff;
            need(size + (blockChecksum ? 4 : 0));
            if (word & 0x80000000)
                out.pushAll(input.subarray(p, p + size));
            else
                decodeBlock(input, p, p + size, out);
            p += size + (blockChecksum ? 4 : 0);
        }
        if (contentChecksum) {
            need(4);
            p += 4;
        }
    }
}
function decodeBlock(src, start, end, out) {
    let s = start;
    const length = (n) => {
        if (n !== 15)
            return n;
        for (;;) {
            if (s >= end)
                throw new Lz4Error('an LZ4 length runs past its block');
            const b = src[s++];
            n += b;
            if (b !== 255)
                return n;
        }
    };
    while (s < end) {
        const token = src[s++];
        const lit = length(token >>> 4);
        if (s + lit > end)
            throw new Lz4Error('LZ4 literals run past their block');
        out.pushAll(src.subarray(s, s + lit));
        s += lit;
        if (s >= end)
            return; // the last sequence has literals only
        if (s + 2 > end)
            throw new Lz4Error('an LZ4 match offset runs past its block');
        const offset = src[s] | (src[s + 1] << 8);
        s += 2;
        if (offset === 0 || offset > out.length)
            throw new Lz4Error('an LZ4 match reaches before the start of the data');
        const len = length(token & 15) + 4;
        const from = out.length - offset;
        for (let i = 0; i < len; i++)
            out.push(out.buf[from + i]);
    }
}


/***/ })

};

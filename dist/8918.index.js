export const id = 8918;
export const ids = [8918];
export const modules = {

/***/ 7712:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ GgufMalformed),
/* harmony export */   y: () => (/* binding */ GgufCursor)
/* harmony export */ });
/** A GGUF structure that does not fit the file: becomes a `gguf/malformed` finding. */
class GgufMalformed extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
const WINDOW = 1 << 16;
/**
 * Sequential little-endian reads over a ByteSource through a small window, so
 * metadata with 150k vocabulary strings costs a few positioned reads, never
 * the whole file. Every read is checked against the file size first.
 */
class GgufCursor {
    source;
    pos = 0;
    window = new Uint8Array(0);
    windowStart = 0;
    constructor(source) {
        this.source = source;
    }
    get size() {
        return this.source.size;
    }
    get remaining() {
        return this.source.size - this.pos;
    }
    /** Throws unless `count` items of `itemBytes` each fit in what is left of the file. */
    ensure(count, itemBytes, what) {
        if (BigInt(count) * BigInt(itemBytes) > BigInt(this.remaining)) {
            throw new GgufMalformed(`${what} (${count}) cannot fit in the ${this.remaining} bytes left in the file`, this.pos);
        }
    }
    u8() {
        return this.view(1).getUint8(0);
    }
    u32() {
        return this.view(4).getUint32(0, true);
    }
    u64() {
        return this.view(8).getBigUint64(0, true);
    }
    skip(bytes, what) {
        this.ensure(bytes, 1, what);
        this.pos += Number(bytes);
    }
    bytes(length) {
        this.ensure(length, 1, 'a byte string');
        if (length > WINDOW) {
            const out = this.source.read(this.pos, length);
            this.pos += length;
            return out;
        }
        const out = this.fill(length).slice(0, length);
        this.pos += length;
        return out;
    }
    view(length) {
        this.ensure(length, 1, `a ${length}-byte number`);
        const bytes = this.fill(length);
        this.pos += length;
        return new DataView(bytes.buffer, bytes.byteOffset, length);
    }
    /** The bytes at `pos` (at least `length`), refilling the window when needed. */
    fill(length) {
        const rel = this.pos - this.windowStart;
        if (rel < 0 || rel + length > this.window.length) {
            this.window = this.source.read(this.pos, Math.max(WINDOW, length));
            this.windowStart = this.pos;
            return this.window.subarray(0, length);
        }
        return this.window.subarray(rel, rel + length);
    }
}


/***/ }),

/***/ 8918:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ggufScanner: () => (/* binding */ ggufScanner)
});

// EXTERNAL MODULE: ./lib/formats/trailing-data.js
var trailing_data = __webpack_require__(695);
// EXTERNAL MODULE: ./lib/formats/gguf/claim.js
var claim = __webpack_require__(9536);
// EXTERNAL MODULE: ./lib/formats/jinja/template.js + 5 modules
var jinja_template = __webpack_require__(4981);
// EXTERNAL MODULE: ./lib/formats/gguf/cursor.js
var gguf_cursor = __webpack_require__(7712);
// EXTERNAL MODULE: ./lib/formats/gguf/metadata.js
var gguf_metadata = __webpack_require__(3715);
// EXTERNAL MODULE: ./lib/formats/gguf/types.js
var types = __webpack_require__(1505);
;// CONCATENATED MODULE: ./lib/formats/gguf/tensors.js



/** Name length, dimension count, one dimension, type, offset. */
const MIN_TENSOR_INFO_BYTES = 8 + 4 + 8 + 4 + 8;
const MAX_PROBLEMS = 20;
/**
 * Reads the tensor descriptors and checks what loaders trust blindly: the
 * dimension count, dimension products (overflow), the type, alignment, and
 * that every tensor's bytes lie inside the data section without overlapping.
 * Structural errors throw; per-tensor problems are passed to `problem`.
 */
function readTensorInfos(cursor, count, wide, alignment, problem) {
    cursor.ensure(count, MIN_TENSOR_INFO_BYTES, 'the tensor count');
    const utf8 = new TextDecoder();
    const ranges = [];
    const names = new Set();
    const unknownTypes = new Set();
    let reported = 0;
    let sized = true;
    const report = (message, offset) => {
        if (reported++ < MAX_PROBLEMS)
            problem(message, offset);
    };
    for (let i = 0n; i < count; i++) {
        const at = cursor.pos;
        const nameLength = wide ? cursor.u64() : BigInt(cursor.u32());
        cursor.ensure(nameLength, 1, 'a tensor name length');
        if (nameLength > gguf_metadata/* MAX_NAME_BYTES */.pg)
            throw new gguf_cursor/* GgufMalformed */.r(`a tensor name of ${nameLength} bytes`, at);
        const name = utf8.decode(cursor.bytes(Number(nameLength)));
        if (names.has(name))
            report(`the tensor "${name.slice(0, 100)}" appears twice`, at);
        names.add(name);
        const dimCount = cursor.u32();
        if (dimCount > types/* MAX_TENSOR_DIMS */.vY)
            throw new gguf_cursor/* GgufMalformed */.r(`tensor "${name.slice(0, 100)}" has ${dimCount} dimensions (at most ${types/* MAX_TENSOR_DIMS */.vY})`, at);
        const dims = [];
        for (let d = 0; d < dimCount; d++)
            dims.push(wide ? cursor.u64() : BigInt(cursor.u32()));
        const type = cursor.u32();
        const offset = cursor.u64();
        // ggml gains types often: an unknown one is a coverage gap, not evidence of an attack.
        if (!types/* GGML_TYPE_LAYOUT */.mH.has(type))
            unknownTypes.add(type);
        const size = tensorBytes(name, dims, type, report, at);
        if (offset % BigInt(alignment) !== 0n)
            report(`tensor "${name.slice(0, 100)}" starts at ${offset}, not a multiple of the alignment ${alignment}`, at);
        if (size !== undefined)
            ranges.push({ name, start: offset, end: offset + size });
        else
            sized = false;
    }
    const dataStart = alignUp(BigInt(cursor.pos), BigInt(alignment));
    const dataSize = BigInt(cursor.size) - dataStart;
    checkRanges(ranges, dataSize, dataStart, report);
    // Where the last tensor ends, padded to the alignment as writers pad every tensor: loaders read nothing after it.
    let end = 0n;
    for (const range of ranges)
        if (range.end > end)
            end = range.end;
    const dataEnd = sized ? dataStart + alignUp(end, BigInt(alignment)) : undefined;
    return { unknownTypes: [...unknownTypes], dataEnd };
}
/** Bytes a tensor occupies, or undefined when its type or shape makes that meaningless (reported). */
function tensorBytes(name, dims, type, report, at) {
    const layout = types/* GGML_TYPE_LAYOUT */.mH.get(type);
    if (!layout)
        return undefined;
    const label = `tensor "${name.slice(0, 100)}"`;
    let elements = 1n;
    for (const dim of dims)
        elements *= dim;
    // llama.cpp keeps element counts in int64_t; anything above overflows it (CVE-2026-27940 class).
    if (elements >= 1n << 63n) {
        report(`${label} has ${elements} elements, which overflows a 64-bit count`, at);
        return undefined;
    }
    if (dims.length > 0 && dims[0] % BigInt(layout.block) !== 0n) {
        report(`${label} has a first dimension of ${dims[0]}, not a multiple of the ${layout.name} block size ${layout.block}`, at);
        return undefined;
    }
    return (elements / BigInt(layout.block)) * BigInt(layout.bytes);
}
function checkRanges(ranges, dataSize, dataStart, report) {
    ranges.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    let previous;
    for (const range of ranges) {
        const label = `tensor "${range.name.slice(0, 100)}"`;
        if (range.end > dataSize) {
            report(`${label} spans bytes ${range.start}\u2013${range.end} of the data section, which has only ${dataSize < 0n ? 0n : dataSize} (out-of-bounds read)`, Number(dataStart));
        }
        if (previous && range.start < previous.end)
            report(`${label} overlaps tensor "${previous.name.slice(0, 100)}"`, Number(dataStart));
        if (!previous || range.end > previous.end)
            previous = range;
    }
}
function alignUp(value, alignment) {
    return ((value + alignment - 1n) / alignment) * alignment;
}

;// CONCATENATED MODULE: ./lib/formats/gguf/index.js






/**
 * GGUF (llama.cpp): header, metadata key/values, tensor descriptors. Every
 * count and length is checked against the bytes left in the file before it
 * is used; the only code-bearing field is the Jinja chat template.
 */
const ggufScanner = {
    ...claim/* ggufClaim */.W,
    scan: scanGguf,
};
async function scanGguf(ctx) {
    const cursor = new gguf_cursor/* GgufCursor */.y(ctx.source);
    try {
        cursor.skip(4, 'the magic number');
        const version = cursor.u32();
        if (version !== 1 && version !== 2 && version !== 3) {
            const endian = version > 0xffff ? ' (a big-endian file?)' : '';
            ctx.incomplete(`GGUF version ${version}${endian} is not supported`, 4);
            return;
        }
        // Version 1 used 32-bit counts and lengths; 2 and later use 64-bit.
        const wide = version >= 2;
        const tensorCount = wide ? cursor.u64() : BigInt(cursor.u32());
        const kvCount = wide ? cursor.u64() : BigInt(cursor.u32());
        const metadata = (0,gguf_metadata/* readMetadata */._6)(cursor, kvCount, wide);
        for (const template of metadata.chatTemplates)
            (0,jinja_template/* reportChatTemplate */.ZT)(ctx, template.text, `"${template.key}"`, template.offset);
        for (const key of metadata.oversizedTemplates)
            ctx.incomplete(`the chat template "${key}" is too large to analyse`);
        const { unknownTypes, dataEnd } = readTensorInfos(cursor, tensorCount, wide, metadata.alignment, (problem, offset) => malformed(ctx, problem, offset));
        if (unknownTypes.length > 0)
            ctx.incomplete(`tensor types ${unknownTypes.join(', ')} are unknown to the scanner, so those tensors' sizes were not checked`);
        if (dataEnd !== undefined && dataEnd < BigInt(ctx.source.size))
            await routeTrailingBytes(ctx, Number(dataEnd));
    }
    catch (error) {
        if (!(error instanceof gguf_cursor/* GgufMalformed */.r))
            throw error;
        malformed(ctx, error.message, error.offset);
        ctx.incomplete('the GGUF header does not fit the file, so the rest was not read', error.offset);
    }
}
/**
 * Bytes after the last tensor (and its alignment padding) are read by no GGUF
 * loader: the place for a polyglot (a zip or pickle appended to a model that
 * a tool sniffing from the end, or a renamed copy, would load). Scanned as a
 * file of their own, like safetensors trailing bytes.
 */
async function routeTrailingBytes(ctx, start) {
    await (0,trailing_data/* reportTrailingBytes */.i)(ctx, start, 'gguf/trailing-data', 'no GGUF loader reads');
}
function malformed(ctx, problem, offset) {
    ctx.report({ ruleId: 'gguf/malformed', message: `Malformed GGUF: ${problem}.`, offset });
}


/***/ }),

/***/ 3715:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _6: () => (/* binding */ readMetadata),
/* harmony export */   oh: () => (/* binding */ MAX_TEMPLATE_BYTES),
/* harmony export */   pg: () => (/* binding */ MAX_NAME_BYTES)
/* harmony export */ });
/* harmony import */ var _cursor_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7712);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1505);


/** Templates above this are not decoded (real ones are tens of KB). */
const MAX_TEMPLATE_BYTES = 4 * 1024 * 1024;
/** Arrays of arrays deeper than this are refused (llama.cpp refuses any nesting). */
const MAX_ARRAY_DEPTH = 8;
/** Smallest encodings, used to bound counts before looping over them. */
const MIN_KV_BYTES = 8 + 4 + 1; // key length, value type, 1-byte value
const ARRAY_HEADER_BYTES = 4 + 8;
/** Keys and tensor names are short; bounds the one string we must decode per entry. */
const MAX_NAME_BYTES = 65_536;
const isChatTemplateKey = (key) => key === 'tokenizer.chat_template' || key.startsWith('tokenizer.chat_template.');
const utf8 = new TextDecoder('utf-8', { fatal: false });
/** Reads every key/value pair; keeps only what the scan needs (templates, alignment). */
function readMetadata(cursor, kvCount, wide) {
    cursor.ensure(kvCount, MIN_KV_BYTES, 'the metadata key/value count');
    const result = { chatTemplates: [], oversizedTemplates: [], alignment: _types_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_ALIGNMENT */ .e4 };
    const seen = new Set();
    const reader = new ValueReader(cursor, wide);
    for (let i = 0n; i < kvCount; i++) {
        const keyOffset = cursor.pos;
        const keyLength = reader.length('a key length');
        if (keyLength > MAX_NAME_BYTES)
            throw new _cursor_js__WEBPACK_IMPORTED_MODULE_0__/* .GgufMalformed */ .r(`a key of ${keyLength} bytes (keys are short dotted names)`, keyOffset);
        const key = utf8.decode(cursor.bytes(keyLength));
        if (seen.has(key))
            throw new _cursor_js__WEBPACK_IMPORTED_MODULE_0__/* .GgufMalformed */ .r(`the key "${key.slice(0, 100)}" appears twice`, keyOffset);
        seen.add(key);
        const type = cursor.u32();
        if (isChatTemplateKey(key) && type === _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ValueType */ .eV.STRING) {
            const offset = cursor.pos;
            const length = reader.length('a string length');
            if (length > MAX_TEMPLATE_BYTES) {
                cursor.skip(length, 'the chat template');
                result.oversizedTemplates.push(key);
            }
            else
                result.chatTemplates.push({ key, text: utf8.decode(cursor.bytes(length)), offset });
        }
        else if (key === 'general.alignment') {
            result.alignment = readAlignment(cursor, type, keyOffset);
        }
        else
            reader.skipValue(type, 0);
    }
    return result;
}
function readAlignment(cursor, type, offset) {
    if (type !== _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ValueType */ .eV.U32)
        throw new _cursor_js__WEBPACK_IMPORTED_MODULE_0__/* .GgufMalformed */ .r(`"general.alignment" has value type ${type}, not UINT32`, offset);
    const alignment = cursor.u32();
    if (alignment === 0 || (alignment & (alignment - 1)) !== 0)
        throw new _cursor_js__WEBPACK_IMPORTED_MODULE_0__/* .GgufMalformed */ .r(`"general.alignment" is ${alignment}, not a power of two`, offset);
    return alignment;
}
/** Skips values of any type, nested arrays included, with every length bounded by the file. */
class ValueReader {
    cursor;
    wide;
    constructor(cursor, wide) {
        this.cursor = cursor;
        this.wide = wide;
    }
    length(what) {
        const at = this.cursor.pos;
        const value = this.wide ? this.cursor.u64() : BigInt(this.cursor.u32());
        if (value > BigInt(this.cursor.remaining)) {
            throw new _cursor_js__WEBPACK_IMPORTED_MODULE_0__/* .GgufMalformed */ .r(`${what} of ${value} bytes runs past the end of the file (${this.cursor.remaining} bytes left)`, at);
        }
        return Number(value);
    }
    skipValue(type, depth) {
        const fixed = _types_js__WEBPACK_IMPORTED_MODULE_1__/* .FIXED_VALUE_SIZE */ .dc.get(type);
        if (fixed !== undefined)
            this.cursor.skip(fixed, 'a value');
        else if (type === _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ValueType */ .eV.STRING)
            this.cursor.skip(this.length('a string length'), 'a string');
        else if (type === _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ValueType */ .eV.ARRAY)
            this.skipArray(depth + 1);
        else
            throw new _cursor_js__WEBPACK_IMPORTED_MODULE_0__/* .GgufMalformed */ .r(`unknown value type ${type}`, this.cursor.pos - 4);
    }
    skipArray(depth) {
        const at = this.cursor.pos;
        if (depth > MAX_ARRAY_DEPTH)
            throw new _cursor_js__WEBPACK_IMPORTED_MODULE_0__/* .GgufMalformed */ .r(`arrays nested deeper than ${MAX_ARRAY_DEPTH} levels`, at);
        const itemType = this.cursor.u32();
        const count = this.wide ? this.cursor.u64() : BigInt(this.cursor.u32());
        const fixed = _types_js__WEBPACK_IMPORTED_MODULE_1__/* .FIXED_VALUE_SIZE */ .dc.get(itemType);
        if (fixed !== undefined) {
            this.cursor.ensure(count, fixed, 'an array length');
            this.cursor.skip(count * BigInt(fixed), 'an array');
            return;
        }
        if (itemType !== _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ValueType */ .eV.STRING && itemType !== _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ValueType */ .eV.ARRAY)
            throw new _cursor_js__WEBPACK_IMPORTED_MODULE_0__/* .GgufMalformed */ .r(`unknown array item type ${itemType}`, at);
        this.cursor.ensure(count, itemType === _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ValueType */ .eV.STRING ? (this.wide ? 8 : 4) : ARRAY_HEADER_BYTES, 'an array length');
        for (let i = 0n; i < count; i++)
            this.skipValue(itemType, depth);
    }
}


/***/ }),

/***/ 1505:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dc: () => (/* binding */ FIXED_VALUE_SIZE),
/* harmony export */   e4: () => (/* binding */ DEFAULT_ALIGNMENT),
/* harmony export */   eV: () => (/* binding */ ValueType),
/* harmony export */   mH: () => (/* binding */ GGML_TYPE_LAYOUT),
/* harmony export */   vY: () => (/* binding */ MAX_TENSOR_DIMS)
/* harmony export */ });
/** GGUF metadata value types (gguf.md, `gguf_metadata_value_type`). */
const ValueType = {
    U8: 0,
    I8: 1,
    U16: 2,
    I16: 3,
    U32: 4,
    I32: 5,
    F32: 6,
    BOOL: 7,
    STRING: 8,
    ARRAY: 9,
    U64: 10,
    I64: 11,
    F64: 12,
};
/** Byte size of the fixed-size value types; STRING and ARRAY are variable. */
const FIXED_VALUE_SIZE = new Map([
    [ValueType.U8, 1], [ValueType.I8, 1], [ValueType.BOOL, 1],
    [ValueType.U16, 2], [ValueType.I16, 2],
    [ValueType.U32, 4], [ValueType.I32, 4], [ValueType.F32, 4],
    [ValueType.U64, 8], [ValueType.I64, 8], [ValueType.F64, 8],
]);
/**
 * ggml tensor types: elements per block and bytes per block (ggml.c
 * `type_traits`). Used only to check that a tensor's bytes fit the file.
 */
const GGML_TYPE_LAYOUT = new Map([
    [0, { block: 1, bytes: 4, name: 'F32' }],
    [1, { block: 1, bytes: 2, name: 'F16' }],
    [2, { block: 32, bytes: 18, name: 'Q4_0' }],
    [3, { block: 32, bytes: 20, name: 'Q4_1' }],
    [6, { block: 32, bytes: 22, name: 'Q5_0' }],
    [7, { block: 32, bytes: 24, name: 'Q5_1' }],
    [8, { block: 32, bytes: 34, name: 'Q8_0' }],
    [9, { block: 32, bytes: 36, name: 'Q8_1' }],
    [10, { block: 256, bytes: 84, name: 'Q2_K' }],
    [11, { block: 256, bytes: 110, name: 'Q3_K' }],
    [12, { block: 256, bytes: 144, name: 'Q4_K' }],
    [13, { block: 256, bytes: 176, name: 'Q5_K' }],
    [14, { block: 256, bytes: 210, name: 'Q6_K' }],
    [15, { block: 256, bytes: 292, name: 'Q8_K' }],
    [16, { block: 256, bytes: 66, name: 'IQ2_XXS' }],
    [17, { block: 256, bytes: 74, name: 'IQ2_XS' }],
    [18, { block: 256, bytes: 98, name: 'IQ3_XXS' }],
    [19, { block: 256, bytes: 50, name: 'IQ1_S' }],
    [20, { block: 32, bytes: 18, name: 'IQ4_NL' }],
    [21, { block: 256, bytes: 110, name: 'IQ3_S' }],
    [22, { block: 256, bytes: 82, name: 'IQ2_S' }],
    [23, { block: 256, bytes: 136, name: 'IQ4_XS' }],
    [24, { block: 1, bytes: 1, name: 'I8' }],
    [25, { block: 1, bytes: 2, name: 'I16' }],
    [26, { block: 1, bytes: 4, name: 'I32' }],
    [27, { block: 1, bytes: 8, name: 'I64' }],
    [28, { block: 1, bytes: 8, name: 'F64' }],
    [29, { block: 256, bytes: 56, name: 'IQ1_M' }],
    [30, { block: 1, bytes: 2, name: 'BF16' }],
    [34, { block: 256, bytes: 54, name: 'TQ1_0' }],
    [35, { block: 256, bytes: 66, name: 'TQ2_0' }],
    [39, { block: 32, bytes: 17, name: 'MXFP4' }],
]);
/** llama.cpp's GGML_MAX_DIMS. */
const MAX_TENSOR_DIMS = 4;
const DEFAULT_ALIGNMENT = 32;


/***/ })

};

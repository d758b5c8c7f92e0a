export const id = 6011;
export const ids = [6011];
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


/***/ }),

/***/ 6011:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chatTemplateScanner: () => (/* binding */ chatTemplateScanner)
/* harmony export */ });
/* harmony import */ var _gguf_metadata_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3715);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4981);
/* harmony import */ var _claim_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5043);



/**
 * Standalone chat templates (`chat_template.jinja` beside a Hugging Face
 * tokenizer). Recognised by name only: Jinja has no signature.
 */
const chatTemplateScanner = {
    ..._claim_js__WEBPACK_IMPORTED_MODULE_2__/* .chatTemplateClaim */ .v,
    scan: (ctx) => {
        if (ctx.source.size > _gguf_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TEMPLATE_BYTES */ .oh) {
            ctx.incomplete(`the template is larger than ${_gguf_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TEMPLATE_BYTES */ .oh} bytes`);
            return;
        }
        const text = new TextDecoder().decode(ctx.source.read(0, ctx.source.size)).replace(/^\uFEFF/, '');
        const name = (ctx.member ?? ctx.file).split('/').pop() ?? 'template';
        (0,_template_js__WEBPACK_IMPORTED_MODULE_1__/* .reportChatTemplate */ .ZT)(ctx, text, `"${name}"`);
    },
};


/***/ })

};

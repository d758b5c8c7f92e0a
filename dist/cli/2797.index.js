export const id = 2797;
export const ids = [2797];
export const modules = {

/***/ 5495:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ parsePyInt),
/* harmony export */   Fh: () => (/* binding */ parsePyFloat),
/* harmony export */   h0: () => (/* binding */ decodeUtf8Strict),
/* harmony export */   rf: () => (/* binding */ decodeRawUnicodeEscape),
/* harmony export */   up: () => (/* binding */ decodeStringEscapes),
/* harmony export */   xN: () => (/* binding */ decodeUtf8SurrogatePass)
/* harmony export */ });
/** Decoding of protocol-0 text arguments, as CPython's unpickler reads them. */
/** int(text, 0) as the INT/LONG/PUT/GET opcodes accept it; undefined when invalid. */
function parsePyInt(text) {
    // Fast path: short plain decimals (every INT/PUT/GET a protocol-0 pickler writes).
    const len = text.length;
    if (len > 0 && len <= 15) {
        let i = text.charCodeAt(0) === 0x2d ? 1 : 0;
        let v = 0;
        for (; i < len; i++) {
            const c = text.charCodeAt(i) - 0x30;
            if (c < 0 || c > 9)
                break;
            v = v * 10 + c;
        }
        if (i === len && len > (text.charCodeAt(0) === 0x2d ? 1 : 0))
            return text.charCodeAt(0) === 0x2d ? -v : v;
    }
    let s = text.trim().replaceAll('_', '');
    let negative = false;
    if (s.startsWith('-') || s.startsWith('+')) {
        negative = s[0] === '-';
        s = s.slice(1);
    }
    let digits;
    if (/^0[xX][0-9a-fA-F]+$/.test(s) || /^0[oO][0-7]+$/.test(s) || /^0[bB][01]+$/.test(s))
        digits = s;
    else if (/^[0-9]+$/.test(s))
        digits = s.length > 1 ? s.replace(/^0+(?=\d)/, '') : s;
    else
        return undefined;
    let v = BigInt(digits);
    if (negative)
        v = -v;
    return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}
const SIMPLE_ESCAPES = {
    '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\n': '',
};
/**
 * The body of a quoted STRING argument (codecs.escape_decode): \xhh, octal and
 * the C escapes; unknown escapes stay as written. Returns latin-1 text (one char per byte).
 */
function decodeStringEscapes(body) {
    if (!body.includes('\\'))
        return body;
    let out = '';
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== '\\' || i + 1 >= body.length) {
            out += c;
            continue;
        }
        const e = body[++i];
        const simple = SIMPLE_ESCAPES[e];
        if (simple !== undefined) {
            out += simple;
        }
        else if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(body.slice(i + 1, i + 3))) {
            out += String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16));
            i += 2;
        }
        else if (e >= '0' && e <= '7') {
            let j = i;
            while (j < i + 3 && j < body.length && body[j] >= '0' && body[j] <= '7')
                j++;
            out += String.fromCharCode(parseInt(body.slice(i, j), 8) & 0xff);
            i = j - 1;
        }
        else {
            out += '\\' + e;
        }
    }
    return out;
}
/**
 * A UNICODE argument (raw-unicode-escape): latin-1 bytes where only \uXXXX and
 * \UXXXXXXXX (after an odd run of backslashes) are escapes.
 */
function decodeRawUnicodeEscape(line) {
    if (!line.includes('\\'))
        return line;
    let out = '';
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === '\\') {
            let run = 1;
            while (line[i + run] === '\\')
                run++;
            const next = line[i + run];
            if (run % 2 === 1 && (next === 'u' || next === 'U')) {
                const width = next === 'u' ? 4 : 8;
                const hex = line.slice(i + run + 1, i + run + 1 + width);
                if (hex.length === width && /^[0-9a-fA-F]+$/.test(hex)) {
                    out += '\\'.repeat(run - 1);
                    const cp = parseInt(hex, 16);
                    out += cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
                    i += run + width;
                    continue;
                }
            }
            out += '\\'.repeat(run);
            i += run - 1;
            continue;
        }
        out += c;
    }
    return out;
}
/** float(text) as the FLOAT opcode accepts it (repr output, inf, nan); undefined when invalid. */
function parsePyFloat(text) {
    const s = text.trim().replaceAll('_', '').toLowerCase();
    const m = /^([+-]?)(inf|infinity|nan)$/.exec(s);
    if (m)
        return m[2] === 'nan' ? NaN : m[1] === '-' ? -Infinity : Infinity;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(s))
        return undefined;
    return Number(s);
}
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
/** bytes.decode('utf-8') (strict): GLOBAL and INST lines. Undefined when Python would raise. */
function decodeUtf8Strict(bytes) {
    try {
        return STRICT_UTF8.decode(bytes);
    }
    catch {
        return undefined;
    }
}
/**
 * bytes.decode('utf-8', 'surrogatepass'): how the C unpickler decodes
 * BINUNICODE, SHORT_BINUNICODE and BINUNICODE8. Encoded surrogates (ED A0..BF xx)
 * are accepted; anything else invalid makes Python raise (undefined).
 */
function decodeUtf8SurrogatePass(b) {
    let out = '';
    let i = 0;
    const n = b.length;
    while (i < n) {
        const c = b[i];
        let cp;
        let len;
        if (c < 0x80) {
            cp = c;
            len = 1;
        }
        else if (c >= 0xc2 && c <= 0xdf) {
            len = 2;
            cp = c & 0x1f;
        }
        else if (c >= 0xe0 && c <= 0xef) {
            len = 3;
            cp = c & 0x0f;
        }
        else if (c >= 0xf0 && c <= 0xf4) {
            len = 4;
            cp = c & 0x07;
        }
        else
            return undefined;
        if (i + len > n)
            return undefined;
        for (let k = 1; k < len; k++) {
            const cc = b[i + k];
            if ((cc & 0xc0) !== 0x80)
                return undefined;
            cp = (cp << 6) | (cc & 0x3f);
        }
        // Overlong forms and values past U+10FFFF are invalid; surrogates pass.
        if ((len === 3 && cp < 0x800) || (len === 4 && (cp < 0x10000 || cp > 0x10ffff)))
            return undefined;
        out += cp > 0xffff ? String.fromCodePoint(cp) : String.fromCharCode(cp);
        i += len;
    }
    return out;
}


/***/ }),

/***/ 2797:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ Collector),
  E: () => (/* binding */ PickleMachine)
});

// EXTERNAL MODULE: ./lib/policy/pickle-globals.js
var pickle_globals = __webpack_require__(9971);
// EXTERNAL MODULE: ./lib/formats/pickle/compat.js
var compat = __webpack_require__(2689);
// EXTERNAL MODULE: ./lib/formats/pickle/literals.js
var literals = __webpack_require__(5495);
;// CONCATENATED MODULE: ./lib/formats/pickle/opcodes.js
/**
 * Pickle opcodes, protocols 0\u20135 (the byte values CPython's Lib/pickle.py defines).
 * Only the names are here; what each one does is in machine.ts.
 */
var Op;
(function (Op) {
    Op[Op["MARK"] = 40] = "MARK";
    Op[Op["STOP"] = 46] = "STOP";
    Op[Op["POP"] = 48] = "POP";
    Op[Op["POP_MARK"] = 49] = "POP_MARK";
    Op[Op["DUP"] = 50] = "DUP";
    Op[Op["FLOAT"] = 70] = "FLOAT";
    Op[Op["INT"] = 73] = "INT";
    Op[Op["BININT"] = 74] = "BININT";
    Op[Op["BININT1"] = 75] = "BININT1";
    Op[Op["LONG"] = 76] = "LONG";
    Op[Op["BININT2"] = 77] = "BININT2";
    Op[Op["NONE"] = 78] = "NONE";
    Op[Op["PERSID"] = 80] = "PERSID";
    Op[Op["BINPERSID"] = 81] = "BINPERSID";
    Op[Op["REDUCE"] = 82] = "REDUCE";
    Op[Op["STRING"] = 83] = "STRING";
    Op[Op["BINSTRING"] = 84] = "BINSTRING";
    Op[Op["SHORT_BINSTRING"] = 85] = "SHORT_BINSTRING";
    Op[Op["UNICODE"] = 86] = "UNICODE";
    Op[Op["BINUNICODE"] = 88] = "BINUNICODE";
    Op[Op["APPEND"] = 97] = "APPEND";
    Op[Op["BUILD"] = 98] = "BUILD";
    Op[Op["GLOBAL"] = 99] = "GLOBAL";
    Op[Op["DICT"] = 100] = "DICT";
    Op[Op["APPENDS"] = 101] = "APPENDS";
    Op[Op["GET"] = 103] = "GET";
    Op[Op["BINGET"] = 104] = "BINGET";
    Op[Op["INST"] = 105] = "INST";
    Op[Op["LONG_BINGET"] = 106] = "LONG_BINGET";
    Op[Op["LIST"] = 108] = "LIST";
    Op[Op["OBJ"] = 111] = "OBJ";
    Op[Op["PUT"] = 112] = "PUT";
    Op[Op["BINPUT"] = 113] = "BINPUT";
    Op[Op["LONG_BINPUT"] = 114] = "LONG_BINPUT";
    Op[Op["SETITEM"] = 115] = "SETITEM";
    Op[Op["TUPLE"] = 116] = "TUPLE";
    Op[Op["SETITEMS"] = 117] = "SETITEMS";
    Op[Op["EMPTY_DICT"] = 125] = "EMPTY_DICT";
    Op[Op["EMPTY_LIST"] = 93] = "EMPTY_LIST";
    Op[Op["EMPTY_TUPLE"] = 41] = "EMPTY_TUPLE";
    Op[Op["BINFLOAT"] = 71] = "BINFLOAT";
    // protocol 2
    Op[Op["PROTO"] = 128] = "PROTO";
    Op[Op["NEWOBJ"] = 129] = "NEWOBJ";
    Op[Op["EXT1"] = 130] = "EXT1";
    Op[Op["EXT2"] = 131] = "EXT2";
    Op[Op["EXT4"] = 132] = "EXT4";
    Op[Op["TUPLE1"] = 133] = "TUPLE1";
    Op[Op["TUPLE2"] = 134] = "TUPLE2";
    Op[Op["TUPLE3"] = 135] = "TUPLE3";
    Op[Op["NEWTRUE"] = 136] = "NEWTRUE";
    Op[Op["NEWFALSE"] = 137] = "NEWFALSE";
    Op[Op["LONG1"] = 138] = "LONG1";
    Op[Op["LONG4"] = 139] = "LONG4";
    // protocol 3
    Op[Op["BINBYTES"] = 66] = "BINBYTES";
    Op[Op["SHORT_BINBYTES"] = 67] = "SHORT_BINBYTES";
    // protocol 4
    Op[Op["SHORT_BINUNICODE"] = 140] = "SHORT_BINUNICODE";
    Op[Op["BINUNICODE8"] = 141] = "BINUNICODE8";
    Op[Op["BINBYTES8"] = 142] = "BINBYTES8";
    Op[Op["EMPTY_SET"] = 143] = "EMPTY_SET";
    Op[Op["ADDITEMS"] = 144] = "ADDITEMS";
    Op[Op["FROZENSET"] = 145] = "FROZENSET";
    Op[Op["NEWOBJ_EX"] = 146] = "NEWOBJ_EX";
    Op[Op["STACK_GLOBAL"] = 147] = "STACK_GLOBAL";
    Op[Op["MEMOIZE"] = 148] = "MEMOIZE";
    Op[Op["FRAME"] = 149] = "FRAME";
    // protocol 5
    Op[Op["BYTEARRAY8"] = 150] = "BYTEARRAY8";
    Op[Op["NEXT_BUFFER"] = 151] = "NEXT_BUFFER";
    Op[Op["READONLY_BUFFER"] = 152] = "READONLY_BUFFER";
})(Op || (Op = {}));
const HIGHEST_PROTOCOL = 5;
const NAMES = {
    0x28: 'MARK', 0x2e: 'STOP', 0x30: 'POP', 0x31: 'POP_MARK', 0x32: 'DUP', 0x46: 'FLOAT', 0x49: 'INT', 0x4a: 'BININT',
    0x4b: 'BININT1', 0x4c: 'LONG', 0x4d: 'BININT2', 0x4e: 'NONE', 0x50: 'PERSID', 0x51: 'BINPERSID', 0x52: 'REDUCE',
    0x53: 'STRING', 0x54: 'BINSTRING', 0x55: 'SHORT_BINSTRING', 0x56: 'UNICODE', 0x58: 'BINUNICODE', 0x61: 'APPEND',
    0x62: 'BUILD', 0x63: 'GLOBAL', 0x64: 'DICT', 0x65: 'APPENDS', 0x67: 'GET', 0x68: 'BINGET', 0x69: 'INST',
    0x6a: 'LONG_BINGET', 0x6c: 'LIST', 0x6f: 'OBJ', 0x70: 'PUT', 0x71: 'BINPUT', 0x72: 'LONG_BINPUT', 0x73: 'SETITEM',
    0x74: 'TUPLE', 0x75: 'SETITEMS', 0x7d: 'EMPTY_DICT', 0x5d: 'EMPTY_LIST', 0x29: 'EMPTY_TUPLE', 0x47: 'BINFLOAT',
    0x80: 'PROTO', 0x81: 'NEWOBJ', 0x82: 'EXT1', 0x83: 'EXT2', 0x84: 'EXT4', 0x85: 'TUPLE1', 0x86: 'TUPLE2',
    0x87: 'TUPLE3', 0x88: 'NEWTRUE', 0x89: 'NEWFALSE', 0x8a: 'LONG1', 0x8b: 'LONG4', 0x42: 'BINBYTES',
    0x43: 'SHORT_BINBYTES', 0x8c: 'SHORT_BINUNICODE', 0x8d: 'BINUNICODE8', 0x8e: 'BINBYTES8', 0x8f: 'EMPTY_SET',
    0x90: 'ADDITEMS', 0x91: 'FROZENSET', 0x92: 'NEWOBJ_EX', 0x93: 'STACK_GLOBAL', 0x94: 'MEMOIZE', 0x95: 'FRAME',
    0x96: 'BYTEARRAY8', 0x97: 'NEXT_BUFFER', 0x98: 'READONLY_BUFFER',
};
/** A lookup table: is this byte an opcode at all? (Used by sniffing and resync.) */
const IS_OPCODE = (() => {
    const table = new Uint8Array(256);
    for (const key of Object.keys(NAMES))
        table[Number(key)] = 1;
    return table;
})();
function opName(op) {
    return NAMES[op] ?? `0x${op.toString(16).padStart(2, '0')}`;
}

// EXTERNAL MODULE: ./lib/formats/pickle/reader.js
var reader = __webpack_require__(4612);
// EXTERNAL MODULE: ./lib/formats/pickle/values.js
var values = __webpack_require__(8077);
;// CONCATENATED MODULE: ./lib/formats/pickle/joblib.js


/**
 * joblib writes each numpy array as a NumpyArrayWrapper placeholder and puts the
 * array right after the BUILD that completes it: raw bytes (after an optional
 * alignment pad) or, for object arrays, a whole nested pickle. joblib's
 * unpickler reads them at that BUILD; we skip the raw bytes and scan the nested
 * pickle, so the stream stays in step.
 */
function afterArrayWrapper(r, state, at, subPickle) {
    if (!(state instanceof values/* PyDict */.KL))
        throw new reader/* PickleError */.z4(`joblib array placeholder without a state dict at offset ${at}`, at);
    const dtype = dtypeInfo(state.get('dtype'));
    if (!dtype)
        throw new reader/* PickleError */.z4(`joblib array placeholder with an unreadable dtype at offset ${at}`, at);
    if (dtype.hasObject) {
        subPickle();
        return;
    }
    const shape = state.get('shape');
    let count = 1;
    if (shape instanceof values/* PyTuple */.Wc) {
        if (shape.count !== shape.items.length)
            throw new reader/* PickleError */.z4(`joblib array placeholder with too many dimensions at offset ${at}`, at);
        for (const n of shape.items) {
            if (typeof n !== 'number' || n < 0)
                throw new reader/* PickleError */.z4(`joblib array placeholder with an unreadable shape at offset ${at}`, at);
            count *= n;
        }
    }
    else if (typeof shape === 'number') {
        count = shape;
    }
    else {
        throw new reader/* PickleError */.z4(`joblib array placeholder with an unreadable shape at offset ${at}`, at);
    }
    const alignment = state.get('numpy_array_alignment_bytes');
    if (alignment !== undefined && alignment !== null) {
        const pad = r.u8();
        r.skip(pad);
    }
    r.skip(count * dtype.itemSize);
}
/** Item size and object-ness of a pickled numpy.dtype(...) call with its BUILD state. */
function dtypeInfo(v) {
    if (!(v instanceof values/* PyCall */.Am))
        return undefined;
    const spec = v.args[0];
    if (typeof spec !== 'string')
        return undefined;
    // State: (version, byteorder, subarray, names, fields, elsize, alignment, flags).
    const st = v.state instanceof values/* PyTuple */.Wc ? v.state.items : [];
    const elsize = st[5];
    const flags = st[7];
    const hasObject = spec.replace(/^[<>=|]/, '').startsWith('O') || (typeof flags === 'number' && (flags & 1) === 1);
    if (typeof elsize === 'number' && elsize > 0)
        return { itemSize: elsize, hasObject };
    const m = /^[<>=|]?([a-zA-Z])(\d*)$/.exec(spec);
    if (!m)
        return undefined;
    const kind = m[1];
    const n = m[2] ? Number(m[2]) : undefined;
    if (kind === 'O')
        return { itemSize: 8, hasObject: true };
    if (n === undefined)
        return kind === 'b' || kind === '?' ? { itemSize: 1, hasObject } : undefined;
    return { itemSize: kind === 'U' ? 4 * n : n, hasObject };
}

;// CONCATENATED MODULE: ./lib/formats/pickle/machine.js







/** Strings up to this many bytes are decoded into JS strings; longer ones stay as references into the source. */
const INLINE_STR = 64 * 1024;
/** Longest protocol-0 text argument (a GLOBAL line, a quoted STRING). */
const MAX_LINE = 1024 * 1024;
/** Calls remembered per global (the first one carries the arguments reported). */
const KEEP_CALLS = 8;
/** Memo indexes below this live in a dense array; sparse or huge ones in a Map. */
const DENSE_MEMO = 1 << 26;
/** Longest string a folded call may produce (names are short; this only bounds work). */
const MAX_FOLDED = 4096;
/** Attributes remembered per global written by BUILD (threats B2, D11). */
const MAX_ATTRS = 64;
/**
 * A memo slot holding a str that was read from the source: only its offset and
 * length are kept (memoStrAt/memoStrLen) and GET decodes it again. Millions of
 * memoized strings then cost 12 bytes each and nothing for the garbage collector.
 */
const MEMO_STR = new values/* PyOpaque */.Lr('memoized str');
/** What one or more pickle streams did, for findings.ts to turn into findings. */
class Collector {
    /** Globals not on the allowlist (including unresolved ones), in import order. */
    globals = [];
    /** Calls whose callee is not a named global (a call result, an unknown value). */
    dynamicCalls = [];
    /** BUILD applied to a module, class or function: attributes written on code. */
    gadgets = [];
    /** Calls to loaders that deserialize their argument. */
    nested = [];
    /** Frame boundaries not respected (threats B8). */
    frameIssues = [];
    globalCount = 0;
    callCount = 0;
    /** Calls so far to callables that write or create files (threats C8, D13). */
    fileCalls = 0;
    /** When set, persistent ids are appended here (legacy torch walks its storages by them). */
    persistentIds;
    get hasFindings() {
        return this.globals.length + this.dynamicCalls.length + this.gadgets.length + this.frameIssues.length > 0;
    }
}
/**
 * Executes one pickle stream symbolically: the unpickler's stack, mark stack and
 * memo, with imports and calls recorded instead of performed. Stops after STOP
 * (returns) or on malformed input (throws PickleError; what was recorded stays).
 *
 * Hot path notes: the stack is an array with an explicit top (`sp`) that never
 * shrinks, so batches of APPENDS/SETITEMS do not reallocate it; the memo is a
 * dense array; the switch is over small integers only.
 */
class PickleMachine {
    r;
    policy;
    limits;
    out;
    stack = [];
    sp = 0;
    /** Stack heights at each MARK (the C unpickler's layout). */
    marks = [];
    fence = 0;
    memo = [];
    memoSparse;
    memoCount = 0;
    memoStrAt = new Float64Array(0);
    memoStrLen = new Uint32Array(0);
    /** The str the fast path pushed last: where its bytes are, and its stack slot. */
    lastStr;
    lastStrAt = 0;
    lastStrLen = 0;
    lastStrSp = -1;
    proto = 0;
    opcodes = 0;
    /** The value STOP returned. */
    result = null;
    maxStack;
    frameEnd = -1;
    /** Cache of verdicts by "module name". */
    verdicts;
    /** Attributes written by BUILD on globals ("module name" -> attribute -> value). */
    attrs;
    constructor(r, policy, limits, out, verdictCache) {
        this.r = r;
        this.policy = policy;
        this.limits = limits;
        this.out = out;
        this.verdicts = verdictCache ?? new Map();
        this.maxStack = limits.maxStackDepth;
    }
    /** Runs to STOP; returns the offset just past it. */
    run() {
        const r = this.r;
        const stack = this.stack;
        const maxOpcodes = this.limits.maxOpcodes;
        const checkBudget = this.limits.checkBudget;
        let opcodes = this.opcodes;
        let checked = opcodes;
        try {
            for (;;) {
                opcodes = this.fast(opcodes, maxOpcodes);
                if (opcodes - checked >= 0x10000) {
                    checked = opcodes;
                    if (checkBudget)
                        checkBudget();
                }
                const start = r.pos;
                if (++opcodes > maxOpcodes) {
                    throw new reader/* PickleError */.z4(`stopped after ${maxOpcodes} opcodes (opcode limit)`, start, true);
                }
                const op = r.byte();
                switch (op) {
                    case -1:
                        throw new reader/* TruncatedError */.DF(`data ends at offset ${start} before the STOP opcode`, start);
                    case Op.MARK:
                        if (this.marks.length >= this.maxStack)
                            throw this.limit('mark', start);
                        this.marks.push(this.sp);
                        this.fence = this.sp;
                        break;
                    case Op.STOP:
                        this.result = this.pop(start);
                        return r.pos;
                    case Op.POP:
                        if (this.marks.length > 0 && this.fence === this.sp)
                            this.popMarkOnly();
                        else
                            this.pop(start);
                        break;
                    case Op.POP_MARK:
                        this.sp = this.popMark(start);
                        break;
                    case Op.DUP:
                        this.push(this.top(start), start);
                        break;
                    // ---- literals
                    case Op.NONE:
                        this.push(null, start);
                        break;
                    case Op.NEWTRUE:
                        this.push(true, start);
                        break;
                    case Op.NEWFALSE:
                        this.push(false, start);
                        break;
                    case Op.BININT:
                        this.push(r.i32(), start);
                        break;
                    case Op.BININT1:
                        this.push(r.u8(), start);
                        break;
                    case Op.BININT2:
                        this.push(r.u16(), start);
                        break;
                    case Op.BINFLOAT:
                        this.push(r.f64be(), start);
                        break;
                    case Op.LONG1:
                        this.push(this.longBytes(r.u8()), start);
                        break;
                    case Op.LONG4: {
                        const n = r.i32();
                        if (n < 0)
                            throw new reader/* PickleError */.z4(`LONG4 with negative length at offset ${start}`, start);
                        this.push(this.longBytes(n), start);
                        break;
                    }
                    case Op.INT: {
                        const line = r.line(MAX_LINE);
                        if (line === '01')
                            this.push(true, start);
                        else if (line === '00')
                            this.push(false, start);
                        else
                            this.push(this.intLine(line, start), start);
                        break;
                    }
                    case Op.LONG: {
                        const line = r.line(MAX_LINE);
                        this.push(this.intLine(line.endsWith('L') ? line.slice(0, -1) : line, start), start);
                        break;
                    }
                    case Op.FLOAT: {
                        const v = (0,literals/* parsePyFloat */.Fh)(r.line(MAX_LINE));
                        if (v === undefined)
                            throw this.bad(`FLOAT argument is not a number`, start);
                        this.push(v, start);
                        break;
                    }
                    // ---- strings and bytes
                    case Op.STRING: {
                        const line = r.line(MAX_LINE);
                        const q = line.charCodeAt(0);
                        if (line.length < 2 || (q !== 0x22 && q !== 0x27) || line.charCodeAt(line.length - 1) !== q) {
                            throw this.bad('STRING argument is not quoted', start);
                        }
                        this.push((0,literals/* decodeStringEscapes */.up)(line.slice(1, -1)), start);
                        break;
                    }
                    case Op.UNICODE:
                        this.push((0,literals/* decodeRawUnicodeEscape */.rf)(r.line(MAX_LINE)), start);
                        break;
                    case Op.BINSTRING: {
                        const n = r.i32();
                        if (n < 0)
                            throw this.bad('BINSTRING with negative length', start);
                        this.push(this.latin1(n), start);
                        break;
                    }
                    case Op.SHORT_BINSTRING:
                        this.push(this.latin1(r.u8()), start);
                        break;
                    case Op.BINUNICODE:
                        this.push(this.unicode(r.u32(), start), start);
                        break;
                    case Op.SHORT_BINUNICODE:
                        this.push(this.unicode(r.u8(), start), start);
                        break;
                    case Op.BINUNICODE8:
                        this.push(this.unicode(r.u64(), start), start);
                        break;
                    case Op.BINBYTES:
                        this.push(this.bytes(r.u32(), false), start);
                        break;
                    case Op.SHORT_BINBYTES:
                        this.push(this.bytes(r.u8(), false), start);
                        break;
                    case Op.BINBYTES8:
                        this.push(this.bytes(r.u64(), false), start);
                        break;
                    case Op.BYTEARRAY8:
                        this.push(this.bytes(r.u64(), true), start);
                        break;
                    case Op.NEXT_BUFFER:
                        this.push(new values/* PyOpaque */.Lr('out-of-band buffer'), start);
                        break;
                    case Op.READONLY_BUFFER:
                        this.top(start);
                        break;
                    // ---- containers
                    case Op.EMPTY_LIST:
                        this.push(new values/* PyList */._H(), start);
                        break;
                    case Op.EMPTY_TUPLE:
                        this.push(new values/* PyTuple */.Wc([]), start);
                        break;
                    case Op.EMPTY_DICT:
                        this.push(new values/* PyDict */.KL(), start);
                        break;
                    case Op.EMPTY_SET:
                        this.push(new values/* PySet */.gG(false), start);
                        break;
                    case Op.TUPLE1: {
                        const a = this.pop(start);
                        stack[this.sp++] = new values/* PyTuple */.Wc([a]);
                        break;
                    }
                    case Op.TUPLE2: {
                        const b = this.pop(start);
                        const a = this.pop(start);
                        stack[this.sp++] = new values/* PyTuple */.Wc([a, b]);
                        break;
                    }
                    case Op.TUPLE3: {
                        const c = this.pop(start);
                        const b = this.pop(start);
                        const a = this.pop(start);
                        stack[this.sp++] = new values/* PyTuple */.Wc([a, b, c]);
                        break;
                    }
                    case Op.TUPLE: {
                        const m = this.popMark(start);
                        const t = new values/* PyTuple */.Wc(stack.slice(m, Math.min(this.sp, m + values/* KEEP_ITEMS */.dx)), this.sp - m);
                        this.sp = m;
                        stack[this.sp++] = t;
                        break;
                    }
                    case Op.LIST: {
                        const m = this.popMark(start);
                        const l = new values/* PyList */._H();
                        for (let i = m; i < this.sp; i++)
                            l.add(stack[i]);
                        this.sp = m;
                        stack[this.sp++] = l;
                        break;
                    }
                    case Op.DICT: {
                        const m = this.popMark(start);
                        const dict = new values/* PyDict */.KL();
                        for (let i = m; i + 1 < this.sp; i += 2)
                            dict.set(stack[i], stack[i + 1]);
                        this.sp = m;
                        stack[this.sp++] = dict;
                        break;
                    }
                    case Op.FROZENSET: {
                        const m = this.popMark(start);
                        const s = new values/* PySet */.gG(true);
                        for (let i = m; i < this.sp; i++)
                            s.add(stack[i]);
                        this.sp = m;
                        stack[this.sp++] = s;
                        break;
                    }
                    case Op.APPEND: {
                        const v = this.pop(start);
                        const target = this.top(start);
                        if (target instanceof values/* PyList */._H)
                            target.add(v);
                        break;
                    }
                    case Op.APPENDS: {
                        const m = this.popMark(start);
                        const target = this.below(m, start);
                        if (target instanceof values/* PyList */._H) {
                            const sp = this.sp;
                            // Only the first KEEP_ITEMS are kept; the rest are counted.
                            let i = m;
                            for (; i < sp && target.items.length < values/* KEEP_ITEMS */.dx; i++)
                                target.add(stack[i]);
                            target.count += sp - i;
                        }
                        this.sp = m;
                        break;
                    }
                    case Op.SETITEM: {
                        const v = this.pop(start);
                        const k = this.pop(start);
                        const target = this.top(start);
                        if (target instanceof values/* PyDict */.KL)
                            target.set(k, v);
                        break;
                    }
                    case Op.SETITEMS: {
                        const m = this.popMark(start);
                        const target = this.below(m, start);
                        if (target instanceof values/* PyDict */.KL)
                            for (let i = m; i + 1 < this.sp; i += 2)
                                target.set(stack[i], stack[i + 1]);
                        this.sp = m;
                        break;
                    }
                    case Op.ADDITEMS: {
                        const m = this.popMark(start);
                        const target = this.below(m, start);
                        if (target instanceof values/* PySet */.gG)
                            for (let i = m; i < this.sp; i++)
                                target.add(stack[i]);
                        this.sp = m;
                        break;
                    }
                    // ---- memo
                    case Op.PUT:
                        this.put(this.intLine(r.line(MAX_LINE), start), start);
                        break;
                    case Op.BINPUT:
                        this.put(r.u8(), start);
                        break;
                    case Op.LONG_BINPUT:
                        this.put(r.u32(), start);
                        break;
                    case Op.MEMOIZE:
                        this.put(this.memoCount, start);
                        break;
                    case Op.GET:
                        this.get(this.intLine(r.line(MAX_LINE), start), start);
                        break;
                    case Op.BINGET:
                        this.get(r.u8(), start);
                        break;
                    case Op.LONG_BINGET:
                        this.get(r.u32(), start);
                        break;
                    // ---- imports
                    case Op.GLOBAL: {
                        const module = this.nameLine(start);
                        const name = this.nameLine(start);
                        this.push(this.global(module, name, start), start);
                        break;
                    }
                    case Op.STACK_GLOBAL: {
                        const name = this.pop(start);
                        const module = this.pop(start);
                        const m = this.operandString(module);
                        const n = this.operandString(name);
                        if (m === undefined || n === undefined) {
                            this.push(this.unresolved(`module ${describeOperand(module)}, name ${describeOperand(name)}`, start), start);
                        }
                        else {
                            const g = this.global(m, n, start);
                            const how = [module, name].filter((v) => v instanceof values/* PyCall */.Am).map((v) => foldedFrom(v));
                            if (g instanceof values/* PyGlobal */.B6 && how.length)
                                g.computed = how.join(', ');
                            this.push(g, start);
                        }
                        break;
                    }
                    case Op.EXT1:
                        this.push(this.unresolved(`extension code ${r.u8()}`, start), start);
                        break;
                    case Op.EXT2:
                        this.push(this.unresolved(`extension code ${r.u16()}`, start), start);
                        break;
                    case Op.EXT4:
                        this.push(this.unresolved(`extension code ${r.i32()}`, start), start);
                        break;
                    // ---- calls
                    case Op.REDUCE: {
                        const args = this.pop(start);
                        const callee = this.pop(start);
                        stack[this.sp++] = this.call(callee, argList(args), start);
                        break;
                    }
                    case Op.NEWOBJ: {
                        const args = this.pop(start);
                        const cls = this.pop(start);
                        stack[this.sp++] = this.call(cls, argList(args), start);
                        break;
                    }
                    case Op.NEWOBJ_EX: {
                        const kwargs = this.pop(start);
                        const args = this.pop(start);
                        const cls = this.pop(start);
                        stack[this.sp++] = this.call(cls, argList(args), start, kwargs);
                        break;
                    }
                    case Op.OBJ: {
                        const m = this.popMark(start);
                        if (this.sp === m)
                            throw this.bad('OBJ without a class', start);
                        const cls = stack[m];
                        const args = stack.slice(m + 1, Math.min(this.sp, m + 1 + values/* KEEP_ITEMS */.dx));
                        this.sp = m;
                        stack[this.sp++] = this.call(cls, args, start);
                        break;
                    }
                    case Op.INST: {
                        const module = this.nameLine(start);
                        const name = this.nameLine(start);
                        const cls = this.global(module, name, start);
                        const m = this.popMark(start);
                        const args = stack.slice(m, Math.min(this.sp, m + values/* KEEP_ITEMS */.dx));
                        this.sp = m;
                        stack[this.sp++] = this.call(cls, args, start);
                        break;
                    }
                    case Op.BUILD: {
                        const state = this.pop(start);
                        const target = this.top(start);
                        this.build(target, state, start);
                        break;
                    }
                    case Op.PERSID: {
                        const pid = r.line(MAX_LINE);
                        this.persistentId(pid);
                        this.push(new values/* PyOpaque */.Lr('persistent object', pid), start);
                        break;
                    }
                    case Op.BINPERSID: {
                        const pid = this.pop(start);
                        this.persistentId(pid);
                        stack[this.sp++] = new values/* PyOpaque */.Lr('persistent object', pid);
                        break;
                    }
                    // ---- framing
                    case Op.PROTO: {
                        const p = r.u8();
                        if (p > HIGHEST_PROTOCOL)
                            throw this.bad(`unsupported pickle protocol ${p}`, start);
                        this.proto = p;
                        break;
                    }
                    case Op.FRAME: {
                        const n = r.u64();
                        if (this.frameEnd > start) {
                            this.out.frameIssues.push({ offset: start, message: 'a new frame starts before the previous one ends', resumeAt: this.frameEnd });
                        }
                        if (n > r.end - r.pos)
                            throw new reader/* PickleError */.z4(`FRAME at offset ${start} declares ${n} bytes but the data ends first`, start);
                        r.frame(n);
                        this.frameEnd = r.pos + n;
                        break;
                    }
                    default:
                        throw this.bad(`unknown opcode 0x${op.toString(16).padStart(2, '0')}`, start);
                }
                // An argument running past the end of its frame: loaders disagree on what follows (threats B8).
                if (this.frameEnd > start && r.pos > this.frameEnd)
                    this.straddled(op, start);
            }
        }
        finally {
            this.opcodes = opcodes;
        }
    }
    /**
     * The fast path: the common data opcodes straight from the reader's window,
     * with no per-opcode calls. It stops (and the general switch takes over for
     * one opcode) at anything unusual: another opcode, the end of the window or
     * of a frame, a limit, an error to report. Nothing is changed before it
     * decides to handle an opcode, so the general path sees the same state.
     * Returns the opcode count.
     */
    fast(opcodes, maxOpcodes) {
        const r = this.r;
        const buf = r.buf;
        const base = r.bufStart;
        let p = r.pos - base;
        if (p < 0)
            return opcodes;
        let lim = buf.length;
        if (this.frameEnd > r.pos)
            lim = Math.min(lim, this.frameEnd - base);
        const stack = this.stack;
        const marks = this.marks;
        const memo = this.memo;
        let sp = this.sp;
        let fence = this.fence;
        const maxSp = this.maxStack - 1;
        const maxMemo = this.limits.maxMemoEntries;
        const opsLimit = Math.min(maxOpcodes, opcodes + 0x10000);
        let ops = opcodes;
        loop: while (p < lim && ops < opsLimit && sp < maxSp) {
            switch (buf[p]) {
                case Op.BININT1:
                    if (p + 2 > lim)
                        break loop;
                    stack[sp++] = buf[p + 1];
                    p += 2;
                    break;
                case Op.BININT2:
                    if (p + 3 > lim)
                        break loop;
                    stack[sp++] = buf[p + 1] | (buf[p + 2] << 8);
                    p += 3;
                    break;
                case Op.BININT:
                    if (p + 5 > lim)
                        break loop;
                    stack[sp++] = buf[p + 1] | (buf[p + 2] << 8) | (buf[p + 3] << 16) | (buf[p + 4] << 24);
                    p += 5;
                    break;
                case Op.BINFLOAT:
                    if (p + 9 > lim)
                        break loop;
                    stack[sp++] = (0,reader/* f64beAt */.zM)(buf, p + 1);
                    p += 9;
                    break;
                case Op.NONE:
                    stack[sp++] = null;
                    p += 1;
                    break;
                case Op.NEWTRUE:
                    stack[sp++] = true;
                    p += 1;
                    break;
                case Op.NEWFALSE:
                    stack[sp++] = false;
                    p += 1;
                    break;
                case Op.SHORT_BINUNICODE: {
                    if (p + 2 > lim)
                        break loop;
                    const n = buf[p + 1];
                    if (p + 2 + n > lim)
                        break loop;
                    const str = buf.toString('utf8', p + 2, p + 2 + n);
                    if (str.indexOf('\ufffd') >= 0)
                        break loop;
                    this.lastStr = str;
                    this.lastStrAt = base + p + 2;
                    this.lastStrLen = n;
                    this.lastStrSp = sp;
                    stack[sp++] = str;
                    p += 2 + n;
                    break;
                }
                case Op.BINUNICODE: {
                    if (p + 5 > lim)
                        break loop;
                    const n = buf[p + 1] | (buf[p + 2] << 8) | (buf[p + 3] << 16) | (buf[p + 4] << 24);
                    if (n < 0 || n > INLINE_STR || p + 5 + n > lim)
                        break loop;
                    const str = buf.toString('utf8', p + 5, p + 5 + n);
                    if (str.indexOf('\ufffd') >= 0)
                        break loop;
                    this.lastStr = str;
                    this.lastStrAt = base + p + 5;
                    this.lastStrLen = n;
                    this.lastStrSp = sp;
                    stack[sp++] = str;
                    p += 5 + n;
                    break;
                }
                case Op.SHORT_BINBYTES: {
                    if (p + 2 > lim)
                        break loop;
                    const n = buf[p + 1];
                    if (p + 2 + n > lim)
                        break loop;
                    stack[sp++] = new values/* PyBytes */.p_(base + p + 2, n, false);
                    p += 2 + n;
                    break;
                }
                case Op.MARK:
                    if (marks.length >= maxSp)
                        break loop;
                    marks.push(sp);
                    fence = sp;
                    p += 1;
                    break;
                case Op.MEMOIZE:
                case Op.BINPUT:
                case Op.LONG_BINPUT: {
                    const op = buf[p];
                    const width = op === Op.MEMOIZE ? 1 : op === Op.BINPUT ? 2 : 5;
                    if (p + width > lim || sp <= fence || this.memoSparse)
                        break loop;
                    const k = op === Op.MEMOIZE ? this.memoCount : op === Op.BINPUT ? buf[p + 1] : (buf[p + 1] | (buf[p + 2] << 8) | (buf[p + 3] << 16) | (buf[p + 4] << 24)) >>> 0;
                    if (k < memo.length) {
                        if (memo[k] === undefined)
                            break loop;
                    }
                    else if (k !== memo.length || this.memoCount >= maxMemo)
                        break loop;
                    this.memoSet(k, stack[sp - 1], sp - 1);
                    p += width;
                    break;
                }
                case Op.BINGET:
                case Op.LONG_BINGET: {
                    const width = buf[p] === Op.BINGET ? 2 : 5;
                    if (p + width > lim)
                        break loop;
                    const k = width === 2 ? buf[p + 1] : (buf[p + 1] | (buf[p + 2] << 8) | (buf[p + 3] << 16) | (buf[p + 4] << 24)) >>> 0;
                    const v = k < memo.length ? memo[k] : undefined;
                    if (v === undefined)
                        break loop;
                    stack[sp++] = v === MEMO_STR ? this.memoStr(k) : v;
                    p += width;
                    break;
                }
                case Op.EMPTY_LIST:
                    stack[sp++] = new values/* PyList */._H();
                    p += 1;
                    break;
                case Op.EMPTY_DICT:
                    stack[sp++] = new values/* PyDict */.KL();
                    p += 1;
                    break;
                case Op.EMPTY_TUPLE:
                    stack[sp++] = new values/* PyTuple */.Wc([]);
                    p += 1;
                    break;
                case Op.TUPLE1:
                    if (sp - 1 < fence)
                        break loop;
                    stack[sp - 1] = new values/* PyTuple */.Wc([stack[sp - 1]]);
                    p += 1;
                    break;
                case Op.TUPLE2:
                    if (sp - 2 < fence)
                        break loop;
                    stack[sp - 2] = new values/* PyTuple */.Wc([stack[sp - 2], stack[sp - 1]]);
                    sp -= 1;
                    p += 1;
                    break;
                case Op.TUPLE3:
                    if (sp - 3 < fence)
                        break loop;
                    stack[sp - 3] = new values/* PyTuple */.Wc([stack[sp - 3], stack[sp - 2], stack[sp - 1]]);
                    sp -= 2;
                    p += 1;
                    break;
                case Op.APPEND: {
                    if (sp - 2 < fence)
                        break loop;
                    const target = stack[sp - 2];
                    if (target instanceof values/* PyList */._H)
                        target.add(stack[sp - 1]);
                    sp -= 1;
                    p += 1;
                    break;
                }
                case Op.APPENDS:
                case Op.SETITEMS: {
                    const nm = marks.length;
                    if (nm === 0)
                        break loop;
                    const m = marks[nm - 1];
                    const below = nm > 1 ? marks[nm - 2] : 0;
                    if (m <= below)
                        break loop;
                    marks.pop();
                    fence = below;
                    const target = stack[m - 1];
                    if (buf[p] === Op.APPENDS) {
                        if (target instanceof values/* PyList */._H) {
                            let i = m;
                            for (; i < sp && target.items.length < values/* KEEP_ITEMS */.dx; i++)
                                target.add(stack[i]);
                            target.count += sp - i;
                        }
                    }
                    else if (target instanceof values/* PyDict */.KL) {
                        for (let i = m; i + 1 < sp; i += 2)
                            target.set(stack[i], stack[i + 1]);
                    }
                    sp = m;
                    p += 1;
                    break;
                }
                case Op.SETITEM: {
                    if (sp - 3 < fence)
                        break loop;
                    const target = stack[sp - 3];
                    if (target instanceof values/* PyDict */.KL)
                        target.set(stack[sp - 2], stack[sp - 1]);
                    sp -= 2;
                    p += 1;
                    break;
                }
                default:
                    break loop;
            }
            ops++;
        }
        r.pos = base + p;
        this.sp = sp;
        this.fence = fence;
        return ops;
    }
    straddled(op, start) {
        this.out.frameIssues.push({
            offset: start,
            message: `${opName(op)} at offset ${start} runs past the end of its frame at offset ${this.frameEnd}`,
            resumeAt: this.frameEnd,
        });
        this.frameEnd = -1;
    }
    persistentId(pid) {
        const ids = this.out.persistentIds;
        if (ids && ids.length < this.limits.maxMemoEntries)
            ids.push(pid);
    }
    // ---- stack helpers
    push(v, at) {
        if (this.sp >= this.maxStack)
            throw this.limit('stack', at);
        this.stack[this.sp++] = v;
    }
    pop(at) {
        if (this.sp <= this.fence)
            throw this.bad('stack underflow', at);
        return this.stack[--this.sp];
    }
    top(at) {
        if (this.sp <= this.fence)
            throw this.bad('stack underflow', at);
        return this.stack[this.sp - 1];
    }
    /** The item just under a MARK's items (the container APPENDS/SETITEMS/ADDITEMS fill). */
    below(m, at) {
        if (m <= this.fence)
            throw this.bad('stack underflow', at);
        return this.stack[m - 1];
    }
    /** Pops the last MARK; returns where its items start (they are still on the stack). */
    popMark(at) {
        const marks = this.marks;
        if (marks.length === 0)
            throw this.bad('MARK expected but not found', at);
        const m = marks.pop();
        this.fence = marks.length ? marks[marks.length - 1] : 0;
        return m;
    }
    popMarkOnly() {
        this.marks.pop();
        this.fence = this.marks.length ? this.marks[this.marks.length - 1] : 0;
    }
    put(index, at) {
        if (typeof index !== 'number' || index < 0)
            throw this.bad('invalid memo index', at);
        const v = this.top(at);
        const memo = this.memo;
        if (index < memo.length) {
            if (memo[index] === undefined)
                this.countMemo(at);
            this.memoSet(index, v, this.sp - 1);
        }
        else if (index < DENSE_MEMO && index <= memo.length + 1024) {
            this.countMemo(at);
            while (memo.length < index)
                memo.push(undefined);
            this.memoCount--;
            this.memoSet(index, v, this.sp - 1);
        }
        else {
            const sparse = (this.memoSparse ??= new Map());
            if (!sparse.has(index))
                this.countMemo(at);
            sparse.set(index, v);
        }
    }
    /**
     * Stores v in dense memo slot k (at most one past the end), counting a new
     * slot. A str the fast path just read from the source is kept as a reference.
     */
    memoSet(k, v, slot) {
        const memo = this.memo;
        let stored = v;
        if (slot === this.lastStrSp && v === this.lastStr && typeof v === 'string' && v.length > 0) {
            if (k >= this.memoStrAt.length)
                this.growMemoStr(k);
            this.memoStrAt[k] = this.lastStrAt;
            this.memoStrLen[k] = this.lastStrLen;
            stored = MEMO_STR;
        }
        if (k === memo.length) {
            memo.push(stored);
            this.memoCount++;
        }
        else
            memo[k] = stored;
    }
    growMemoStr(k) {
        const size = Math.max(64, this.memoStrAt.length * 2, k + 1);
        const at = new Float64Array(size);
        at.set(this.memoStrAt);
        const len = new Uint32Array(size);
        len.set(this.memoStrLen);
        this.memoStrAt = at;
        this.memoStrLen = len;
    }
    /** A memoized str, decoded again from the source (it was valid UTF-8 when first read). */
    memoStr(k) {
        const at = this.memoStrAt[k];
        const n = this.memoStrLen[k];
        const r = this.r;
        const i = at - r.bufStart;
        if (i >= 0 && i + n <= r.buf.length)
            return r.buf.toString('utf8', i, i + n);
        return Buffer.from(r.source.read(at, n)).toString('utf8');
    }
    countMemo(at) {
        if (this.memoCount >= this.limits.maxMemoEntries)
            throw this.limit('memo', at);
        this.memoCount++;
    }
    get(index, at) {
        let v;
        if (typeof index === 'number')
            v = index < this.memo.length ? this.memo[index] : this.memoSparse?.get(index);
        if (v === undefined)
            throw this.bad(`memo key ${String(index)} is not set`, at);
        this.push(v === MEMO_STR ? this.memoStr(index) : v, at);
    }
    // ---- argument decoding
    /** BINUNICODE and friends: UTF-8 with surrogatepass, as the C unpickler decodes them. */
    unicode(n, at) {
        if (n <= INLINE_STR) {
            const s = this.r.utf8(n);
            if (s === undefined)
                throw this.bad('str argument is not valid UTF-8 (Python raises UnicodeDecodeError)', at);
            return s;
        }
        const offset = this.r.pos;
        this.r.skip(n, true);
        return new values/* PyBytes */.p_(offset, n, true);
    }
    /** Protocol-0/1 byte strings: read as latin-1 (one char per byte), whatever encoding the loader passes. */
    latin1(n) {
        if (n <= INLINE_STR)
            return this.r.text(n, 'latin1');
        const offset = this.r.pos;
        this.r.skip(n, true);
        return new values/* PyBytes */.p_(offset, n, true);
    }
    bytes(n, mutable) {
        const offset = this.r.pos;
        this.r.skip(n);
        return new values/* PyBytes */.p_(offset, n, false, mutable);
    }
    longBytes(n) {
        if (n === 0)
            return 0;
        if (n > 64) {
            this.r.skip(n, true);
            return new values/* PyOpaque */.Lr(`${n}-byte integer`);
        }
        const b = this.r.copy(n);
        let v = 0n;
        for (let i = n - 1; i >= 0; i--)
            v = (v << 8n) | BigInt(b[i]);
        if (b[n - 1] & 0x80)
            v -= 1n << BigInt(8 * n);
        return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
    }
    intLine(line, at) {
        const v = (0,literals/* parsePyInt */.AT)(line);
        if (v === undefined)
            throw this.bad(`invalid integer argument ${JSON.stringify(line.slice(0, 40))}`, at);
        return v;
    }
    /** A GLOBAL/INST line: module or name, decoded as strict UTF-8 like the unpickler (threats B12). */
    nameLine(at) {
        const raw = this.r.line(MAX_LINE);
        let s = raw;
        if (/[^\x00-\x7f]/.test(raw)) {
            const decoded = (0,literals/* decodeUtf8Strict */.h0)(Buffer.from(raw, 'latin1'));
            if (decoded === undefined)
                throw this.bad('GLOBAL argument is not valid UTF-8 (Python raises UnicodeDecodeError)', at);
            s = decoded;
        }
        // A stray CR fails the import in CPython, but the intent is the same name.
        if (s.endsWith('\r'))
            s = s.slice(0, -1);
        return s;
    }
    operandString(v) {
        if (typeof v === 'string')
            return v;
        if (v instanceof values/* PyBytes */.p_ && v.text && v.length <= MAX_LINE) {
            return Buffer.from(this.r.source.read(v.offset, v.length)).toString('utf8');
        }
        // A name computed at load time from constants (threats B7): str.join, str(), chr, ...
        if (v instanceof values/* PyCall */.Am && typeof v.value === 'string')
            return v.value;
        return undefined;
    }
    // ---- imports and calls
    global(module, name, at) {
        this.out.globalCount++;
        // An attribute BUILD wrote on a global earlier (threats B2): the unpickler's getattr walk returns it.
        if (this.attrs && name.includes('.')) {
            const dot = name.lastIndexOf('.');
            const written = this.attrs.get(`${module} ${name.slice(0, dot)}`)?.get(name.slice(dot + 1));
            if (written !== undefined)
                return written;
        }
        const canon = (0,compat/* canonicalName */.Ew)(module, name);
        const key = `${canon.module} ${canon.name}`;
        let verdict = this.verdicts.get(key);
        if (!verdict) {
            verdict = (0,pickle_globals/* classifyGlobal */.Sq)(this.policy, canon.module, canon.name);
            this.verdicts.set(key, verdict);
        }
        const written = canon.module !== module || canon.name !== name ? `${module}.${name}` : undefined;
        const g = new values/* PyGlobal */.B6(canon.module, canon.name, written, at, verdict);
        if (verdict.kind !== 'allow') {
            if (verdict.kind === 'unknown' && this.out.fileCalls > 0)
                g.afterWrite = true;
            this.out.globals.push(g);
        }
        return g;
    }
    unresolved(description, at) {
        this.out.globalCount++;
        const g = new values/* PyGlobal */.B6('', '', undefined, at, { kind: 'unknown' }, description);
        this.out.globals.push(g);
        return g;
    }
    call(callee, args, at, kwargs) {
        // Legacy torch.save names module classes through persistent ids ('module', cls, file, source).
        if (callee instanceof values/* PyOpaque */.Lr && callee.detail instanceof values/* PyTuple */.Wc && callee.detail.items[0] === 'module' && callee.detail.items[1] instanceof values/* PyGlobal */.B6) {
            callee = callee.detail.items[1];
        }
        const c = new values/* PyCall */.Am(callee, args, at, kwargs);
        this.out.callCount++;
        if (callee instanceof values/* PyGlobal */.B6) {
            const verdict = callee.verdict;
            if (verdict.kind !== 'allow' || callee.unresolved) {
                if (callee.calls.length < KEEP_CALLS)
                    callee.calls.push(c);
                if (verdict.kind === 'deny' && verdict.category === 'file')
                    this.out.fileCalls++;
            }
            else if (verdict.dispatcher) {
                this.dispatch(verdict.dispatcher, c, args);
            }
            if (FOLD_MODULES.has(callee.module))
                fold(c, callee, args, this.attrs);
            if ((0,pickle_globals/* isNestedLoader */.R2)(this.policy, callee.module, callee.name) && this.out.nested.length < 256) {
                this.out.nested.push({ loader: callee.dotted, call: c });
            }
        }
        else {
            // Calling a value computed at load time (getattr(...)(...)): one finding for the chain.
            // Everything that computed the callee is part of this one root cause.
            markChain(callee, 0);
            if (this.out.dynamicCalls.length < 1024)
                this.out.dynamicCalls.push(c);
            if (callee instanceof values/* PyCall */.Am && callee.callee instanceof values/* PyGlobal */.B6 && callee.callee.name === 'getattr')
                fold(c, callee, args, this.attrs);
        }
        return c;
    }
    /**
     * A dispatcher (threats D12) fed something other than an allowlisted callable:
     * records the call it makes on that callable's behalf, so the callable's own
     * finding says what runs and through what.
     */
    dispatch(spec, c, args) {
        if (args.length < (spec.minArgs ?? 1))
            return;
        const fed = args[spec.callable];
        if (fed === undefined || !suspiciousCallable(fed))
            return;
        const synthetic = new values/* PyCall */.Am(fed, dispatchedArgs(spec, args), c.offset);
        synthetic.via = c;
        if (fed instanceof values/* PyGlobal */.B6) {
            if (fed.calls.length < KEEP_CALLS)
                fed.calls.push(synthetic);
            if (fed.verdict.kind === 'deny' && fed.verdict.category === 'file')
                this.out.fileCalls++;
        }
        else {
            markChain(fed, 0);
            if (this.out.dynamicCalls.length < 1024)
                this.out.dynamicCalls.push(synthetic);
        }
    }
    build(target, state, at) {
        if (target instanceof values/* PyGlobal */.B6) {
            // Writing attributes on a module, class or function: a gadget (threats D11).
            this.out.gadgets.push({ target, offset: at, state });
            this.rememberAttrs(target, state);
            return;
        }
        if (target instanceof values/* PyCall */.Am) {
            target.state = state;
            const callee = target.callee;
            if (callee instanceof values/* PyGlobal */.B6 && callee.name === 'NumpyArrayWrapper' && callee.verdict.kind === 'allow') {
                // joblib: the array's raw bytes (or a nested pickle) follow BUILD inline, after the frame closes.
                if (this.frameEnd <= this.r.pos)
                    this.frameEnd = -1;
                afterArrayWrapper(this.r, state, at, () => this.subPickle());
            }
        }
    }
    /** BUILD's state dict (or the slot-state dict of a (state, slots) pair) as attributes of a global (threats B2). */
    rememberAttrs(target, state) {
        if (target.unresolved)
            return;
        const dicts = state instanceof values/* PyDict */.KL ? [state] : state instanceof values/* PyTuple */.Wc ? state.items.filter((x) => x instanceof values/* PyDict */.KL) : [];
        if (!dicts.length)
            return;
        this.attrs ??= new Map();
        const key = `${target.written ? target.written.slice(0, target.written.length - target.name.length - 1) : target.module} ${target.name}`;
        let map = this.attrs.get(key);
        if (!map)
            this.attrs.set(key, (map = new Map()));
        for (const d of dicts) {
            d.keys.forEach((k, i) => {
                if (typeof k === 'string' && map.size < MAX_ATTRS)
                    map.set(k, d.values[i]);
            });
        }
    }
    /** A pickle embedded inline (joblib object arrays): its own memo and stack, same findings. */
    subPickle() {
        const sub = new PickleMachine(this.r, this.policy, { ...this.limits, maxOpcodes: this.limits.maxOpcodes - this.opcodes }, this.out, this.verdicts);
        try {
            sub.run();
        }
        finally {
            this.opcodes += sub.opcodes;
        }
    }
    bad(message, at) {
        return new reader/* PickleError */.z4(`${message} at offset ${at}`, at);
    }
    limit(what, at) {
        const n = what === 'memo' ? this.limits.maxMemoEntries : this.limits.maxStackDepth;
        return new reader/* PickleError */.z4(`${what} grew past ${n} entries (${what === 'memo' ? 'memo' : 'stack depth'} limit) at offset ${at}`, at, true);
    }
}
function markChain(v, depth) {
    if (!(0,values/* isObject */.Gv)(v) || depth > 16)
        return;
    if (v instanceof values/* PyGlobal */.B6)
        v.covered = true;
    else if (v instanceof values/* PyCall */.Am) {
        v.consumed = true;
        markChain(v.callee, depth + 1);
        for (const a of v.args)
            markChain(a, depth + 1);
    }
    else if (v instanceof values/* PyTuple */.Wc || v instanceof values/* PyList */._H)
        for (const a of v.items)
            markChain(a, depth + 1);
}
/** REDUCE/NEWOBJ arguments as a list (a non-tuple fails in CPython, but the call was attempted). */
function argList(args) {
    if (args instanceof values/* PyTuple */.Wc)
        return args.items;
    if (args instanceof values/* PyList */._H)
        return args.items;
    return [args];
}
function describeOperand(v) {
    if (typeof v === 'string')
        return JSON.stringify(v.slice(0, 40));
    if (v === null)
        return 'None';
    if (!(0,values/* isObject */.Gv)(v))
        return typeof v;
    if (v instanceof values/* PyCall */.Am)
        return 'computed by a call';
    if (v instanceof values/* PyGlobal */.B6)
        return `the object ${v.dotted}`;
    return v.kind;
}
/** Could this value be a callable that is not allowlisted? (Literals and containers are not callables.) */
function suspiciousCallable(v) {
    if (v instanceof values/* PyGlobal */.B6)
        return v.verdict.kind !== 'allow' || v.unresolved !== undefined;
    if (v instanceof values/* PyCall */.Am) {
        if (!(v.callee instanceof values/* PyGlobal */.B6))
            return true;
        return (0,values/* globalsIn */.yk)(v).some((g) => g.verdict.kind !== 'allow' || g.unresolved !== undefined);
    }
    return v instanceof values/* PyOpaque */.Lr;
}
/** The first call a dispatcher makes with its callable (arguments as far as they are constants). */
function dispatchedArgs(spec, args) {
    const itemsOf = (v) => (v instanceof values/* PyList */._H || v instanceof values/* PyTuple */.Wc || v instanceof values/* PySet */.gG ? v.items : []);
    const after = args.slice(spec.callable + 1);
    switch (spec.feeds) {
        case 'each':
            return (spec.callable === 0 ? after : args.slice(0, spec.callable)).map((it) => itemsOf(it)[0]).filter((x) => x !== undefined);
        case 'star':
            return [...itemsOf(itemsOf(after[0])[0])];
        case 'rest':
            return after;
        case 'tuple':
            return [...itemsOf(after[0])];
        case 'pair': {
            const items = itemsOf(spec.callable === 0 ? after[0] : args[0]);
            const init = spec.callable === 0 ? after[1] : undefined;
            return (init !== undefined ? [init, items[0]] : [items[0], items[1]]).filter((x) => x !== undefined);
        }
        case 'match':
            return [new values/* PyOpaque */.Lr('re.Match')];
        case 'none':
            return [];
    }
}
/** Modules whose functions fold() knows. */
const FOLD_MODULES = new Set(['builtins', 'operator', 'codecs']);
/** A short description of how a folded value was computed, for messages. */
function foldedFrom(c) {
    const callee = c.callee;
    if (callee instanceof values/* PyGlobal */.B6)
        return `${callee.module === 'builtins' ? '' : `${callee.module}.`}${callee.name}(\u2026)`;
    return 'a computed call';
}
/** The strings a constant iterable yields (a list or tuple of strings, a str, a folded str or list). */
function stringsOf(v, depth = 0) {
    if (depth > 8 || v === undefined)
        return undefined;
    if (typeof v === 'string')
        return [...v];
    if (v instanceof values/* PyList */._H || v instanceof values/* PyTuple */.Wc) {
        if (v.count !== v.items.length)
            return undefined;
        const out = [];
        for (const x of v.items) {
            const s = strOf(x);
            if (s === undefined)
                return undefined;
            out.push(s);
        }
        return out;
    }
    if (v instanceof values/* PyCall */.Am) {
        if (typeof v.value === 'string')
            return [...v.value];
        if (Array.isArray(v.value))
            return [...v.value];
    }
    return undefined;
}
function strOf(v) {
    if (typeof v === 'string')
        return v;
    if (v instanceof values/* PyCall */.Am && typeof v.value === 'string')
        return v.value;
    return undefined;
}
function rot13(s) {
    return s.replace(/[a-zA-Z]/g, (ch) => {
        const base = ch <= 'Z' ? 65 : 97;
        return String.fromCharCode(((ch.charCodeAt(0) - base + 13) % 26) + base);
    });
}
/**
 * Constant folding for the few pure functions attackers use to build names at
 * load time (threats B7): str.join, str, chr, reversed, map(chr, ...), str
 * methods, codecs rot13, and getattr on attributes BUILD wrote (B2). Sets
 * c.value; nothing is ever executed.
 */
function fold(c, callee, args, attrs) {
    let fn;
    let self;
    if (callee instanceof values/* PyGlobal */.B6)
        fn = `${callee.module}.${callee.name}`;
    else if (callee instanceof values/* PyCall */.Am && callee.callee instanceof values/* PyGlobal */.B6 && callee.callee.name === 'getattr' && callee.callee.module === 'builtins') {
        // getattr(x, 'name')(...): a bound method of a constant, or a BUILD-written attribute.
        const [obj, attr] = callee.args;
        if (typeof attr !== 'string')
            return;
        if (obj instanceof values/* PyGlobal */.B6 && !obj.unresolved) {
            fn = `${obj.module}.${obj.name}.${attr}`;
        }
        else if (strOf(obj) !== undefined) {
            fn = `builtins.str.${attr}`;
            self = obj;
        }
        else
            return;
    }
    else
        return;
    const a = self !== undefined ? [self, ...args] : args;
    let out;
    switch (fn) {
        case 'builtins.str':
            out = typeof a[0] === 'number' ? String(a[0]) : strOf(a[0]);
            break;
        case 'builtins.str.join': {
            const sep = strOf(a[0]);
            const parts = stringsOf(a[1]);
            if (sep !== undefined && parts)
                out = parts.join(sep);
            break;
        }
        case 'builtins.chr':
            if (typeof a[0] === 'number' && a[0] >= 0 && a[0] <= 0x10ffff)
                out = String.fromCodePoint(a[0]);
            break;
        case 'builtins.str.lower':
        case 'builtins.str.upper':
        case 'builtins.str.strip':
        case 'builtins.str.__str__': {
            const s = strOf(a[0]);
            if (s !== undefined)
                out = fn.endsWith('lower') ? s.toLowerCase() : fn.endsWith('upper') ? s.toUpperCase() : fn.endsWith('strip') ? s.trim() : s;
            break;
        }
        case 'builtins.str.__add__':
        case 'operator.add':
        case 'operator.concat': {
            const x = strOf(a[0]);
            const y = strOf(a[1]);
            if (x !== undefined && y !== undefined)
                out = x + y;
            break;
        }
        case 'builtins.str.replace': {
            const [s, x, y] = [strOf(a[0]), strOf(a[1]), strOf(a[2])];
            if (s !== undefined && x !== undefined && y !== undefined)
                out = s.split(x).join(y);
            break;
        }
        case 'codecs.decode':
        case 'codecs.encode':
            if ((a[1] === 'rot13' || a[1] === 'rot_13') && strOf(a[0]) !== undefined)
                out = rot13(strOf(a[0]));
            break;
        case 'builtins.reversed': {
            const parts = stringsOf(a[0]);
            if (parts)
                c.value = [...parts].reverse();
            return;
        }
        case 'builtins.map': {
            // map(chr, [111, 115]) -> ['o', 's'] (consumed by str.join)
            const f = a[0];
            const items = a[1] instanceof values/* PyList */._H || a[1] instanceof values/* PyTuple */.Wc ? a[1].items : undefined;
            if (f instanceof values/* PyGlobal */.B6 && f.module === 'builtins' && f.name === 'chr' && items && items.every((x) => typeof x === 'number')) {
                c.value = items.map((x) => String.fromCodePoint(x));
            }
            return;
        }
        default:
            // getattr(G, 'attr') where BUILD wrote G.attr (threats B2).
            if (fn === 'builtins.getattr' && attrs && a[0] instanceof values/* PyGlobal */.B6 && typeof a[1] === 'string') {
                const g = a[0];
                const written = attrs.get(`${g.module} ${g.name}`)?.get(a[1]);
                if (written !== undefined)
                    out = written;
            }
    }
    if (out === undefined)
        return;
    if (typeof out === 'string' && out.length > MAX_FOLDED)
        return;
    c.value = out;
}


/***/ }),

/***/ 4612:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ TruncatedError),
/* harmony export */   hW: () => (/* binding */ FrameMode),
/* harmony export */   kP: () => (/* binding */ ByteReader),
/* harmony export */   z4: () => (/* binding */ PickleError),
/* harmony export */   zM: () => (/* binding */ f64beAt)
/* harmony export */ });
/* harmony import */ var _literals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5495);

/** Malformed or truncated input: the scan of this stream stops here. */
class PickleError extends Error {
    offset;
    limit;
    constructor(message, offset, 
    /** A resource limit, not bad input. */
    limit = false) {
        super(message);
        this.offset = offset;
        this.limit = limit;
    }
}
/** The data ended before the opcode or its argument did. */
class TruncatedError extends PickleError {
}
const WINDOW = 64 * 1024;
// BINFLOAT is big-endian; reversing into a little-endian scratch is faster than readDoubleBE.
const SCRATCH_F64 = new Float64Array(1);
const SCRATCH_BYTES = new Uint8Array(SCRATCH_F64.buffer);
const EMPTY = Buffer.alloc(0);
/** The big-endian double at b[i..i+8). */
function f64beAt(b, i) {
    SCRATCH_BYTES[7] = b[i];
    SCRATCH_BYTES[6] = b[i + 1];
    SCRATCH_BYTES[5] = b[i + 2];
    SCRATCH_BYTES[4] = b[i + 3];
    SCRATCH_BYTES[3] = b[i + 4];
    SCRATCH_BYTES[2] = b[i + 5];
    SCRATCH_BYTES[1] = b[i + 6];
    SCRATCH_BYTES[0] = b[i + 7];
    return SCRATCH_F64[0];
}
function asBuffer(bytes) {
    return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
/**
 * How FRAME boundaries are read (threats B8). CPython's C unpickler reading a
 * file (no peek(), or a frame too big for the 8 KiB peek window) loads each
 * frame into its buffer with one read(); an argument that runs past the end of
 * that buffer is then read *fresh from after the frame*, and the rest of the
 * buffer is dropped. Bytes payloads are the exception: they use readinto(),
 * which takes the rest of the buffer first (linear). pickle.loads and small
 * frames inside the peek window are read linearly.
 */
var FrameMode;
(function (FrameMode) {
    /** pickle.loads, pickletools, the Python unpickler up to its frame check. */
    FrameMode[FrameMode["Linear"] = 0] = "Linear";
    /** C unpickler on a file without peek() (open(f, 'rb', buffering=0), custom streams): every frame buffered. */
    FrameMode[FrameMode["CFile"] = 1] = "CFile";
    /** C unpickler on a buffered file: frames of 8 KiB or more are buffered, smaller ones stay in the peek window. */
    FrameMode[FrameMode["CBuffered"] = 2] = "CBuffered";
})(FrameMode || (FrameMode = {}));
/** CPython's _pickle.c PREFETCH: frames this big or bigger are read with read(), not peek(). */
const PREFETCH = 8192;
/**
 * Sequential reads over a ByteSource through a 64 KiB window: the file is never
 * read whole, and big payloads (tensor bytes in a pickle) are skipped, not read.
 */
class ByteReader {
    source;
    end;
    /** The current window (read by the machine's fast path; never written outside this class). */
    buf = EMPTY;
    /** Absolute offset of buf[0]. */
    bufStart = 0;
    pos;
    /** End of the C unpickler's frame buffer (FrameMode.CFile/CBuffered), -1 when none. */
    cEnd = -1;
    /** Arguments that straddled the end of a frame buffer and were re-read after it. */
    straddles = 0;
    frameMode = FrameMode.Linear;
    constructor(source, start, 
    /** Absolute end of the readable range. */
    end) {
        this.source = source;
        this.end = end;
        this.pos = start;
    }
    /** The next byte, or -1 at the end. The hot path: no allocation. */
    byte() {
        const i = this.pos - this.bufStart;
        if (i >= 0 && i < this.buf.length) {
            this.pos++;
            return this.buf[i];
        }
        if (this.pos >= this.end)
            return -1;
        this.fill(1);
        this.pos++;
        return this.buf[this.pos - 1 - this.bufStart];
    }
    /** Makes [pos, pos+n) available in the window, or throws at the end of data. */
    need(n) {
        const i = this.pos - this.bufStart;
        if (i >= 0 && i + n <= this.buf.length)
            return i;
        if (this.cEnd > this.pos && this.pos + n > this.cEnd)
            this.straddle();
        if (this.pos + n > this.end)
            throw new TruncatedError(`data ends inside a ${n}-byte argument at offset ${this.pos}`, this.pos);
        this.fill(n);
        return 0;
    }
    /** The C unpickler drops the rest of its frame buffer and reads the argument from after it. */
    straddle() {
        this.pos = this.cEnd;
        this.straddles++;
    }
    /**
     * A FRAME of n bytes starts at pos (its length already read). In the C modes
     * the frame becomes the unpickler's buffer, unless it fits in the current one.
     */
    frame(n) {
        if (this.frameMode === FrameMode.Linear)
            return;
        if (this.frameMode === FrameMode.CBuffered && n < PREFETCH)
            return;
        if (this.pos + n <= this.cEnd)
            return;
        if (this.cEnd > this.pos)
            this.straddle();
        this.cEnd = this.pos + n;
        // The window must end at the buffer end, so the fast paths stop there.
        this.buf = EMPTY;
        this.bufStart = 0;
    }
    fill(n) {
        let len = Math.min(Math.max(WINDOW, n), this.end - this.pos);
        if (this.cEnd > this.pos)
            len = Math.min(len, this.cEnd - this.pos);
        this.buf = asBuffer(this.source.read(this.pos, len));
        this.bufStart = this.pos;
        if (this.buf.length < n)
            throw new TruncatedError(`data ends inside a ${n}-byte argument at offset ${this.pos}`, this.pos);
    }
    u8() {
        const i = this.need(1);
        this.pos += 1;
        return this.buf[i];
    }
    u16() {
        const i = this.need(2);
        this.pos += 2;
        return this.buf[i] | (this.buf[i + 1] << 8);
    }
    u32() {
        const i = this.need(4);
        this.pos += 4;
        return this.buf.readUInt32LE(i);
    }
    i32() {
        const i = this.need(4);
        this.pos += 4;
        return this.buf.readInt32LE(i);
    }
    /** 8-byte little-endian length; lengths past 2^53 are as good as infinite. */
    u64() {
        const i = this.need(8);
        this.pos += 8;
        const lo = this.buf.readUInt32LE(i);
        const hi = this.buf.readUInt32LE(i + 4);
        return hi >= 0x200000 ? Number.MAX_SAFE_INTEGER : hi * 0x1_0000_0000 + lo;
    }
    f64be() {
        const i = this.need(8);
        this.pos += 8;
        return f64beAt(this.buf, i);
    }
    /** Decodes n bytes at pos and moves past them. */
    text(n, encoding) {
        const i = this.need(n);
        this.pos += n;
        return this.buf.toString(encoding, i, i + n);
    }
    /** A str argument, decoded as the C unpickler does (UTF-8, surrogatepass); undefined when it would raise. */
    utf8(n) {
        const i = this.need(n);
        this.pos += n;
        const s = this.buf.toString('utf8', i, i + n);
        if (s.indexOf('\ufffd') < 0)
            return s;
        return (0,_literals_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeUtf8SurrogatePass */ .xN)(this.buf.subarray(i, i + n));
    }
    /** n bytes at pos, copied (callers keep them). */
    copy(n) {
        const i = this.need(n);
        this.pos += n;
        return Uint8Array.prototype.slice.call(this.buf, i, i + n);
    }
    /**
     * Moves past n bytes without reading them. `viaBuffer`: a str argument, read
     * like any other argument (bytes payloads use readinto and read linearly).
     */
    skip(n, viaBuffer = false) {
        if (viaBuffer && this.cEnd > this.pos && this.pos + n > this.cEnd)
            this.straddle();
        if (n > this.end - this.pos) {
            throw new TruncatedError(`data ends inside a ${n}-byte argument at offset ${this.pos}`, this.pos);
        }
        this.pos += n;
    }
    /**
     * A protocol-0 text argument: bytes up to the next newline (excluded), as
     * latin-1 so every byte maps to one char. Throws past `max` bytes.
     */
    line(max) {
        for (;;) {
            let i = this.pos - this.bufStart;
            if (i < 0 || i >= this.buf.length) {
                if (this.pos >= this.end)
                    throw new TruncatedError(`data ends inside a text argument at offset ${this.pos}`, this.pos);
                this.fill(1);
                i = 0;
            }
            const nl = this.buf.indexOf(0x0a, i);
            if (nl >= 0) {
                const s = this.buf.toString('latin1', i, nl);
                this.pos += nl - i + 1;
                return s;
            }
            const have = this.buf.length - i;
            if (this.cEnd > this.pos && this.bufStart + this.buf.length >= this.cEnd) {
                // A line running past the C unpickler's frame buffer: it reads a whole new line from the file.
                this.straddle();
                continue;
            }
            if (have >= max)
                throw new PickleError(`text argument longer than ${max} bytes at offset ${this.pos}`, this.pos);
            if (this.pos + have >= this.end)
                throw new TruncatedError(`data ends inside a text argument at offset ${this.pos}`, this.pos);
            this.fill(Math.min(max + 1, have * 2 + WINDOW, this.end - this.pos));
        }
    }
    /** Absolute position of the next `byte` at or after `from` (or -1), scanning window by window. */
    static find(source, from, end, test) {
        let at = from;
        while (at < end) {
            const chunk = asBuffer(source.read(at, Math.min(WINDOW * 16, end - at)));
            if (chunk.length === 0)
                return -1;
            const hit = test(chunk, 0);
            if (hit >= 0)
                return at + hit;
            // Keep one byte of overlap so two-byte signatures across chunks are seen.
            at += Math.max(1, chunk.length - 1);
            if (chunk.length < 2)
                return -1;
        }
        return -1;
    }
}


/***/ }),

/***/ 8077:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ PyCall),
/* harmony export */   B6: () => (/* binding */ PyGlobal),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   KL: () => (/* binding */ PyDict),
/* harmony export */   Lr: () => (/* binding */ PyOpaque),
/* harmony export */   Wc: () => (/* binding */ PyTuple),
/* harmony export */   _H: () => (/* binding */ PyList),
/* harmony export */   dx: () => (/* binding */ KEEP_ITEMS),
/* harmony export */   gG: () => (/* binding */ PySet),
/* harmony export */   p_: () => (/* binding */ PyBytes),
/* harmony export */   yk: () => (/* binding */ globalsIn)
/* harmony export */ });
/** Containers keep this many items: enough to show arguments, bounded for huge lists. */
const KEEP_ITEMS = 32;
/**
 * A bytes, bytearray or long str constant: where it lies in the source, not its
 * content (tensor data is never copied; nested payloads are read back on demand).
 */
class PyBytes {
    offset;
    length;
    text;
    mutable;
    inline;
    kind = 'bytes';
    constructor(offset, length, 
    /** A str too long to decode eagerly (its bytes are UTF-8, or latin-1 for protocol-0 strings). */
    text, mutable = false, 
    /** Content already known (decoded from escapes, or computed): used instead of offset. */
    inline) {
        this.offset = offset;
        this.length = length;
        this.text = text;
        this.mutable = mutable;
        this.inline = inline;
    }
}
class PyList {
    kind = 'list';
    items = [];
    count = 0;
    add(v) {
        if (this.items.length < KEEP_ITEMS)
            this.items.push(v);
        this.count++;
    }
}
class PyTuple {
    items;
    count;
    kind = 'tuple';
    constructor(items, count = items.length) {
        this.items = items;
        this.count = count;
    }
}
class PyDict {
    kind = 'dict';
    keys = [];
    values = [];
    count = 0;
    set(k, v) {
        if (typeof k === 'string' || typeof k === 'number') {
            const i = this.keys.indexOf(k);
            if (i >= 0) {
                this.values[i] = v;
                return;
            }
        }
        if (this.keys.length < KEEP_ITEMS) {
            this.keys.push(k);
            this.values.push(v);
        }
        this.count++;
    }
    get(k) {
        const i = this.keys.indexOf(k);
        return i >= 0 ? this.values[i] : undefined;
    }
}
class PySet {
    frozen;
    kind = 'set';
    items = [];
    count = 0;
    constructor(frozen) {
        this.frozen = frozen;
    }
    add(v) {
        if (this.items.length < KEEP_ITEMS)
            this.items.push(v);
        this.count++;
    }
}
/** An imported name (GLOBAL, STACK_GLOBAL, INST, EXT). */
class PyGlobal {
    module;
    name;
    written;
    offset;
    verdict;
    unresolved;
    kind = 'global';
    /** Calls made on it, in order (bounded). */
    calls = [];
    /** Part of a computed callee (partial(os.system)(), getattr(...)()): that call's finding covers it. */
    covered = false;
    /** Imported after the same pickle called something that writes files (threats C8, D13). */
    afterWrite = false;
    /** How a STACK_GLOBAL operand was computed at load time (str.join, ...), when it was. */
    computed;
    constructor(
    /** Canonical module and name (Python 2 names and C modules mapped). */
    module, name, 
    /** As written in the pickle, when different. */
    written, offset, verdict, 
    /** Set when the name is computed at load time (non-literal STACK_GLOBAL operands, EXT codes). */
    unresolved) {
        this.module = module;
        this.name = name;
        this.written = written;
        this.offset = offset;
        this.verdict = verdict;
        this.unresolved = unresolved;
    }
    get dotted() {
        return this.unresolved ? `<${this.unresolved}>` : `${this.module}.${this.name}`;
    }
}
/** The result of calling something: REDUCE, NEWOBJ(_EX), OBJ, INST. */
class PyCall {
    callee;
    args;
    offset;
    kwargs;
    kind = 'call';
    /** Its result was itself called: the outer call's finding covers this one. */
    consumed = false;
    /** State applied by BUILD. */
    state;
    /** The value the call returns, when it is a pure function of constants (str.join, str, chr, ...). */
    value;
    /** A call made on the callee's behalf by a dispatcher (map, atexit.register, ...): that dispatcher call. */
    via;
    constructor(callee, args, offset, kwargs) {
        this.callee = callee;
        this.args = args;
        this.offset = offset;
        this.kwargs = kwargs;
    }
}
/** Something we do not model: persistent ids, out-of-band buffers, huge ints. */
class PyOpaque {
    what;
    detail;
    kind = 'opaque';
    constructor(what, detail) {
        this.what = what;
        this.detail = detail;
    }
}
function isObject(v) {
    return typeof v === 'object' && v !== null;
}
/** The root global a value was computed from, following calls (getattr(x)(...) -> getattr). */
function globalsIn(v, out = [], depth = 0) {
    if (!isObject(v) || depth > 16 || out.length > 64)
        return out;
    switch (v.kind) {
        case 'global':
            out.push(v);
            break;
        case 'call':
            globalsIn(v.callee, out, depth + 1);
            for (const a of v.args)
                globalsIn(a, out, depth + 1);
            if (v.kwargs !== undefined)
                globalsIn(v.kwargs, out, depth + 1);
            break;
        case 'tuple':
        case 'list':
        case 'set':
            for (const a of v.items)
                globalsIn(a, out, depth + 1);
            break;
        case 'dict':
            for (const a of v.values)
                globalsIn(a, out, depth + 1);
            break;
        default:
    }
    return out;
}


/***/ })

};

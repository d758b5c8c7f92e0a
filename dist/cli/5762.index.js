export const id = 5762;
export const ids = [5762];
export const modules = {

/***/ 5762:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NpyError: () => (/* binding */ NpyError),
  OBJECT_MEMBER: () => (/* binding */ OBJECT_MEMBER),
  TRAILING_MEMBER: () => (/* binding */ TRAILING_MEMBER),
  descrInfo: () => (/* binding */ descrInfo),
  numpyScanner: () => (/* binding */ numpyScanner),
  parseNpyHeader: () => (/* binding */ parseNpyHeader)
});

// EXTERNAL MODULE: ./lib/core/source.js
var core_source = __webpack_require__(7718);
// EXTERNAL MODULE: ./lib/formats/numpy/claim.js
var claim = __webpack_require__(2932);
;// CONCATENATED MODULE: ./lib/formats/numpy/literal.js
/**
 * A strict parser for the Python literal that holds a .npy header
 * (`{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }`): dicts, lists,
 * tuples, strings, integers, True/False/None. numpy reads it with
 * ast.literal_eval; we never evaluate anything, and reject whatever else.
 */
class PyTupleLit {
    items;
    constructor(items) {
        this.items = items;
    }
}
class PyDictLit {
    entries;
    constructor(entries) {
        this.entries = entries;
    }
    get(key) {
        return this.entries.find(([k]) => k === key)?.[1];
    }
}
class LiteralError extends Error {
}
const MAX_DEPTH = 32;
const MAX_ITEMS = 100_000;
function parsePyLiteral(text) {
    let i = 0;
    let items = 0;
    const fail = (what) => {
        throw new LiteralError(`${what} at character ${i}`);
    };
    const ws = () => {
        while (i < text.length && ' \t\n\r'.includes(text[i]))
            i++;
    };
    const value = (depth) => {
        if (depth > MAX_DEPTH)
            fail('nesting too deep');
        if (++items > MAX_ITEMS)
            fail('too many items');
        ws();
        const c = text[i];
        if (c === undefined)
            return fail('unexpected end');
        if (c === '{')
            return dict(depth);
        if (c === '[')
            return seq(']', depth);
        if (c === '(')
            return tuple(depth);
        if (c === "'" || c === '"')
            return str();
        if (c === '-' || c === '+' || (c >= '0' && c <= '9'))
            return int();
        for (const [word, v] of [['True', true], ['False', false], ['None', null]]) {
            if (text.startsWith(word, i) && !/[A-Za-z0-9_]/.test(text[i + word.length] ?? '')) {
                i += word.length;
                return v;
            }
        }
        return fail(`unexpected ${JSON.stringify(c)}`);
    };
    const items_ = (close, depth, each) => {
        i++;
        for (;;) {
            ws();
            if (text[i] === close) {
                i++;
                return;
            }
            each();
            ws();
            if (text[i] === ',')
                i++;
            else if (text[i] !== close)
                fail(`expected "," or "${close}"`);
            void depth;
        }
    };
    const dict = (depth) => {
        const entries = [];
        items_('}', depth, () => {
            const k = value(depth + 1);
            ws();
            if (text[i] !== ':')
                fail('expected ":"');
            i++;
            entries.push([k, value(depth + 1)]);
        });
        return new PyDictLit(entries);
    };
    const seq = (close, depth) => {
        const out = [];
        items_(close, depth, () => out.push(value(depth + 1)));
        return out;
    };
    const tuple = (depth) => {
        // (x) is x, not a tuple; (x,) and () are tuples.
        const start = i;
        const out = seq(')', depth);
        const inner = text.slice(start + 1, i - 1).trim();
        if (out.length === 1 && !inner.endsWith(','))
            fail('parenthesised value is not a tuple');
        return new PyTupleLit(out);
    };
    const str = () => {
        const q = text[i];
        i++;
        let s = '';
        while (i < text.length && text[i] !== q) {
            const c = text[i];
            if (c === '\n')
                fail('newline in string');
            if (c === '\\') {
                const e = text[i + 1];
                const simple = { '\\': '\\', "'": "'", '"': '"', n: '\n', t: '\t', r: '\r', '0': '\0' };
                if (e !== undefined && e in simple) {
                    s += simple[e];
                    i += 2;
                    continue;
                }
                const hex = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
                if (hex && /^[0-9a-fA-F]+$/.test(text.slice(i + 2, i + 2 + hex)) && text.slice(i + 2, i + 2 + hex).length === hex) {
                    s += String.fromCodePoint(parseInt(text.slice(i + 2, i + 2 + hex), 16));
                    i += 2 + hex;
                    continue;
                }
                fail('unsupported escape');
            }
            s += c;
            i++;
        }
        if (text[i] !== q)
            fail('unterminated string');
        i++;
        return s;
    };
    const int = () => {
        const m = /^[-+]?\d+L?/.exec(text.slice(i, i + 40));
        if (!m)
            return fail('bad number');
        i += m[0].length;
        const digits = m[0].replace(/L$/, '');
        if (digits.replace(/^[-+]/, '').length > 18)
            fail('integer too large');
        return Number(digits);
    };
    const v = value(0);
    ws();
    if (i !== text.length)
        fail('trailing characters');
    return v;
}

;// CONCATENATED MODULE: ./lib/formats/numpy/index.js



/**
 * NumPy .npy files (also the members of .npz archives, which the zip scanner
 * routes here by content). Layout: `\x93NUMPY`, major, minor, header length
 * (u16 for version 1, u32 for 2 and 3), the header (a Python dict literal,
 * latin-1 for versions 1-2, UTF-8 for 3), then the data.
 *
 * - object arrays (`|O`, or a structured dtype with an object field): numpy.load
 *   (allow_pickle=True) unpickles the data, so it is scanned as a pickle;
 * - other arrays: the header is checked against the file size, the data is never read.
 */
/** numpy refuses headers over 10 000 bytes by default; we accept up to 1 MiB before giving up. */
const MAX_HEADER = 1024 * 1024;
const OBJECT_MEMBER = '[object array pickle]';
const TRAILING_MEMBER = '[bytes after the array]';
class NpyError extends Error {
}
function parseNpyHeader(read, size) {
    const pre = read(0, 12);
    if (pre.length < 10 || !(0,claim/* isNpy */.W)(pre))
        throw new NpyError('not a .npy file (bad magic)');
    const major = pre[6];
    const minor = pre[7];
    if (major < 1 || major > 3 || minor !== 0)
        throw new NpyError(`unsupported .npy format version ${major}.${minor}`);
    let length;
    let start;
    if (major === 1) {
        length = pre[8] | (pre[9] << 8);
        start = 10;
    }
    else {
        if (pre.length < 12)
            throw new NpyError('file ends inside the .npy preamble');
        length = Buffer.from(pre).readUInt32LE(8);
        start = 12;
    }
    if (length > MAX_HEADER)
        throw new NpyError(`header of ${length} bytes is larger than the ${MAX_HEADER}-byte limit`);
    if (start + length > size)
        throw new NpyError(`header of ${length} bytes runs past the end of the file`);
    const raw = Buffer.from(read(start, length));
    const text = raw.toString(major === 3 ? 'utf8' : 'latin1');
    let dict;
    try {
        dict = parsePyLiteral(text);
    }
    catch (error) {
        throw new NpyError(`header is not a Python literal: ${error instanceof LiteralError ? error.message : String(error)}`);
    }
    if (!(dict instanceof PyDictLit))
        throw new NpyError('header is not a dict');
    const keys = dict.entries.map(([k]) => k).sort();
    if (keys.length !== 3 || keys[0] !== 'descr' || keys[1] !== 'fortran_order' || keys[2] !== 'shape') {
        throw new NpyError(`header keys are ${JSON.stringify(keys)}, not descr, fortran_order and shape`);
    }
    const shapeLit = dict.get('shape');
    if (!(shapeLit instanceof PyTupleLit))
        throw new NpyError('shape is not a tuple');
    const shape = [];
    let count = 1;
    for (const n of shapeLit.items) {
        if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0)
            throw new NpyError('shape holds something other than non-negative integers');
        shape.push(n);
        count *= n;
    }
    const fortran = dict.get('fortran_order');
    if (typeof fortran !== 'boolean')
        throw new NpyError('fortran_order is not True or False');
    const dtype = descrInfo(dict.get('descr'), 0);
    return { version: major, dataOffset: start + length, shape, fortranOrder: fortran, itemSize: dtype.size, hasObject: dtype.hasObject, count };
}
/** Item size and object-ness of a descr: a type string or a list of fields. */
function descrInfo(descr, depth) {
    if (depth > 16)
        throw new NpyError('dtype nested too deep');
    if (typeof descr === 'string')
        return typeString(descr);
    if (Array.isArray(descr)) {
        let size = 0;
        let hasObject = false;
        for (const field of descr) {
            const items = field instanceof PyTupleLit ? field.items : undefined;
            if (!items || items.length < 2 || items.length > 3)
                throw new NpyError('a structured dtype field is not (name, type[, shape])');
            const name = items[0];
            if (typeof name !== 'string' && !(name instanceof PyTupleLit))
                throw new NpyError('a structured dtype field name is not a string');
            const inner = descrInfo(items[1], depth + 1);
            let n = 1;
            const sub = items[2];
            if (sub !== undefined) {
                const dims = sub instanceof PyTupleLit ? sub.items : [sub];
                for (const d of dims) {
                    if (typeof d !== 'number' || !Number.isSafeInteger(d) || d < 0)
                        throw new NpyError('a sub-array shape is not made of integers');
                    n *= d;
                }
            }
            size += inner.size * n;
            hasObject ||= inner.hasObject;
        }
        return { size, hasObject };
    }
    throw new NpyError('descr is neither a type string nor a list of fields');
}
function typeString(s) {
    const m = /^([<>|=]?)([?bBhHiIlLqQpPefdgFDGSaUVOMmuic])(\d*)(\[[A-Za-z0-9]+\])?$/.exec(s);
    if (!m)
        throw new NpyError(`unknown dtype ${JSON.stringify(s.slice(0, 40))}`);
    const kind = m[2];
    const n = m[3] ? Number(m[3]) : undefined;
    if (kind === 'O')
        return { size: 8, hasObject: true };
    if (kind === '?')
        return { size: 1, hasObject: false };
    if (kind === 'U')
        return { size: 4 * (n ?? 0), hasObject: false };
    if ('SaV'.includes(kind))
        return { size: n ?? 0, hasObject: false };
    if (n !== undefined)
        return { size: n, hasObject: false };
    // One-character codes without a size (numpy writes sizes, but hand-made headers may not).
    const sizes = { b: 1, B: 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, p: 8, P: 8, e: 2, f: 4, d: 8, g: 16, F: 8, D: 16, G: 32 };
    const size = sizes[kind];
    if (size === undefined)
        throw new NpyError(`dtype ${JSON.stringify(s)} has no size`);
    return { size, hasObject: false };
}
async function scan(ctx) {
    const { source } = ctx;
    let header;
    try {
        header = parseNpyHeader((o, l) => source.read(o, l), source.size);
    }
    catch (error) {
        ctx.incomplete(`invalid .npy header: ${error instanceof Error ? error.message : String(error)}`, 0);
        return;
    }
    const rest = source.size - header.dataOffset;
    if (header.hasObject) {
        // numpy.load(allow_pickle=True) calls pickle.load on everything after the header.
        if (rest <= 0) {
            ctx.incomplete('object array without data', header.dataOffset);
            return;
        }
        const taken = await ctx.scanNested(new core_source/* SliceSource */.EH(source, header.dataOffset, rest), OBJECT_MEMBER);
        if (taken !== 'pickle') {
            ctx.incomplete(taken === undefined
                ? 'the object array data is unpickled by numpy.load but is not recognisable as a pickle'
                : `the object array data is unpickled by numpy.load but its bytes were read as ${taken}, not as a pickle`, header.dataOffset);
        }
        return;
    }
    const bytes = header.count * header.itemSize;
    if (!Number.isSafeInteger(bytes) || bytes > rest) {
        ctx.incomplete(`the header declares ${bytes} bytes of array data but only ${rest} are present (truncated or lying header)`, header.dataOffset);
        return;
    }
    if (bytes < rest) {
        // numpy never reads past the array: anything there is a second file riding along.
        await ctx.scanNested(new core_source/* SliceSource */.EH(source, header.dataOffset + bytes, rest - bytes), TRAILING_MEMBER);
    }
}
const numpyScanner = {
    ...claim/* numpyClaim */._,
    scan,
};


/***/ })

};

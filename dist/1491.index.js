export const id = 1491;
export const ids = [1491];
export const modules = {

/***/ 9678:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ jsonLimitProblem)
/* harmony export */ });
/* unused harmony export jsonDepth */
/**
 * Deepest nesting of `[` and `{` in a JSON text (strings skipped), stopping
 * as soon as it passes `stopAbove`. Linear, no recursion: runs before
 * JSON.parse so recursive walkers never meet a document deeper than the limit.
 */
function jsonDepth(text, stopAbove = Infinity) {
    let depth = 0;
    let max = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c)
                i++;
            else if (c === 0x22)
                inString = false;
        }
        else if (c === 0x22)
            inString = true;
        else if (c === 0x5b || c === 0x7b) {
            if (++depth > max) {
                max = depth;
                if (max > stopAbove)
                    return max;
            }
        }
        else if (c === 0x5d || c === 0x7d)
            depth--;
    }
    return max;
}
/**
 * Why a JSON document must not be parsed under the limits (maxJsonBytes,
 * maxJsonDepth), or undefined when it may. `what` names it in the message
 * ("the config.json"). `bytes` defaults to the UTF-16 length of the text.
 */
function jsonLimitProblem(text, limits, what, bytes = text.length) {
    if (bytes > limits.maxJsonBytes) {
        return `${what} is ${bytes} bytes, more than the limit of ${limits.maxJsonBytes} bytes (limit maxJsonBytes)`;
    }
    if (jsonDepth(text, limits.maxJsonDepth) > limits.maxJsonDepth) {
        return `${what} nests deeper than ${limits.maxJsonDepth} levels (limit maxJsonDepth)`;
    }
    return undefined;
}


/***/ }),

/***/ 1491:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_HEADER_BYTES: () => (/* reexport */ claim/* MAX_HEADER_BYTES */.v8),
  safetensorsScanner: () => (/* binding */ safetensorsScanner)
});

// EXTERNAL MODULE: ./lib/core/source.js
var source = __webpack_require__(7718);
;// CONCATENATED MODULE: ./lib/formats/safetensors/dtypes.js
/**
 * Element sizes in bits of the safetensors dtypes (the Rust crate's `Dtype`
 * enum). Sub-byte types (F4, F6) pack elements, so sizes are kept in bits.
 */
const DTYPE_BITS = new Map([
    ['BOOL', 8],
    ['F4', 4],
    ['F6_E2M3', 6],
    ['F6_E3M2', 6],
    ['U8', 8],
    ['I8', 8],
    ['F8_E5M2', 8],
    ['F8_E4M3', 8],
    ['F8_E8M0', 8],
    ['I16', 16],
    ['U16', 16],
    ['F16', 16],
    ['BF16', 16],
    ['I32', 32],
    ['U32', 32],
    ['F32', 32],
    ['C64', 64],
    ['F64', 64],
    ['I64', 64],
    ['U64', 64],
]);

;// CONCATENATED MODULE: ./lib/formats/safetensors/header.js

const MAX_PROBLEMS = 20;
/**
 * Validates the parsed JSON header against the data section size, the way the
 * reference loader does: known dtype, shape \u00d7 dtype size equals the span,
 * spans inside the data, contiguous from 0 without overlap or holes.
 */
function checkHeader(header, dataSize) {
    const problems = [];
    const spans = [];
    const add = (problem) => {
        if (problems.length < MAX_PROBLEMS)
            problems.push(problem);
    };
    if (!isPlainObject(header)) {
        add('the header is not a JSON object');
        return { problems, spans };
    }
    for (const [name, entry] of Object.entries(header)) {
        if (name === '__metadata__') {
            checkMetadata(entry, add);
            continue;
        }
        const span = checkTensor(name, entry, dataSize, add);
        if (span)
            spans.push(span);
    }
    spans.sort((a, b) => a.begin - b.begin || a.end - b.end);
    let expected = 0;
    for (const span of spans) {
        if (span.begin < expected)
            add(`tensor "${span.name}" overlaps the previous tensor (starts at ${span.begin}, before ${expected})`);
        else if (span.begin > expected)
            add(`${span.begin - expected} unreferenced bytes before tensor "${span.name}" (a hole at ${expected})`);
        expected = Math.max(expected, span.end);
    }
    return { problems, spans };
}
function checkMetadata(entry, add) {
    if (!isPlainObject(entry)) {
        add('"__metadata__" is not an object');
        return;
    }
    for (const [key, value] of Object.entries(entry)) {
        if (typeof value !== 'string')
            add(`"__metadata__" value "${key}" is not a string`);
    }
}
function checkTensor(name, entry, dataSize, add) {
    if (!isPlainObject(entry)) {
        add(`tensor "${name}" is not an object`);
        return undefined;
    }
    const { dtype, shape, data_offsets: offsets } = entry;
    const bits = typeof dtype === 'string' ? DTYPE_BITS.get(dtype) : undefined;
    if (bits === undefined)
        add(`tensor "${name}" has an unknown dtype ${JSON.stringify(dtype)}`);
    const elements = elementCount(shape);
    if (elements === undefined)
        add(`tensor "${name}" has an invalid shape`);
    if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every(isOffset)) {
        add(`tensor "${name}" has invalid data_offsets`);
        return undefined;
    }
    const [begin, end] = offsets;
    if (begin > end) {
        add(`tensor "${name}" ends before it starts (${begin} > ${end})`);
        return undefined;
    }
    if (end > dataSize) {
        add(`tensor "${name}" ends at ${end}, past the ${dataSize} data bytes in the file`);
        return undefined;
    }
    if (bits !== undefined && elements !== undefined) {
        const expectedBits = elements * BigInt(bits);
        if (expectedBits % 8n !== 0n || expectedBits / 8n !== BigInt(end - begin)) {
            add(`tensor "${name}" spans ${end - begin} bytes but its shape and dtype need ${expectedBits / 8n}`);
        }
    }
    return { name, begin, end };
}
/** Product of the dimensions as a bigint (no overflow), or undefined when the shape is not a list of naturals. */
function elementCount(shape) {
    if (!Array.isArray(shape))
        return undefined;
    let count = 1n;
    for (const dim of shape) {
        if (!isOffset(dim))
            return undefined;
        count *= BigInt(dim);
    }
    return count;
}
function isOffset(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./lib/core/json-limits.js
var json_limits = __webpack_require__(9678);
;// CONCATENATED MODULE: ./lib/formats/safetensors/duplicate-keys.js
const MAX_REPORTED = 20;
function duplicateKeys(text) {
    const out = [];
    // One frame per open container: for objects, the keys seen and the path; for arrays, undefined keys.
    const stack = [];
    let lastKey;
    for (let i = 0; i < text.length && out.length < MAX_REPORTED; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22) {
            const end = stringEnd(text, i);
            if (end < 0)
                return out; // unterminated: JSON.parse has already refused it
            const top = stack[stack.length - 1];
            if (top?.keys && top.expectKey) {
                // Escapes are rare in tensor names: decode only a key that has one.
                const raw = text.slice(i + 1, end);
                const key = raw.includes('\\') ? decode(text.slice(i, end + 1)) : raw;
                if (top.keys.has(key))
                    out.push({ path: top.path, key });
                top.keys.add(key);
                top.expectKey = false;
                lastKey = key;
            }
            i = end;
        }
        else if (c === 0x7b || c === 0x5b) {
            const parent = stack[stack.length - 1];
            const path = parent === undefined ? '$' : parent.keys && lastKey !== undefined ? `${parent.path}.${lastKey}` : `${parent.path}[]`;
            stack.push({ keys: c === 0x7b ? new Set() : undefined, path, expectKey: c === 0x7b });
            lastKey = undefined;
        }
        else if (c === 0x7d || c === 0x5d) {
            stack.pop();
            lastKey = undefined;
        }
        else if (c === 0x2c) {
            const top = stack[stack.length - 1];
            if (top?.keys)
                top.expectKey = true;
        }
    }
    return out;
}
/** Index of the closing quote of the string starting at `start`, or -1. */
function stringEnd(text, start) {
    for (let i = start + 1; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x5c)
            i++;
        else if (c === 0x22)
            return i;
    }
    return -1;
}
function decode(literal) {
    try {
        return JSON.parse(literal);
    }
    catch {
        return literal;
    }
}

// EXTERNAL MODULE: ./lib/formats/safetensors/claim.js
var claim = __webpack_require__(2014);
;// CONCATENATED MODULE: ./lib/formats/safetensors/index.js






/**
 * safetensors: an 8-byte little-endian header length, a JSON header, then raw
 * tensor bytes. Data-only by design; the risks are a lying header (loader
 * bugs, DoS) and bytes outside every tensor (a polyglot hiding a pickle or zip).
 * Routed before zip: a safetensors file owns bytes appended to it, so a
 * polyglot is reported as one and its tail scanned as a nested file.
 */
const safetensorsScanner = { ...claim/* safetensorsClaim */.GD, scan: scanSafetensors };
async function scanSafetensors(ctx) {
    const { source } = ctx;
    const length = (0,claim/* headerLength */.gT)(source.read(0, 8));
    if (length > BigInt(claim/* MAX_HEADER_BYTES */.v8) || length > BigInt(Math.max(0, source.size - 8))) {
        malformed(ctx, `the header claims ${length} bytes; the file has ${Math.max(0, source.size - 8)} after the length and loaders accept at most ${claim/* MAX_HEADER_BYTES */.v8}`, 0);
        ctx.incomplete('the safetensors header length is invalid', 0);
        return;
    }
    const headerBytes = Number(length);
    if (headerBytes > ctx.limits.maxJsonBytes) {
        ctx.incomplete(`the safetensors header is ${headerBytes} bytes, more than the limit of ${ctx.limits.maxJsonBytes} bytes (limit maxJsonBytes)`, 8);
        return;
    }
    let header;
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(source.read(8, headerBytes));
        const tooDeep = (0,json_limits/* jsonLimitProblem */.X)(text, ctx.limits, 'the safetensors header', headerBytes);
        if (tooDeep) {
            ctx.incomplete(tooDeep, 8);
            return;
        }
        header = JSON.parse(text);
    }
    catch (error) {
        malformed(ctx, `the header is not valid UTF-8 JSON (${error instanceof Error ? error.message : String(error)})`, 8);
        ctx.incomplete('the safetensors header could not be parsed', 8);
        return;
    }
    for (const dup of duplicateKeys(text)) {
        // Parsers disagree on which of two entries counts (last: JSON.parse, Python, serde maps; first or an error: others).
        ctx.report({
            ruleId: 'safetensors/malformed',
            severity: 'high',
            message: `Invalid safetensors header: the key "${dup.key.slice(0, 100)}" appears twice in ${dup.path === '$' ? 'the header' : `"${dup.path.slice(2, 102)}"`}; ` +
                'parsers that keep the first entry and parsers that keep the last read different tensors from the same file (a parser differential).',
            offset: 8,
            properties: { duplicateKey: dup.key.slice(0, 200), object: dup.path.slice(0, 200), technique: 'duplicate-json-key' },
        });
    }
    const dataStart = 8 + headerBytes;
    const { problems, spans } = checkHeader(header, source.size - dataStart);
    for (const problem of problems)
        malformed(ctx, problem, 8);
    await routeUnclaimedBytes(ctx, spans, dataStart);
}
/** Bytes no tensor claims are never read by a loader, so they are the place to hide a payload: scan them. */
async function routeUnclaimedBytes(ctx, spans, dataStart) {
    let covered = 0;
    for (const span of spans) {
        if (span.begin > covered) {
            // Holes are already reported as malformed; still look at what is in them.
            await ctx.scanNested(new source/* SliceSource */.EH(ctx.source, dataStart + covered, span.begin - covered), `hole@${dataStart + covered}`);
        }
        covered = Math.max(covered, span.end);
    }
    const trailingStart = dataStart + covered;
    const trailing = ctx.source.size - trailingStart;
    if (trailing <= 0)
        return;
    const nestedFormat = await ctx.scanNested(new source/* SliceSource */.EH(ctx.source, trailingStart, trailing), 'trailing-data');
    // Recognisable content there is a deliberate polyglot; unrecognised bytes may be junk or padding.
    ctx.report({
        ruleId: 'safetensors/trailing-data',
        severity: nestedFormat ? 'high' : 'medium',
        message: `${trailing} bytes follow the last tensor` +
            (nestedFormat ? ` and form a ${nestedFormat} file of their own` : '') +
            '; no loader reads them, so they can carry a second file (a pickle or zip polyglot).',
        offset: trailingStart,
        properties: { trailingBytes: trailing, ...(nestedFormat ? { trailingFormat: nestedFormat } : {}) },
    });
}
function malformed(ctx, problem, offset) {
    ctx.report({ ruleId: 'safetensors/malformed', message: `Invalid safetensors header: ${problem}.`, offset });
}


/***/ })

};

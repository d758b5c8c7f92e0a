export const id = 5193;
export const ids = [5193];
export const modules = {

/***/ 1038:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ parsePythonJson)
/* harmony export */ });
/**
 * Parses JSON the way Python's `json.loads` accepts it: Keras writes configs
 * with `json.dumps`, which emits bare NaN, Infinity and -Infinity for floats.
 * JSON.parse rejects those, so they are replaced by null outside strings first.
 */
function parsePythonJson(text) {
    return JSON.parse(replaceNonFiniteLiterals(text));
}
function replaceNonFiniteLiterals(text) {
    if (!/NaN|Infinity/.test(text))
        return text;
    let out = '';
    let start = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (inString) {
            if (ch === 0x5c)
                i++; // backslash: skip the escaped character
            else if (ch === 0x22)
                inString = false;
            continue;
        }
        if (ch === 0x22) {
            inString = true;
            continue;
        }
        const literal = text.startsWith('NaN', i)
            ? 'NaN'
            : text.startsWith('-Infinity', i)
                ? '-Infinity'
                : text.startsWith('Infinity', i)
                    ? 'Infinity'
                    : undefined;
        if (literal) {
            out += text.slice(start, i) + 'null';
            i += literal.length - 1;
            start = i + 1;
        }
    }
    return out + text.slice(start);
}


/***/ }),

/***/ 5193:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  decodeLikePythonJson: () => (/* binding */ decodeLikePythonJson),
  skopsScanner: () => (/* binding */ skopsScanner)
});

// EXTERNAL MODULE: ./lib/core/json-limits.js
var json_limits = __webpack_require__(9678);
// EXTERNAL MODULE: ./lib/policy/pickle-globals.js
var pickle_globals = __webpack_require__(9971);
// EXTERNAL MODULE: ./lib/policy/pickle-policy.js
var pickle_policy = __webpack_require__(3861);
;// CONCATENATED MODULE: ./lib/policy/skops.js
/**
 * What skops.io.load does with each node of a `.skops` file's schema.json, as data
 * (facts from skops 0.9\u20130.14: skops/io/_general.py, _numpy.py, _scipy.py, _sklearn.py,
 * _quantile_forest.py, old/). Types are judged by the pickle policy (classifyGlobal);
 * the lists below add what skops trusts by default and the pickle allowlist does not hold.
 */
const SKOPS_LOADERS = {
    ObjectNode: 'instantiate',
    FunctionNode: 'function',
    TypeNode: 'import',
    MethodNode: 'method',
    OperatorFuncNode: 'operator',
    ConstructorFromReduceNode: 'call',
    // Containers call gettype(module, class)(items): the class is whatever the file says.
    DictNode: 'call',
    ListNode: 'call',
    SetNode: 'call',
    TupleNode: 'call',
    RandomStateNode: 'call',
    RandomGeneratorNode: 'call',
    // np.load(allow_pickle=False), then gettype(module, class)(array) unless it is numpy.ndarray.
    NdArrayNode: 'call',
    // ReduceNode subclasses: constructor(*__reduce__.args). LossNode (and SGDNode before it) took the constructor from the
    // file before skops 0.15; TreeNode and QuantileForestNode use a fixed one but are judged the same way (fail closed).
    LossNode: 'call',
    SGDNode: 'call',
    TreeNode: 'call',
    QuantileForestNode: 'call',
    DefaultDictNode: 'none',
    PartialNode: 'none',
    JsonNode: 'none',
    BytesNode: 'none',
    BytearrayNode: 'none',
    SliceNode: 'none',
    MaskedArrayNode: 'none',
    DTypeNode: 'none',
    SparseMatrixNode: 'none',
    CachedNode: 'none',
    _DictWithDeprecatedKeysNode: 'none',
};
/** What each use does, for the one-sentence message. */
const SKOPS_DOES = {
    instantiate: 'imports the class and builds an instance of it (no __init__, then its state is set)',
    call: 'imports it and calls it with arguments from the file',
    import: 'imports it and puts it in the model',
    function: 'imports the function and puts it in the model, which calls it later',
    method: 'rebuilds the object and fetches this method from it, to be called later',
    operator: 'builds this operator function from the file; it fetches attributes or calls methods of whatever the model later applies it to',
};
/** NumPy ufuncs skops trusts in FunctionNode (`numpy.<name>`, NUMPY_UFUNC_TYPE_NAMES): pure element-wise math. */
const NUMPY_UFUNCS = new Set([
    'absolute', 'abs', 'add', 'arccos', 'arccosh', 'arcsin', 'arcsinh', 'arctan', 'arctan2', 'arctanh', 'acos', 'acosh', 'asin', 'asinh',
    'atan', 'atan2', 'atanh', 'bitwise_and', 'bitwise_count', 'bitwise_invert', 'bitwise_left_shift', 'bitwise_not', 'bitwise_or',
    'bitwise_right_shift', 'bitwise_xor', 'cbrt', 'ceil', 'conj', 'conjugate', 'copysign', 'cos', 'cosh', 'deg2rad', 'degrees', 'divide',
    'divmod', 'equal', 'exp', 'exp2', 'expm1', 'fabs', 'float_power', 'floor', 'floor_divide', 'fmax', 'fmin', 'fmod', 'frexp', 'gcd',
    'greater', 'greater_equal', 'heaviside', 'hypot', 'invert', 'isfinite', 'isinf', 'isnan', 'isnat', 'lcm', 'ldexp', 'left_shift',
    'less', 'less_equal', 'log', 'log10', 'log1p', 'log2', 'logaddexp', 'logaddexp2', 'logical_and', 'logical_not', 'logical_or',
    'logical_xor', 'matmul', 'matvec', 'maximum', 'minimum', 'mod', 'modf', 'multiply', 'negative', 'nextafter', 'not_equal', 'positive',
    'pow', 'power', 'rad2deg', 'radians', 'reciprocal', 'remainder', 'right_shift', 'rint', 'sign', 'signbit', 'sin', 'sinh', 'spacing',
    'sqrt', 'square', 'subtract', 'tan', 'tanh', 'true_divide', 'trunc', 'vecdot', 'vecmat',
]);
/** Modules whose lower-case names are SciPy special-function ufuncs, trusted in FunctionNode (SCIPY_UFUNC_TYPE_NAMES). */
const SCIPY_UFUNC_MODULES = new Set(['scipy.special', 'scipy.special._ufuncs', 'scipy.special._ufuncs_cxx']);
const SCIPY_UFUNC_NAME = /^[a-z][a-z0-9_]*$/;
/** Bit generators RandomGeneratorNode looks up as numpy.random.<name>. */
const NUMPY_BIT_GENERATORS = new Set(['MT19937', 'PCG64', 'PCG64DXSM', 'Philox', 'SFC64']);

// EXTERNAL MODULE: ./lib/formats/keras/python-json.js
var python_json = __webpack_require__(1038);
// EXTERNAL MODULE: ./lib/formats/pickle/compat.js
var compat = __webpack_require__(2689);
// EXTERNAL MODULE: ./lib/formats/skops/claim.js
var claim = __webpack_require__(3749);
;// CONCATENATED MODULE: ./lib/formats/skops/index.js







/**
 * skops files (threat F7): a zip whose `schema.json` is a tree of nodes, each naming a
 * `__module__` and a `__class__` and a `__loader__` that decides what skops does with them
 * (see src/policy/skops.ts). The zip scanner routes the members: `schema.json` comes here,
 * the `.npy` / `.npz` arrays go to the NumPy scanner.
 *
 * skops.io.load refuses untrusted types unless the caller passes `trusted=`, which users fill
 * with get_untrusted_types(...). So every node that would import or call something is judged
 * like a pickle global (classifyGlobal: os.system is critical here as in a pickle); names
 * neither trusted by skops by default nor allowed by the pickle policy are reported medium.
 * The walk is iterative and bounded (maxJsonBytes, maxJsonDepth, a node count, the time budget).
 */
const MAX_NODES = 2_000_000;
const MAX_ARGS = 8;
const MAX_ARG_CHARS = 120;
const MAX_KEY_CHARS = 80;
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
async function scan(ctx) {
    const name = (ctx.member ?? ctx.file).split('/').pop() ?? 'schema.json';
    const { size } = ctx.source;
    if (size > ctx.limits.maxJsonBytes) {
        ctx.incomplete(`${name} is ${size} bytes, more than the limit of ${ctx.limits.maxJsonBytes} bytes (limit maxJsonBytes)`);
        return;
    }
    const text = decodeLikePythonJson(ctx.source.read(0, size));
    const tooDeep = (0,json_limits/* jsonLimitProblem */.X)(text, ctx.limits, name, size);
    if (tooDeep) {
        ctx.incomplete(tooDeep);
        return;
    }
    let schema;
    try {
        schema = (0,python_json/* parsePythonJson */.S)(text);
    }
    catch (error) {
        ctx.incomplete(`${name} is not valid JSON (${error instanceof Error ? error.message : String(error)}); skops cannot load it, but it was not checked`);
        return;
    }
    // skops.io.load reads schema["protocol"] and builds the root node from schema["__loader__"]: anything else is not a skops tree.
    if (!isObject(schema) || !('__loader__' in schema))
        return;
    walk(ctx, schema, name);
}
function walk(ctx, root, name) {
    const policy = (0,pickle_policy/* picklePolicyOf */.O)(ctx.policy);
    const unknownLoaders = new Set();
    const stack = [{ value: root, path: '' }];
    let visited = 0;
    while (stack.length > 0) {
        if (++visited > MAX_NODES) {
            ctx.incomplete(`${name} has more than ${MAX_NODES} values; the rest was not checked (a node count bound)`);
            return;
        }
        if ((visited & 0xfff) === 0)
            ctx.checkBudget();
        const { value, path } = stack.pop();
        if (Array.isArray(value)) {
            for (let i = value.length - 1; i >= 0; i--) {
                const item = value[i];
                if (typeof item === 'object' && item !== null)
                    stack.push({ value: item, path: `${path}[${i}]` });
            }
            continue;
        }
        if (!isObject(value))
            continue;
        if (typeof value.__loader__ === 'string')
            judgeNode(ctx, value, path || '(root)', name, policy, unknownLoaders);
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
            const key = keys[i];
            const child = value[key];
            if (typeof child !== 'object' || child === null)
                continue;
            const label = key.length > MAX_KEY_CHARS ? `${key.slice(0, MAX_KEY_CHARS)}\u2026` : key;
            stack.push({ value: child, path: path ? `${path}.${label}` : label });
        }
    }
}
function judgeNode(ctx, node, path, name, policy, unknownLoaders) {
    const loader = node.__loader__;
    const known = Object.hasOwn(SKOPS_LOADERS, loader);
    if (!known && !unknownLoaders.has(loader) && unknownLoaders.size < 100) {
        unknownLoaders.add(loader);
        ctx.incomplete(`the node at ${path} of ${name} uses the loader "${shorten(loader)}", which skops does not define; skops refuses such a file, ` +
            'but what a later version would do with it is unknown');
    }
    const use = known ? SKOPS_LOADERS[loader] : 'call';
    const module = typeof node.__module__ === 'string' ? node.__module__ : undefined;
    const cls = typeof node.__class__ === 'string' ? node.__class__ : undefined;
    const content = isObject(node.content) ? node.content : undefined;
    switch (use) {
        case 'none':
            return;
        case 'operator': {
            // getattr(operator, __class__)(*attrs): the module is not used (before skops 0.12 not even checked).
            if (cls === undefined)
                return;
            const spoofed = module !== undefined && module !== 'operator' ? ` (the node claims the module "${shorten(module)}", which skops before 0.12 reported instead)` : '';
            report(ctx, { module: 'operator', name: cls, use, loader, path, file: name, args: constantArgs(node.attrs), note: spoofed }, policy);
            return;
        }
        case 'method': {
            const obj = content && isObject(content.obj) ? content.obj : undefined;
            const func = content?.func;
            if (!obj || typeof func !== 'string' || typeof obj.__module__ !== 'string' || typeof obj.__class__ !== 'string')
                return;
            const mismatch = module !== obj.__module__ || cls !== obj.__class__
                ? ` (the node itself claims ${shorten(`${String(module)}.${String(cls)}`)}, which skops before 0.12 audited instead)`
                : '';
            report(ctx, { module: obj.__module__, name: `${obj.__class__}.${func}`, use, loader, path, file: name, args: [], note: mismatch, alwaysReport: true }, policy);
            return;
        }
        case 'function': {
            if (module !== undefined && cls !== undefined)
                report(ctx, { module, name: cls, use, loader, path, file: name, args: [], note: '' }, policy);
            // Protocol 0 FunctionNode: the function is content.module_path + content.function.
            if (content && typeof content.module_path === 'string' && typeof content.function === 'string') {
                report(ctx, { module: content.module_path, name: content.function, use, loader, path, file: name, args: [], note: ' (protocol 0 layout)' }, policy);
            }
            return;
        }
        default: {
            if (module === undefined || cls === undefined)
                return;
            // A plain ndarray (or a JSON-typed object array) is built without importing the node's class.
            if (loader === 'NdArrayNode' && (node.type !== 'numpy' || (module === 'numpy' && cls === 'ndarray')))
                return;
            report(ctx, { module, name: cls, use, loader, path, file: name, args: use === 'instantiate' ? [] : constantArgs(reduceArgs(node)), note: '' }, policy);
            if (loader === 'RandomGeneratorNode')
                bitGenerator(ctx, node, path, name, policy);
        }
    }
}
function report(ctx, site, policy) {
    const canon = (0,compat/* canonicalName */.Ew)(site.module, site.name);
    const verdict = (0,pickle_globals/* classifyGlobal */.Sq)(policy, canon.module, canon.name);
    if (verdict.kind !== 'deny' && !site.alwaysReport && (verdict.kind === 'allow' || trustedBySkops(site)))
        return;
    const callable = `${site.module}.${site.name}`;
    const withArgs = site.args.length ? ` with ${site.args.join(', ')}` : '';
    const ruleId = ruleFor(verdict);
    ctx.report({
        ruleId,
        ...(verdict.kind === 'deny' ? { severity: verdict.severity } : {}),
        message: `${site.file}: the ${site.loader} at ${site.path} names ${callable}${withArgs}${site.note}; skops.io.load, once the type is trusted, ` +
            `${SKOPS_DOES[site.use]}${verdict.kind === 'deny' ? ` (${verdict.matched}: ${verdict.reason})` : ''}.`,
        callable,
        ...(site.args.length ? { args: site.args } : {}),
        properties: { loader: site.loader, node: site.path, ...(verdict.kind === 'deny' ? { category: verdict.category, reason: verdict.reason } : {}) },
    });
}
function ruleFor(verdict) {
    if (verdict.kind !== 'deny')
        return 'skops/untrusted-type';
    return verdict.severity === 'critical' ? 'skops/code-execution' : 'skops/system-access';
}
/** What skops trusts by default that the pickle allowlist does not hold: NumPy / SciPy ufuncs in FunctionNode. */
function trustedBySkops(site) {
    if (site.use !== 'function')
        return false;
    if (site.module === 'numpy' && NUMPY_UFUNCS.has(site.name))
        return true;
    return SCIPY_UFUNC_MODULES.has(site.module) && SCIPY_UFUNC_NAME.test(site.name);
}
/** RandomGeneratorNode also looks up numpy.random.<bit_generator> by a name stored in its content. */
function bitGenerator(ctx, node, path, name, policy) {
    const state = isObject(node.content) && isObject(node.content.bit_generator) ? node.content.bit_generator : undefined;
    const entry = state && isObject(state.content) ? state.content.bit_generator : undefined;
    const text = isObject(entry) && entry.__loader__ === 'JsonNode' && typeof entry.content === 'string' ? entry.content : undefined;
    let generator;
    try {
        generator = text === undefined ? undefined : JSON.parse(text);
    }
    catch {
        generator = undefined;
    }
    if (typeof generator !== 'string') {
        if (state)
            ctx.incomplete(`the RandomGeneratorNode at ${path} of ${name} names its bit generator in a form the scanner does not read`);
        return;
    }
    if (NUMPY_BIT_GENERATORS.has(generator))
        return;
    report(ctx, { module: 'numpy.random', name: generator, use: 'call', loader: 'RandomGeneratorNode', path, file: name, args: [], note: ' (its bit generator)' }, policy);
}
/** ReduceNode subclasses call the constructor with `__reduce__.args`; others take `content`. */
function reduceArgs(node) {
    const reduce = node.__reduce__;
    return isObject(reduce) ? reduce.args : node.content;
}
/** Constant arguments of a tuple / list node of JSON values, for display. */
function constantArgs(value) {
    if (!isObject(value) || !Array.isArray(value.content))
        return [];
    const out = [];
    for (const item of value.content.slice(0, MAX_ARGS)) {
        if (isObject(item) && item.__loader__ === 'JsonNode' && typeof item.content === 'string')
            out.push(shorten(item.content));
        else if (isObject(item) && typeof item.__module__ === 'string' && typeof item.__class__ === 'string')
            out.push(`<${shorten(`${item.__module__}.${item.__class__}`)}>`);
        else
            out.push('\u2026');
    }
    return out;
}
function shorten(text) {
    return text.length > MAX_ARG_CHARS ? `${text.slice(0, MAX_ARG_CHARS)}\u2026` : text;
}
/** The bytes as Python's json.loads decodes them (json.detect_encoding: BOMs, then NUL-byte patterns, else UTF-8). */
function decodeLikePythonJson(b) {
    const decode = (encoding, from = 0) => new TextDecoder(encoding, { ignoreBOM: true }).decode(b.subarray(from));
    if (b[0] === 0x00 && b[1] === 0x00 && b[2] === 0xfe && b[3] === 0xff)
        return utf32(b.subarray(4), false);
    if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0x00 && b[3] === 0x00)
        return utf32(b.subarray(4), true);
    if (b[0] === 0xfe && b[1] === 0xff)
        return decode('utf-16be', 2);
    if (b[0] === 0xff && b[1] === 0xfe)
        return decode('utf-16le', 2);
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
        return decode('utf-8', 3);
    if (b.length >= 4) {
        if (!b[0])
            return b[1] ? decode('utf-16be') : utf32(b, false);
        if (!b[1])
            return b[2] || b[3] ? decode('utf-16le') : utf32(b, true);
    }
    else if (b.length === 2) {
        if (!b[0])
            return decode('utf-16be');
        if (!b[1])
            return decode('utf-16le');
    }
    return decode('utf-8');
}
function utf32(b, littleEndian) {
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const parts = [];
    let chunk = [];
    for (let i = 0; i + 4 <= b.length; i += 4) {
        const cp = view.getUint32(i, littleEndian);
        chunk.push(cp <= 0x10ffff ? cp : 0xfffd);
        if (chunk.length === 8192) {
            parts.push(String.fromCodePoint(...chunk));
            chunk = [];
        }
    }
    parts.push(String.fromCodePoint(...chunk));
    return parts.join('');
}
const skopsScanner = {
    ...claim/* skopsClaim */.P,
    scan,
};


/***/ }),

/***/ 3861:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ picklePolicyOf)
/* harmony export */ });
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3506);
/* harmony import */ var _pickle_globals_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9971);


const merged = new WeakMap();
/**
 * The pickle tables of a policy: the defaults plus what its configuration allows or denies,
 * merged once per policy (loaded with the pickle scanner). The defaults are never mutated.
 * Configuration never allows what the defaults deny (an exact allow would outrank a
 * module-wide deny). A configured deny entry reports as `pickle/code-execution` when
 * critical and `pickle/system-access` otherwise; its configured severity is set on the
 * finding after the scan (see configuredDenySeverity).
 */
function picklePolicyOf(policy) {
    const { allow: allowed = [], deny: denied = [] } = policy.pickleAdditions;
    if (allowed.length === 0 && denied.length === 0)
        return _pickle_globals_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_PICKLE_POLICY */ .C8;
    const cached = merged.get(policy);
    if (cached)
        return cached;
    const base = _pickle_globals_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_PICKLE_POLICY */ .C8;
    const allow = { ...base.allow };
    for (const { module, name } of allowed) {
        if ((0,_pickle_globals_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyGlobal */ .Sq)(base, module, name).kind === 'deny')
            continue;
        const names = allow[module] ?? [];
        if (!names.includes(name))
            allow[module] = [...names, name];
    }
    const denyNames = { ...base.denyNames };
    const denyModules = { ...base.denyModules };
    for (const entry of denied) {
        const deny = {
            category: entry.severity === 'critical' ? 'exec' : 'recon',
            reason: `${entry.reason?.trim() || 'is denied'}${_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIGURED_DENY_SUFFIX */ .q4}`,
        };
        if (entry.name === undefined) {
            if (!denyModules[entry.module])
                denyModules[entry.module] = deny;
        }
        else {
            const table = denyNames[entry.module] ?? {};
            if (!Object.hasOwn(table, entry.name))
                denyNames[entry.module] = { ...table, [entry.name]: deny };
        }
    }
    const result = { ...base, allow, denyNames, denyModules };
    merged.set(policy, result);
    return result;
}


/***/ })

};

export const id = 6336;
export const ids = [6336];
export const modules = {

/***/ 5711:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ errorText)
/* harmony export */ });
/** The first line of an error's message (h5wasm errors carry a multi-line HDF5 trace). */
function errorText(error) {
    const text = error instanceof Error ? error.message : String(error);
    return text.split('\n')[0].slice(0, 300);
}


/***/ }),

/***/ 5591:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ summariseCode),
/* harmony export */   k: () => (/* binding */ looksLikeMarshalledCode)
/* harmony export */ });
/**
 * A bounded reader for CPython `marshal` data, enough to list what a
 * marshalled code object refers to (Keras Lambda bytecode). It never runs
 * anything: it collects the names (co_names, variable names) and string
 * constants of the code object and of every code object nested in it.
 */
// Field order from CPython's marshal.c w_object(code) per version.
const LAYOUTS = [
    // 3.11+: argcount, posonly, kwonly, stacksize, flags | code consts names localsplusnames localspluskinds filename name qualname | firstlineno | linetable exceptiontable
    { label: '3.11+', ints: 5, middle: [true, false, false, true, true], trailing: 2 },
    // 3.8-3.10: argcount, posonly, kwonly, nlocals, stacksize, flags | code consts names varnames freevars cellvars filename name | firstlineno | lnotab
    { label: '3.8-3.10', ints: 6, middle: [true, true, true, false, true], trailing: 1 },
    // 3.0-3.7: argcount, kwonly, nlocals, stacksize, flags | same objects as 3.8
    { label: '3.0-3.7', ints: 5, middle: [true, true, true, false, true], trailing: 1 },
    // 2.x: argcount, nlocals, stacksize, flags
    { label: '2.x', ints: 4, middle: [true, true, true, false, true], trailing: 1 },
];
const FLAG_REF = 0x80;
const MAX_DEPTH = 64;
const MAX_OBJECTS = 200_000;
const MAX_STRING_SHOWN = 120;
/** True when the bytes start like a marshalled code object ('c', optionally with the ref flag). */
function looksLikeMarshalledCode(bytes) {
    return bytes.length > 16 && (bytes[0] & ~FLAG_REF) === 0x63;
}
/**
 * Summarises a marshalled code object. Returns an error string when no known
 * layout parses the bytes exactly (the caller treats that as "unknown code").
 */
function summariseCode(bytes) {
    let lastError = 'not a code object';
    for (const layout of LAYOUTS) {
        const reader = new MarshalReader(bytes, layout);
        try {
            const root = reader.object(0);
            if (!(root instanceof CodeMarker))
                return { error: 'the data is not a code object' };
            if (reader.pos !== bytes.length)
                throw new Error(`${bytes.length - reader.pos} bytes left over`);
            return {
                names: [...reader.names],
                identifiers: [...reader.identifiers],
                strings: [...reader.strings],
                layout: layout.label,
            };
        }
        catch (error) {
            lastError = error instanceof Error ? error.message : String(error);
        }
    }
    return { error: `bytecode not understood (${lastError})` };
}
class CodeMarker {
}
const CODE = new CodeMarker();
class MarshalReader {
    bytes;
    layout;
    pos = 0;
    names = new Set();
    identifiers = new Set();
    strings = new Set();
    refs = [];
    objects = 0;
    text = new TextDecoder('utf-8', { fatal: false });
    latin1 = new TextDecoder('latin1');
    constructor(bytes, layout) {
        this.bytes = bytes;
        this.layout = layout;
    }
    object(depth) {
        if (depth > MAX_DEPTH)
            throw new Error('nested too deeply');
        if (++this.objects > MAX_OBJECTS)
            throw new Error('too many objects');
        const code = this.u8();
        const flag = (code & FLAG_REF) !== 0;
        const type = String.fromCharCode(code & ~FLAG_REF);
        // Containers and code objects reserve their ref slot before their contents (marshal.c r_ref_reserve).
        const slot = flag ? this.refs.push(undefined) - 1 : -1;
        const value = this.value(type, depth);
        if (slot >= 0)
            this.refs[slot] = value;
        return value;
    }
    value(type, depth) {
        switch (type) {
            case '0':
            case 'N':
            case 'S':
            case '.':
                return null;
            case 'F':
                return false;
            case 'T':
                return true;
            case 'i':
                return this.i32();
            case 'I':
                this.skip(8);
                return 0;
            case 'l': {
                const n = Math.abs(this.i32());
                this.skip(n * 2);
                return 0;
            }
            case 'g':
                this.skip(8);
                return 0;
            case 'y':
                this.skip(16);
                return 0;
            case 'f':
                this.skip(this.u8());
                return 0;
            case 'x':
                this.skip(this.u8());
                this.skip(this.u8());
                return 0;
            case 's':
                return this.take(this.size());
            case 't':
            case 'u':
                return this.text.decode(this.take(this.size()));
            case 'a':
            case 'A':
                return this.latin1.decode(this.take(this.size()));
            case 'z':
            case 'Z':
                return this.latin1.decode(this.take(this.u8()));
            case 'R': {
                // Python 2 string-table reference.
                this.i32();
                return '';
            }
            case ')': // small tuple
                return this.sequence(this.u8(), depth);
            case '(':
            case '[':
            case '<':
            case '>':
                return this.sequence(this.size(), depth);
            case '{': {
                const map = new Map();
                for (;;) {
                    if (this.bytes[this.pos] === 0x30) {
                        this.pos++;
                        return map;
                    }
                    map.set(this.object(depth + 1), this.object(depth + 1));
                }
            }
            case 'r': {
                const index = this.i32();
                if (index < 0 || index >= this.refs.length)
                    throw new Error(`bad reference ${index}`);
                return this.refs[index];
            }
            case 'c':
                this.code(depth);
                return CODE;
            default:
                throw new Error(`unknown marshal type 0x${type.charCodeAt(0).toString(16)} at ${this.pos - 1}`);
        }
    }
    code(depth) {
        this.skip(4 * this.layout.ints);
        const bytecode = this.object(depth + 1);
        if (!(bytecode instanceof Uint8Array))
            throw new Error('code object without bytecode');
        const consts = this.object(depth + 1);
        for (const c of asList(consts))
            this.noteConstant(c);
        for (const name of asList(this.object(depth + 1)))
            if (typeof name === 'string')
                this.names.add(name);
        for (const holdsIdentifiers of this.layout.middle) {
            const value = this.object(depth + 1);
            if (!holdsIdentifiers)
                continue;
            for (const v of Array.isArray(value) ? value : [value])
                if (typeof v === 'string')
                    this.identifiers.add(v);
        }
        this.i32(); // firstlineno
        for (let i = 0; i < this.layout.trailing; i++)
            this.object(depth + 1);
    }
    noteConstant(value) {
        if (typeof value === 'string' && value.length > 0)
            this.strings.add(shorten(value));
        else if (value instanceof Uint8Array && value.length > 0)
            this.strings.add(shorten(this.latin1.decode(value)));
        else if (Array.isArray(value))
            for (const v of value)
                this.noteConstant(v);
    }
    sequence(n, depth) {
        const out = [];
        for (let i = 0; i < n; i++)
            out.push(this.object(depth + 1));
        return out;
    }
    size() {
        const n = this.i32();
        if (n < 0 || n > this.bytes.length - this.pos)
            throw new Error(`bad length ${n} at ${this.pos - 4}`);
        return n;
    }
    take(n) {
        if (this.pos + n > this.bytes.length)
            throw new Error('truncated');
        const out = this.bytes.subarray(this.pos, this.pos + n);
        this.pos += n;
        return out;
    }
    skip(n) {
        this.take(n);
    }
    u8() {
        if (this.pos >= this.bytes.length)
            throw new Error('truncated');
        return this.bytes[this.pos++];
    }
    i32() {
        const b = this.take(4);
        return b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24);
    }
}
function asList(value) {
    return Array.isArray(value) ? value : [];
}
function shorten(s) {
    return s.length > MAX_STRING_SHOWN ? `${s.slice(0, MAX_STRING_SHOWN)}\u2026` : s;
}


/***/ }),

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

/***/ 6336:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Wv: () => (/* binding */ MAX_CONFIG_TEXT),
  jr: () => (/* binding */ scanConfigText),
  yL: () => (/* binding */ scanConfigTexts)
});

// EXTERNAL MODULE: ./lib/core/source.js
var source = __webpack_require__(7718);
// EXTERNAL MODULE: ./lib/formats/keras/error-text.js
var error_text = __webpack_require__(5711);
;// CONCATENATED MODULE: ./lib/policy/keras.js
/**
 * What the Keras config checks consider safe or dangerous. Data only: the
 * config walker (src/formats/keras/config-walker.ts) looks names up here.
 */
/**
 * Top-level packages whose classes and functions a Keras config may name
 * without a finding: Keras itself, TensorFlow (tf.keras configs) and the
 * Keras-team model libraries. Their known gadgets are listed separately below.
 */
const KERAS_MODULE_ROOTS = new Set([
    'keras',
    'tf_keras',
    'tensorflow',
    'keras_core',
    'keras_hub',
    'keras_nlp',
    'keras_cv',
]);
/**
 * Module names that only say "defined in the saving script": Keras cannot
 * import them from the file, it needs the user's custom objects.
 */
const NEUTRAL_MODULES = new Set(['__main__']);
/**
 * Modules whose import or call runs code or commands (top-level name).
 * A config that names one of them is CRITICAL.
 */
const CODE_EXECUTION_MODULES = new Set([
    'os',
    'posix',
    'nt',
    'subprocess',
    'builtins',
    '__builtin__',
    'sys',
    'importlib',
    'runpy',
    'pty',
    'pickle',
    '_pickle',
    'cPickle',
    'dill',
    'cloudpickle',
    'joblib',
    'marshal',
    'ctypes',
    'code',
    'codeop',
    'pdb',
    'bdb',
    'timeit',
    'cProfile',
    'profile',
    'pydoc',
    'pkgutil',
    'zipimport',
    'types',
    'operator',
    'functools',
    'multiprocessing',
    'concurrent',
    'asyncio',
    'shutil',
    'torch',
]);
/**
 * Python builtins that run code, import, read or write files or reach
 * attributes by name. `{"module": "builtins", "class_name": "function",
 * "config": "exec"}` made Keras < 3.9 return `builtins.exec` (CVE-2025-1550).
 */
const DANGEROUS_PYTHON_NAMES = new Set([
    'exec',
    'eval',
    'compile',
    'open',
    'input',
    'breakpoint',
    '__import__',
    'getattr',
    'setattr',
    'delattr',
    'globals',
    'locals',
    'vars',
    'system',
    'popen',
    'spawn',
    'spawnl',
    'spawnv',
    'execl',
    'execle',
    'execlp',
    'execv',
    'execve',
    'execvp',
    'fork',
    'kill',
    'remove',
    'unlink',
    'rmtree',
    'call',
    'check_call',
    'check_output',
    'run',
    'Popen',
    'getoutput',
    'getstatusoutput',
    'import_module',
    'loads',
    'load',
    'run_path',
    'run_module',
    'urlopen',
    'urlretrieve',
    '__globals__',
    '__builtins__',
    '__subclasses__',
    '__getattribute__',
    '__reduce__',
    '__reduce_ex__',
    '__code__',
    'enable_unsafe_deserialization',
    'set_global_attribute',
]);
/** Modules that touch files or the network (top-level name): HIGH when named. */
const SYSTEM_ACCESS_MODULES = new Set([
    'io',
    '_io',
    'pathlib',
    'tempfile',
    'glob',
    'fileinput',
    'socket',
    'ssl',
    'http',
    'urllib',
    'urllib2',
    'urllib3',
    'requests',
    'httpx',
    'aiohttp',
    'ftplib',
    'smtplib',
    'webbrowser',
    'logging',
    'zipfile',
    'tarfile',
    'sqlite3',
    'numpy',
]);
/**
 * Keras / TensorFlow callables and classes that are "allowed" by module but
 * let a config escape safe mode or reach the system (threats.md G3, G4, G6).
 * Matched on the last name, whatever Keras/TF module the config puts it in.
 */
const KERAS_GADGETS = new Map([
    ['get_file', { severity: 'high', effect: 'downloads a URL and writes it to disk', ref: 'CVE-2025-8747' }],
    [
        'enable_unsafe_deserialization',
        { severity: 'critical', effect: 'turns Keras safe mode off, so later Lambda bytecode runs', ref: 'CVE-2025-9906' },
    ],
    [
        'set_global_attribute',
        { severity: 'critical', effect: 'can switch Keras safe mode off (safe_mode_saving)', ref: 'CVE-2025-9906' },
    ],
    ['load_model', { severity: 'high', effect: 'loads another model file, possibly with safe mode off', ref: 'CVE-2025-9906' }],
    ['load_weights', { severity: 'high', effect: 'loads another file chosen by the config', ref: 'CVE-2025-9906' }],
    ['TorchModuleWrapper', { severity: 'critical', effect: 'unpickles a PyTorch module (torch.load with weights_only=False)', ref: 'CVE-2025-49655' }],
    ['py_function', { severity: 'critical', effect: 'runs an arbitrary Python function', ref: 'G2' }],
    ['numpy_function', { severity: 'critical', effect: 'runs an arbitrary Python function', ref: 'G2' }],
    ['py_func', { severity: 'critical', effect: 'runs an arbitrary Python function', ref: 'G2' }],
    ['read_file', { severity: 'high', effect: 'reads a file', ref: 'G8' }],
    ['write_file', { severity: 'high', effect: 'writes a file', ref: 'G8' }],
    ['GFile', { severity: 'high', effect: 'opens a file', ref: 'G8' }],
    ['save_model', { severity: 'high', effect: 'writes files', ref: 'G8' }],
]);
/** Preprocessing layers whose config may name a file or URL to read at load (threats.md G10). */
const FILE_READING_LAYER = /(Lookup|TextVectorization|Tokenizer|Vocabulary)$/;
const FILE_READING_KEYS = new Set(['vocabulary', 'vocabulary_file', 'merges', 'proto', 'idf_weights']);
/** Config keys whose `false` turns Keras safe mode off (threats.md G4). */
const SAFE_MODE_KEYS = new Set(['safe_mode', 'safe_mode_saving']);

// EXTERNAL MODULE: ./lib/formats/keras/marshal.js
var marshal = __webpack_require__(5591);
;// CONCATENATED MODULE: ./lib/formats/keras/lambda-code.js


/**
 * Keras stores Python lambdas as base64 of `marshal.dumps(fn.__code__)`:
 * Keras 2 as the Lambda `function` (a string, or a list [code, defaults, closure]),
 * Keras 3 as `{"class_name": "__lambda__", "config": {"value": [code, ...]}}`.
 */
// Base64 of a marshalled code object starts with "4w" (0xe3) or "Yw" (0x63).
const BASE64_CODE_START = /^\s*[4Y]/;
const BASE64_TEXT = /^[A-Za-z0-9+/=\s]+$/;
const MIN_CODE_BASE64 = 24;
/** Longest base64 we decode: a lambda's bytecode is a few KB; more is refused, not ignored. */
const MAX_CODE_BASE64 = 16 * 1024 * 1024;
/** True when the string is base64 that decodes to a marshalled code object. */
function isBase64Code(value) {
    if (value.length < MIN_CODE_BASE64 || !BASE64_CODE_START.test(value))
        return false;
    const head = Buffer.from(value.slice(0, 64).replace(/\s+/g, '').slice(0, 32), 'base64');
    return (0,marshal/* looksLikeMarshalledCode */.k)(head) && BASE64_TEXT.test(value.slice(0, 4096));
}
/** Decodes base64 bytecode and lists what it refers to. Never runs it. */
function inspectBase64Code(value) {
    if (value.length > MAX_CODE_BASE64) {
        return { names: [], strings: [], dangerous: [], error: `bytecode larger than ${MAX_CODE_BASE64} bytes` };
    }
    // Python's base64 codec (binascii.a2b_base64) skips characters outside the alphabet; so does Buffer.
    const bytes = Buffer.from(value, 'base64');
    const summary = (0,marshal/* summariseCode */.Q)(bytes);
    if ('error' in summary)
        return { names: [], strings: [], dangerous: [], error: summary.error };
    return describe(summary);
}
function describe(summary) {
    const dangerous = new Set();
    const consider = [...summary.names, ...summary.identifiers, ...summary.strings];
    for (const item of consider) {
        for (const part of item.split(/[^A-Za-z0-9_]+/)) {
            if (DANGEROUS_PYTHON_NAMES.has(part) || CODE_EXECUTION_MODULES.has(part))
                dangerous.add(part);
        }
    }
    return {
        names: summary.names,
        strings: summary.strings,
        dangerous: [...dangerous],
        layout: summary.layout,
    };
}
/** The base64 code strings inside a Lambda `function` value (string, list, or nested lists). */
function codeStringsIn(value) {
    if (typeof value === 'string')
        return isBase64Code(value) ? [value] : [];
    if (Array.isArray(value) && typeof value[0] === 'string')
        return codeStringsIn(value[0]);
    return [];
}

;// CONCATENATED MODULE: ./lib/formats/keras/references.js

const DOTTED_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
/** True when the string can be a Python module path (anything else is not importable). */
function isModulePath(value) {
    return value.length <= 256 && DOTTED_NAME.test(value);
}
/**
 * Judges a reference: Keras imports `module` and takes `name` from it
 * (serialization_lib._retrieve_class_or_fn). Returns undefined when it is an
 * ordinary Keras / TensorFlow name.
 */
function judgeReference(module, name) {
    const leaf = name?.split('.').pop();
    const callable = [module, name].filter(Boolean).join('.');
    const root = module?.split('.')[0];
    const external = module !== undefined && root !== undefined && !KERAS_MODULE_ROOTS.has(root) && !NEUTRAL_MODULES.has(module);
    if (external) {
        if (CODE_EXECUTION_MODULES.has(root) || (leaf !== undefined && DANGEROUS_PYTHON_NAMES.has(leaf))) {
            return { ruleId: 'keras/external-callable', severity: 'critical', callable, effect: 'can run code or commands' };
        }
        const effect = SYSTEM_ACCESS_MODULES.has(root)
            ? 'can read or write files or reach the network'
            : 'is imported from a module outside Keras and TensorFlow';
        return { ruleId: 'keras/external-callable', severity: 'high', callable, effect };
    }
    const gadget = leaf === undefined ? undefined : KERAS_GADGETS.get(leaf);
    if (gadget) {
        return { ruleId: 'keras/unsafe-gadget', severity: gadget.severity, callable, effect: `${gadget.effect} (${gadget.ref})` };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/formats/keras/config-walker.js



/** Most nodes walked in one config; a bigger config is reported as not fully scanned. */
const MAX_CONFIG_NODES = 5_000_000;
class KerasConfigWalker {
    options;
    seenCode = new Set();
    payloads = [];
    where;
    constructor(options) {
        this.options = options;
        this.where = options.where;
    }
    /** Walks one config; `where` names it in messages (one walker can walk several configs of a file). */
    walk(root, where = this.options.where) {
        this.where = where;
        this.payloads.length = 0;
        const stack = [{ value: root, trail: '', layer: undefined }];
        let nodes = 0;
        while (stack.length > 0) {
            if (++nodes > MAX_CONFIG_NODES)
                return { payloads: this.payloads, nodes, truncated: true };
            const { value, trail, layer } = stack.pop();
            if (typeof value === 'string') {
                this.checkString(value, trail, layer);
            }
            else if (Array.isArray(value)) {
                for (let i = value.length - 1; i >= 0; i--)
                    stack.push({ value: value[i], trail, layer });
            }
            else if (isObject(value)) {
                const here = this.enter(value, trail);
                const nextLayer = isLayerLike(value) ? value : layer;
                this.checkObject(value, here, nextLayer);
                const entries = Object.entries(value);
                for (let i = entries.length - 1; i >= 0; i--)
                    stack.push({ value: entries[i][1], trail: here, layer: nextLayer });
            }
        }
        return { payloads: this.payloads, nodes, truncated: false };
    }
    /** Layers and models extend the breadcrumb with their name; other objects (initializers, functions) do not. */
    enter(obj, trail) {
        const inner = obj.config;
        if (typeof obj.class_name !== 'string' || !isObject(inner) || typeof inner.name !== 'string')
            return trail;
        return trail ? `${trail} > ${inner.name}` : inner.name;
    }
    checkObject(obj, trail, layer) {
        const className = typeof obj.class_name === 'string' ? obj.class_name : undefined;
        const inner = obj.config;
        if (className === 'Lambda' && isObject(inner))
            this.checkKeras2Lambda(inner, trail, layer);
        if (className === '__lambda__' && isObject(inner))
            this.checkBytecode(inner.value, trail, 'serialized lambda function');
        if ((className === 'TFOpLambda' || className === 'SlicingOpLambda') && isObject(inner) && typeof inner.function === 'string') {
            // tf-keras resolves these by TF API name ("math.add"); a gadget name is the attack.
            this.checkReference('tensorflow', inner.function, trail, layer);
        }
        if (className === 'TorchModuleWrapper')
            this.extractTorchModule(inner, trail);
        if (className !== undefined && isObject(inner) && FILE_READING_LAYER.test(className))
            this.checkFileReadingLayer(className, inner, trail);
        this.checkModuleKeys(obj, className, trail, layer);
        for (const key of SAFE_MODE_KEYS) {
            if (obj[key] === false) {
                this.report(trail, {
                    ruleId: 'keras/unsafe-gadget',
                    severity: 'critical',
                    callable: `${key}=False`,
                    message: `The config at ${this.place(trail)} sets \`${key}\` to false, which turns Keras safe mode off so code in this or another model runs on load (CVE-2025-9906).`,
                });
            }
        }
    }
    /** `module` / `fn_module` keys: Keras imports the module and takes the named class or function from it. */
    checkModuleKeys(obj, className, trail, layer) {
        for (const key of ['module', 'fn_module', 'output_shape_module']) {
            const module = obj[key];
            if (typeof module !== 'string' || !isModulePath(module))
                continue;
            let name;
            if (key === 'module' && className === 'function' && typeof obj.config === 'string')
                name = obj.config;
            else if (key === 'module' && className !== undefined && className !== 'Lambda')
                name = className;
            else if (key === 'fn_module' && typeof obj.fn === 'string')
                name = obj.fn;
            // A Keras 2 Lambda's `module` only seeds the globals of its function; still an import of that module.
            this.checkReference(module, name, trail, layer);
        }
        // A Keras-namespace class with no module (Keras 2 style) can still be a gadget.
        if (obj.module === undefined && className !== undefined && className !== 'function')
            this.checkReference(undefined, className, trail, layer);
        const registered = obj.registered_name;
        if (typeof obj.module !== 'string' && typeof registered === 'string' && !registered.includes('>') && registered !== className && isModulePath(registered)) {
            this.checkReference(undefined, registered, trail, layer);
        }
    }
    checkKeras2Lambda(inner, trail, layer) {
        const fn = inner.function;
        const type = inner.function_type;
        if (type === 'lambda' || codeStringsIn(fn).length > 0) {
            this.checkBytecode(fn, trail, 'Lambda layer');
        }
        else if (typeof fn === 'string') {
            // function_type "function": the name is looked up in the `module` globals / custom objects.
            const module = typeof inner.module === 'string' && isModulePath(inner.module) ? inner.module : undefined;
            this.checkReference(module, fn, trail, layer);
        }
        if (inner.output_shape_type === 'lambda')
            this.checkBytecode(inner.output_shape, trail, 'Lambda output_shape function');
    }
    /** A value that must hold base64 bytecode (Lambda function, `__lambda__` value). */
    checkBytecode(value, trail, what) {
        const codes = codeStringsIn(value);
        if (codes.length === 0) {
            // Keras will try func_load on it: anything we cannot read there is unknown code.
            const shown = typeof value === 'string' ? [value.slice(0, 80)] : undefined;
            this.report(trail, {
                ruleId: 'keras/lambda-layer',
                severity: 'critical',
                message: `The ${what} at ${this.place(trail)} holds Python bytecode that could not be decoded; Keras would run it on load.`,
                ...(shown ? { args: shown } : {}),
            });
            return;
        }
        for (const code of codes)
            this.reportCode(code, trail, what);
    }
    reportCode(code, trail, what) {
        if (this.seenCode.has(code))
            return;
        this.seenCode.add(code);
        const info = inspectBase64Code(code);
        const severity = info.error || info.dangerous.length > 0 ? 'critical' : 'high';
        const refers = info.error
            ? ` The bytecode could not be decoded (${info.error}).`
            : info.names.length > 0
                ? ` It refers to: ${info.names.slice(0, 12).join(', ')}.`
                : '';
        const verdict = info.dangerous.length > 0
            ? `It uses ${info.dangerous.join(', ')}, which can run commands or code.`
            : 'The code cannot be verified and runs with full Python privileges.';
        this.report(trail, {
            ruleId: 'keras/lambda-layer',
            severity,
            message: `Loading this model runs the Python bytecode stored in the ${what} at ${this.place(trail)}. ${verdict}${refers}`,
            // No `callable`: bytecode is not one named function; what it uses is in the message and properties.
            ...(info.strings.length > 0 ? { args: info.strings.slice(0, 8) } : {}),
            properties: {
                names: info.names.slice(0, 50),
                ...(info.dangerous.length > 0 ? { dangerousNames: info.dangerous } : {}),
                ...(info.layout ? { pythonLayout: info.layout } : {}),
                ...(info.error ? { decodeError: info.error } : {}),
            },
        });
    }
    checkReference(module, name, trail, layer) {
        if (name === 'TorchModuleWrapper')
            return; // reported with its payload by extractTorchModule
        const verdict = judgeReference(module, name);
        if (!verdict)
            return;
        const args = argumentsOf(layer);
        const message = verdict.ruleId === 'keras/unsafe-gadget'
            ? `The config at ${this.place(trail)} calls \`${verdict.callable}\` on load, which ${verdict.effect}.`
            : `The config at ${this.place(trail)} makes Keras import and use \`${verdict.callable}\`, which ${verdict.effect} (CVE-2025-1550).`;
        this.report(trail, {
            ruleId: verdict.ruleId,
            severity: verdict.severity,
            callable: verdict.callable,
            message,
            ...(args.length > 0 ? { args } : {}),
        });
    }
    checkString(value, trail, layer) {
        // Bytecode anywhere (an initializer, a custom layer's config): Keras or the layer may func_load it.
        if (isBase64Code(value))
            this.reportCode(value, trail, 'config value');
        else if (value.includes('enable_unsafe_deserialization')) {
            this.checkReference('keras.config', 'enable_unsafe_deserialization', trail, layer);
        }
    }
    checkFileReadingLayer(className, inner, trail) {
        for (const key of FILE_READING_KEYS) {
            const value = inner[key];
            if (typeof value !== 'string' || value.length === 0)
                continue;
            const remote = /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
            this.report(trail, {
                ruleId: 'keras/external-file-reference',
                severity: 'high',
                callable: `${className}.${key}`,
                args: [value.slice(0, 200)],
                message: `The ${className} layer at ${this.place(trail)} reads its \`${key}\` from ${remote ? 'the URL' : 'the path'} "${value.slice(0, 200)}" when the model is loaded.`,
            });
        }
    }
    /** TorchModuleWrapper keeps `torch.save` bytes of a module: scan them as a file of their own. */
    extractTorchModule(inner, trail) {
        this.report(trail, {
            ruleId: 'keras/unsafe-gadget',
            severity: 'critical',
            callable: 'keras.layers.TorchModuleWrapper',
            message: `The TorchModuleWrapper layer at ${this.place(trail)} unpickles a PyTorch module on load (torch.load with weights_only=False, CVE-2025-49655).`,
        });
        const blob = isObject(inner) ? inner.module : undefined;
        const text = typeof blob === 'string' ? blob : isObject(blob) && isObject(blob.config) && typeof blob.config.value === 'string' ? blob.config.value : undefined;
        if (text && text.length > 0) {
            const bytes = /^[A-Za-z0-9+/=\s]+$/.test(text.slice(0, 4096)) ? Buffer.from(text, 'base64') : Buffer.from(text, 'latin1');
            this.payloads.push({ name: `${trail || 'TorchModuleWrapper'}/module`, bytes });
        }
    }
    place(trail) {
        return trail ? `"${trail}" in the ${this.where}` : `the top of the ${this.where}`;
    }
    report(trail, finding) {
        const properties = { ...finding.properties, configPath: trail, source: this.where };
        if (this.options.kerasVersion !== undefined)
            properties.kerasVersionClaimed = this.options.kerasVersion;
        this.options.report({ ...finding, properties });
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isLayerLike(obj) {
    return typeof obj.class_name === 'string' && isObject(obj.config);
}
/** String arguments a layer passes to its function (Lambda `arguments`, call kwargs in inbound_nodes): URLs, paths. */
function argumentsOf(layer) {
    if (!layer)
        return [];
    const out = [];
    const inner = layer.config;
    const roots = [isObject(inner) ? inner.arguments : undefined, layer.inbound_nodes, isObject(inner) ? inner.inbound_nodes : undefined];
    const stack = roots.filter((r) => r !== undefined);
    let budget = 10_000;
    while (stack.length > 0 && out.length < 8 && budget-- > 0) {
        const v = stack.pop();
        if (typeof v === 'string') {
            if (v.length > 0)
                out.push(v.slice(0, 200));
        }
        else if (Array.isArray(v))
            stack.push(...v);
        else if (isObject(v))
            stack.push(...Object.values(v));
    }
    return out;
}

// EXTERNAL MODULE: ./lib/formats/keras/python-json.js
var python_json = __webpack_require__(1038);
// EXTERNAL MODULE: ./lib/core/json-limits.js
var json_limits = __webpack_require__(9678);
;// CONCATENATED MODULE: ./lib/formats/keras/scan-config.js





/** Largest config JSON we parse (Keras configs are KB to a few MB; this is far above). */
const MAX_CONFIG_TEXT = 256 * 1024 * 1024;
/**
 * Parses Keras config JSON texts of one file and walks all of them with one
 * walker (the same Lambda seen twice is reported once). Anything that cannot
 * be parsed is reported as not fully scanned, never as clean.
 */
async function scanConfigTexts(ctx, texts, kerasVersion) {
    const walker = new KerasConfigWalker({
        where: texts[0]?.where ?? 'config',
        ...(kerasVersion !== undefined ? { kerasVersion } : {}),
        report: (finding) => ctx.report(finding),
    });
    for (const { text, where } of texts) {
        if (text.length > MAX_CONFIG_TEXT) {
            ctx.incomplete(`the ${where} is larger than ${MAX_CONFIG_TEXT} characters`);
            continue;
        }
        const tooBig = (0,json_limits/* jsonLimitProblem */.X)(text, ctx.limits, `the ${where}`);
        if (tooBig) {
            ctx.incomplete(tooBig);
            continue;
        }
        let config;
        try {
            config = (0,python_json/* parsePythonJson */.S)(text);
        }
        catch (error) {
            ctx.incomplete(`the ${where} is not valid JSON (${(0,error_text/* errorText */.k)(error)})`);
            continue;
        }
        const result = walker.walk(config, where);
        if (result.truncated)
            ctx.incomplete(`the ${where} has more than ${result.nodes - 1} nodes`);
        for (const payload of [...result.payloads]) {
            const taken = await ctx.scanNested(new source/* BufferSource */._r(payload.bytes), payload.name);
            if (taken === undefined)
                ctx.incomplete(`the embedded payload "${payload.name}" is in no format the scanner knows`);
        }
    }
}
/** One config text: see scanConfigTexts. */
async function scanConfigText(ctx, text, where, kerasVersion) {
    await scanConfigTexts(ctx, [{ text, where }], kerasVersion);
}


/***/ })

};

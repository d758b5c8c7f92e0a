export const id = 4313;
export const ids = [4313,6452];
export const modules = {

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

/***/ 6452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pickleScanner: () => (/* binding */ pickleScanner),
  scanPickle: () => (/* binding */ scanPickle),
  scanPickleStreams: () => (/* binding */ scanPickleStreams)
});

// EXTERNAL MODULE: ./lib/policy/pickle-policy.js
var pickle_policy = __webpack_require__(3861);
// EXTERNAL MODULE: ./lib/core/source.js
var core_source = __webpack_require__(7718);
// EXTERNAL MODULE: ./lib/formats/keras/marshal.js
var marshal = __webpack_require__(5591);
// EXTERNAL MODULE: ./lib/formats/pickle/values.js
var values = __webpack_require__(8077);
;// CONCATENATED MODULE: ./lib/formats/pickle/findings.js


const MAX_ARG_CHARS = 120;
const MAX_ARGS = 8;
/** What a call through each kind of dangerous callable does, for the one-sentence message. */
const DOES = {
    exec: 'runs Python code',
    shell: 'runs a shell command',
    process: 'starts a process or thread',
    native: 'loads native code or writes raw memory',
    nested: 'deserializes a second, hidden payload',
    resolve: 'looks up an arbitrary function or attribute at load time',
    import: 'imports code through the import machinery',
    callback: 'registers a function to run later',
    tamper: 'tampers with the Python interpreter',
    file: 'reads or writes files',
    network: 'opens a network connection',
    recon: 'inspects the machine',
};
/** Turns what the machine recorded into findings: one per root cause. */
function findingsFrom(out, source) {
    const show = (v) => render(v, source, 0);
    const py = (v) => decompile(v, source);
    const findings = [];
    /** The call behind each finding that rebuilds a function from bytecode (dill, cloudpickle, types). */
    const rebuilds = new Map();
    for (const g of out.globals) {
        const free = g.calls.filter((c) => !c.consumed);
        if (free.length === 0 && (g.calls.length > 0 || g.covered))
            continue; // reported as part of a call chain
        const call = free[0];
        const args = call ? call.args.slice(0, MAX_ARGS).map(show) : undefined;
        const offset = call ? call.offset : g.offset;
        const properties = {};
        if (g.written)
            properties.imported = g.written;
        if (call)
            properties.importOffset = g.offset;
        if (g.computed)
            properties.computedName = g.computed;
        let decompiled = call ? py(call) : g.unresolved ? `<${g.unresolved}>` : importStatement(g);
        if (call?.via) {
            properties.technique = 'dispatcher';
            properties.dispatcher = py(call.via);
            decompiled = `${decompiled}  # called by ${py(call.via)}`;
        }
        properties.decompiled = decompiled;
        const via = call?.via ? `, called by ${decompile(call.via.callee, source)}(\u2026)` : '';
        if (g.unresolved) {
            findings.push({
                ruleId: 'pickle/unresolved-import',
                callable: g.dotted,
                ...(args ? { args } : {}),
                offset,
                message: `Loading this file imports a name that is only computed while loading (${g.unresolved})${call ? `${via} and calls it: \`${decompiled}\`` : ''}, so what runs cannot be checked in advance.`,
                properties,
            });
            continue;
        }
        if (g.afterWrite && g.verdict.kind === 'unknown') {
            properties.technique = 'write-then-import';
            findings.push({
                ruleId: 'pickle/code-execution',
                callable: g.dotted,
                ...(args ? { args } : {}),
                offset,
                message: `Loading this file first writes files and then imports ${g.module}, a module that is not part of any known library: importing a module it just wrote runs that module's code (\`${decompiled}\`).`,
                properties,
            });
            continue;
        }
        const finding = globalFinding(g.dotted, g.verdict, args, offset, properties, call !== undefined, decompiled, via);
        if (call && g.module === 'marshal')
            describeCode(finding, call, source);
        if (call && g.module === 'types' && g.name === 'CodeType')
            describeCodeTuple(finding, call);
        if (call && isRebuilder(g))
            rebuilds.set(finding, call);
        findings.push(finding);
    }
    for (const c of out.dynamicCalls) {
        const roots = (0,values/* globalsIn */.yk)(c.callee);
        const worst = worstVerdict(roots);
        const expr = show(c.callee);
        const args = c.args.slice(0, MAX_ARGS).map(show);
        const withArgs = args.length ? ` with ${args.join(', ')}` : '';
        const ruleId = worst?.kind === 'deny' ? (worst.severity === 'critical' ? 'pickle/code-execution' : 'pickle/system-access') : 'pickle/dynamic-call';
        const resolved = resolvedTarget(c.callee);
        const what = resolved ? `\`${resolved}\`` : 'a function';
        let decompiled = py(c);
        if (resolved)
            decompiled += `  # = ${resolved}(${c.args.slice(0, MAX_ARGS).map((a) => py(a)).join(', ')})`;
        if (c.via)
            decompiled += `  # called by ${py(c.via)}`;
        const via = c.via ? `, called by ${decompile(c.via.callee, source)}(\u2026)` : '';
        const finding = {
            ruleId,
            callable: expr,
            args,
            offset: c.offset,
            message: `Loading this file computes ${what} at load time through ${expr} and calls it${withArgs}${via}: \`${decompiled}\`.`,
            properties: { technique: c.via ? 'dispatcher' : 'call-on-computed-value', ...(resolved ? { resolved } : {}), decompiled, ...(c.via ? { dispatcher: py(c.via) } : {}) },
        };
        // cloudpickle's _builtin_type('CodeType')(...) builds the code object of a function pickled by value.
        if (c.callee instanceof values/* PyCall */.Am && c.callee.callee instanceof values/* PyGlobal */.B6 && BUILTIN_TYPE.has(c.callee.callee.name) && isRebuilder(c.callee.callee))
            rebuilds.set(finding, c);
        findings.push(finding);
    }
    for (const gadget of out.gadgets) {
        const decompiled = setattrs(gadget.target, gadget.state, source);
        findings.push({
            ruleId: 'pickle/code-execution',
            callable: gadget.target.dotted,
            args: [show(gadget.state)],
            offset: gadget.offset,
            message: `Loading this file overwrites attributes of ${gadget.target.dotted}, a trick to swap a safe-looking function for a dangerous one: \`${decompiled}\`.`,
            properties: { technique: 'build-on-global', decompiled },
        });
    }
    for (const issue of out.frameIssues) {
        findings.push({
            ruleId: 'pickle/frame-tampering',
            offset: issue.offset,
            message: `The pickle's framing is inconsistent (${issue.message}), so Python and scanners can read different instructions from it.`,
            properties: { decompiled: `# ${issue.message}` },
        });
    }
    for (const n of out.nested) {
        if (n.call.args.slice(0, 3).some((a) => nestedPayload(a, source)))
            continue;
        if (n.loader !== 'torch.storage._load_from_bytes')
            continue; // other loaders are findings already
        const decompiled = py(n.call);
        findings.push({
            ruleId: 'pickle/code-execution',
            callable: n.loader,
            args: n.call.args.slice(0, MAX_ARGS).map(show),
            offset: n.call.offset,
            message: `Loading this file deserializes a payload through ${n.loader} that is computed while loading, so it cannot be checked: \`${decompiled}\`.`,
            properties: { decompiled },
        });
    }
    return collapseRebuilds(findings, rebuilds, source);
}
/**
 * dill and cloudpickle pickle a function by value as a chain of constructor
 * calls (code object, function, cells, state), each one a dangerous call on
 * its own. They describe one root cause: the outermost call of each chain is
 * the finding, and the calls nested in its arguments are listed under
 * `related` (callable, offset, decompiled) instead of being findings too.
 */
function collapseRebuilds(findings, rebuilds, source) {
    if (rebuilds.size < 2)
        return findings;
    const absorbed = new Map();
    const entries = [...rebuilds];
    for (const [inner, innerCall] of entries) {
        for (const [outer, outerCall] of entries) {
            // A setstate call returns None: what the outer call holds is the object it set up (its first argument).
            const target = innerCall.callee instanceof values/* PyGlobal */.B6 && SETSTATE.has(innerCall.callee.name) && innerCall.args[0] instanceof values/* PyCall */.Am ? innerCall.args[0] : undefined;
            if (outer !== inner && (argumentsContain(outerCall, innerCall) || (target !== undefined && target !== outerCall && argumentsContain(outerCall, target)))) {
                absorbed.set(inner, outer);
                break;
            }
        }
    }
    if (absorbed.size === 0)
        return findings;
    const related = new Map();
    for (const [inner] of absorbed) {
        let root = absorbed.get(inner);
        for (let hops = 0; absorbed.has(root) && hops < 64; hops++)
            root = absorbed.get(root);
        if (absorbed.has(root))
            continue; // a cycle through shared memo values: keep both findings
        const list = related.get(root) ?? [];
        list.push(inner);
        related.set(root, list);
    }
    const dropped = new Set([...related.values()].flat());
    for (const [root, inners] of related) {
        inners.sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0));
        root.properties = {
            ...root.properties,
            technique: 'function-by-value',
            related: inners.map((f) => ({ callable: f.callable, offset: f.offset, decompiled: f.properties?.decompiled ?? decompile(rebuilds.get(f), source) })),
        };
        root.message += ` This is one Python function rebuilt from raw bytecode; the ${inners.length} constructor call${inners.length === 1 ? '' : 's'} inside it (${inners.map((f) => f.callable).join(', ')}) ${inners.length === 1 ? 'is' : 'are'} listed as related, not reported separately.`;
    }
    return findings.filter((f) => !dropped.has(f));
}
/** Whether `inner` is (by identity) among the arguments, keyword arguments or BUILD state of `outer`, at any depth. */
function argumentsContain(outer, inner) {
    const seen = new Set();
    const stack = [...outer.args, outer.kwargs ?? null, outer.state ?? null].map((v) => ({ v, depth: 0 }));
    while (stack.length > 0) {
        const { v, depth } = stack.pop();
        if (v === inner)
            return true;
        if (typeof v !== 'object' || v === null || depth > 24 || seen.has(v) || seen.size > 4096)
            continue;
        seen.add(v);
        const next = (x) => stack.push({ v: x, depth: depth + 1 });
        switch (v.kind) {
            case 'call':
                next(v.callee);
                v.args.forEach(next);
                if (v.kwargs !== undefined)
                    next(v.kwargs);
                if (v.state !== undefined)
                    next(v.state);
                break;
            case 'tuple':
            case 'list':
            case 'set':
                v.items.forEach(next);
                break;
            case 'dict':
                v.values.forEach(next);
                break;
            default:
        }
    }
    return false;
}
/** The constructors dill, cloudpickle and `types` use to rebuild a function pickled by value. */
const REBUILD_MODULES = new Set(['dill', 'dill._dill', 'cloudpickle', 'cloudpickle.cloudpickle', 'cloudpickle.cloudpickle_fast', 'types']);
const REBUILD_NAMES = new Set([
    '_create_code', '_create_function', '_create_cell', '_create_type', '_load_type', '_make_function', '_make_cell', '_make_empty_cell',
    '_function_setstate', '_builtin_type', '_make_skeleton_class', '_class_setstate', 'CodeType', 'FunctionType',
]);
const BUILTIN_TYPE = new Set(['_builtin_type', '_load_type']);
const SETSTATE = new Set(['_function_setstate', '_class_setstate']);
function isRebuilder(g) {
    return !g.unresolved && REBUILD_MODULES.has(g.module) && REBUILD_NAMES.has(g.name);
}
/** `from os import system` for a global that is imported but not called. */
function importStatement(g) {
    if (g.module === 'builtins')
        return g.name;
    const dot = g.name.indexOf('.');
    return dot < 0 ? `from ${g.module} import ${g.name}` : `from ${g.module} import ${g.name.slice(0, dot)}; ${g.name.slice(dot + 1)}`;
}
/** BUILD on a global as the setattr calls Python makes. */
function setattrs(target, state, source) {
    const dicts = state instanceof values/* PyDict */.KL ? [state] : state instanceof values/* PyTuple */.Wc ? state.items.filter((x) => x instanceof values/* PyDict */.KL) : [];
    const name = decompile(target, source);
    if (!dicts.length)
        return `${name}.__setstate__(${decompile(state, source)})`;
    const parts = [];
    for (const d of dicts)
        d.keys.slice(0, MAX_ARGS).forEach((k, i) => parts.push(`${name}.${typeof k === 'string' ? k : decompile(k, source)} = ${decompile(d.values[i], source)}`));
    return parts.join('; ');
}
/** `<code object using os, system; 'touch \u2026'>` for marshalled code in a constant. */
function codeLabel(v, source) {
    const payload = nestedPayload(v, source);
    if (!payload || payload.length > 16 * 1024 * 1024)
        return undefined;
    const summary = (0,marshal/* summariseCode */.Q)(payload);
    if ('error' in summary)
        return undefined;
    const strings = summary.strings.slice(0, 4).map((x) => pyRepr(x));
    return `<code object using ${summary.names.slice(0, 12).join(', ') || 'no names'}${strings.length ? `; ${strings.join(', ')}` : ''}>`;
}
/** marshal.loads of a constant: what the code object it rebuilds refers to. */
function describeCode(finding, call, source) {
    const payload = call.args.length ? nestedPayload(call.args[0], source) : undefined;
    if (!payload || payload.length > 16 * 1024 * 1024)
        return;
    const summary = (0,marshal/* summariseCode */.Q)(payload);
    if ('error' in summary)
        return;
    const names = summary.names.slice(0, 16);
    const strings = summary.strings.slice(0, 8);
    finding.properties = { ...finding.properties, code: { names, strings, layout: summary.layout } };
    finding.message += ` The code object it rebuilds uses ${names.join(', ') || 'no names'}${strings.length ? ` and the strings ${strings.map((x) => pyRepr(x)).join(', ')}` : ''}.`;
}
/** types.CodeType(...) with constant arguments: the names tuple shows what the code calls. */
function describeCodeTuple(finding, call) {
    const names = new Set();
    for (const a of call.args) {
        if (a instanceof values/* PyTuple */.Wc)
            for (const x of a.items)
                if (typeof x === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(x))
                    names.add(x);
    }
    if (!names.size)
        return;
    finding.properties = { ...finding.properties, code: { names: [...names].slice(0, 16) } };
    finding.message += ` The code object refers to ${[...names].slice(0, 16).join(', ')}.`;
}
function globalFinding(callable, verdict, args, offset, properties, called, decompiled, via) {
    const withArgs = args && args.length ? ` with ${args.join(', ')}` : '';
    const code = `: \`${decompiled}\``;
    if (verdict.kind === 'deny') {
        properties.category = verdict.category;
        properties.reason = verdict.reason;
        const ruleId = verdict.severity === 'critical' ? 'pickle/code-execution' : 'pickle/system-access';
        let message;
        if (!called) {
            message = `Loading this file imports ${callable}, which ${verdict.reason}; a pickle has no reason to reference it.`;
        }
        else if (SHELL_RUNNERS.has(callable) && args && args.length >= 1 && /^['"]/.test(args[0])) {
            message = `Loading this file runs the shell command \`${unquote(args[0])}\` through ${callable}${via}${code}.`;
        }
        else {
            message = `Loading this file ${DOES[verdict.category]} through ${callable}${withArgs}${via}${code}.`;
        }
        return { ruleId, callable, ...(args ? { args } : {}), offset, message, properties };
    }
    return {
        ruleId: 'pickle/unknown-import',
        callable,
        ...(args ? { args } : {}),
        offset,
        message: called
            ? `Loading this file calls ${callable}${withArgs}${via}, which is not on the list of known-safe model classes${code}.`
            : `Loading this file imports ${callable}, which is not on the list of known-safe model classes.`,
        properties,
    };
}
/** Callables whose first argument is a shell command line. */
const SHELL_RUNNERS = new Set([
    'os.system', 'os.popen', 'subprocess.getoutput', 'subprocess.getstatusoutput', 'subprocess.check_output', 'subprocess.run',
    'subprocess.call', 'subprocess.check_call', 'subprocess.Popen', 'pty.spawn', 'platform.popen',
]);
function unquote(s) {
    return s.slice(1, -1).replace(/\\(.)/g, '$1');
}
function worstVerdict(globals) {
    let worst;
    for (const g of globals) {
        const v = g.verdict;
        if (v.kind !== 'deny')
            continue;
        if (!worst || worst.kind !== 'deny' || (v.severity === 'critical' && worst.severity !== 'critical'))
            worst = v;
    }
    return worst;
}
/** For getattr(module, 'name') style chains, the callable they most likely produce. */
function resolvedTarget(callee) {
    if (!(callee instanceof values/* PyCall */.Am) || !(callee.callee instanceof values/* PyGlobal */.B6))
        return undefined;
    const fn = `${callee.callee.module}.${callee.callee.name}`;
    const [a, b] = callee.args;
    const base = (v) => {
        if (typeof v === 'string')
            return v;
        if (v instanceof values/* PyGlobal */.B6 && !v.unresolved)
            return `${v.module}.${v.name}`;
        if (v instanceof values/* PyCall */.Am)
            return resolvedTarget(v);
        return undefined;
    };
    switch (fn) {
        case 'builtins.getattr':
        case 'inspect.getattr_static':
            return base(a) && typeof b === 'string' ? `${base(a)}.${b}` : undefined;
        case 'builtins.__import__':
        case 'importlib.import_module':
        case 'pydoc.locate':
            return typeof a === 'string' ? a : undefined;
        case 'pkgutil.resolve_name':
            return typeof a === 'string' ? a.replace(':', '.') : undefined;
        default:
            return undefined;
    }
}
/** Renders a value like Python's repr, shortened. */
function render(v, source, depth, short = false) {
    const s = renderInner(v, source, depth, short);
    return s.length > MAX_ARG_CHARS ? `${s.slice(0, MAX_ARG_CHARS - 1)}\u2026` : s;
}
const MAX_DECOMPILED = 400;
/**
 * What the pickle would do, as Python a non-expert can read: `os.system('id')`,
 * `getattr(__import__('os'), 'system')('id')` (builtins unprefixed).
 */
function decompile(v, source) {
    const s = renderInner(v, source, 0, true);
    return s.length > MAX_DECOMPILED ? `${s.slice(0, MAX_DECOMPILED - 1)}\u2026` : s;
}
function renderInner(v, source, depth, short = false) {
    if (v === null)
        return 'None';
    if (v === true)
        return 'True';
    if (v === false)
        return 'False';
    if (typeof v === 'number' || typeof v === 'bigint')
        return String(v);
    if (typeof v === 'string')
        return pyRepr(v.length > 200 ? v.slice(0, 200) : v);
    if (depth > 3)
        return '\u2026';
    const list = (items, more) => items.slice(0, MAX_ARGS).map((x) => render(x, source, depth + 1, short)).join(', ') + (more > Math.min(items.length, MAX_ARGS) ? ', \u2026' : '');
    switch (v.kind) {
        case 'bytes': {
            const head = v.inline ?? source.read(v.offset, Math.min(v.length, v.length > 80 ? 24 : 80));
            const text = Buffer.from(head).toString('latin1');
            if (v.text)
                return `${pyRepr(text)}\u2026 (${v.length} bytes)`;
            return `${v.mutable ? 'bytearray(' : ''}b${pyRepr(text)}${v.length > head.length ? `\u2026 (${v.length} bytes)` : ''}${v.mutable ? ')' : ''}`;
        }
        case 'tuple':
            return `(${list(v.items, v.count)}${v.count === 1 ? ',' : ''})`;
        case 'list':
            return `[${list(v.items, v.count)}]`;
        case 'set':
            return `${v.frozen ? 'frozenset(' : ''}{${list(v.items, v.count)}}${v.frozen ? ')' : ''}`;
        case 'dict':
            return `{${v.keys
                .slice(0, MAX_ARGS)
                .map((k, i) => `${render(k, source, depth + 1, short)}: ${render(v.values[i], source, depth + 1, short)}`)
                .join(', ')}${v.count > MAX_ARGS ? ', \u2026' : ''}}`;
        case 'global':
            return short && v.module === 'builtins' && !v.unresolved ? v.name : v.dotted;
        case 'call': {
            const code = v.callee instanceof values/* PyGlobal */.B6 && v.callee.module === 'marshal' && v.args[0] !== undefined ? codeLabel(v.args[0], source) : undefined;
            return `${render(v.callee, source, depth + 1, short)}(${code ?? list(v.args, v.args.length)})`;
        }
        case 'opaque':
            return `<${v.what}>`;
    }
}
function pyRepr(s) {
    const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
    let out = quote;
    for (const ch of s) {
        const c = ch.codePointAt(0);
        if (ch === quote || ch === '\\')
            out += '\\' + ch;
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (c < 0x20 || c === 0x7f)
            out += `\\x${c.toString(16).padStart(2, '0')}`;
        else
            out += ch;
    }
    return out + quote;
}
const MAX_NESTED = 256 * 1024 * 1024;
/**
 * The bytes a loader call would deserialize, when they are a constant in the
 * pickle, possibly wrapped in BytesIO / base64 / hex / latin-1 encode calls.
 */
function nestedPayload(v, source, depth = 0) {
    if (depth > 6)
        return undefined;
    if (v instanceof values/* PyBytes */.p_) {
        if (v.inline)
            return v.inline;
        if (v.length > MAX_NESTED)
            return undefined;
        return source.read(v.offset, v.length);
    }
    if (typeof v === 'string')
        return Buffer.from(v, 'latin1');
    if (!(v instanceof values/* PyCall */.Am) || !(v.callee instanceof values/* PyGlobal */.B6))
        return undefined;
    const fn = `${v.callee.module}.${v.callee.name}`;
    const inner = v.args[0];
    if (inner === undefined)
        return undefined;
    const raw = () => nestedPayload(inner, source, depth + 1);
    const asText = () => {
        if (typeof inner === 'string')
            return inner;
        const b = raw();
        return b ? Buffer.from(b).toString('latin1') : undefined;
    };
    switch (fn) {
        // Compressed payloads are handed over still compressed: the compressed-stream scanner
        // recognises them by content and inflates them within the file's budget.
        case 'zlib.decompress':
        case 'gzip.decompress':
        case 'bz2.decompress':
        case 'lzma.decompress':
        case 'io.BytesIO':
        case 'builtins.bytes':
        case 'builtins.bytearray':
        case '_codecs.encode':
        case 'codecs.encode':
            return raw();
        case 'base64.b64decode':
        case 'base64.standard_b64decode':
        case 'base64.decodebytes':
        case 'base64.urlsafe_b64decode':
        case 'binascii.a2b_base64': {
            const t = asText();
            return t === undefined ? undefined : Buffer.from(t, fn.includes('urlsafe') ? 'base64url' : 'base64');
        }
        case 'binascii.unhexlify':
        case 'binascii.a2b_hex':
        case 'builtins.bytes.fromhex':
        case 'base64.b16decode': {
            const t = asText();
            return t === undefined ? undefined : Buffer.from(t.replace(/\s+/g, ''), 'hex');
        }
        case 'codecs.decode': {
            const enc = v.args[1];
            const t = asText();
            if (t === undefined)
                return undefined;
            if (enc === 'base64')
                return Buffer.from(t, 'base64');
            if (enc === 'hex' || enc === 'hex_codec')
                return Buffer.from(t, 'hex');
            if (enc === 'base64_codec')
                return Buffer.from(t, 'base64');
            return raw();
        }
        default:
            return undefined;
    }
}

// EXTERNAL MODULE: ./lib/formats/pickle/machine.js + 2 modules
var pickle_machine = __webpack_require__(2797);
// EXTERNAL MODULE: ./lib/formats/pickle/reader.js
var pickle_reader = __webpack_require__(4612);
// EXTERNAL MODULE: ./lib/formats/pickle/claim.js
var claim = __webpack_require__(1247);
;// CONCATENATED MODULE: ./lib/formats/pickle/index.js






/** Most places after non-pickle data we try as a pickle start before giving up. */
const MAX_CANDIDATES = 1_000_000;
const MAX_FRAME_REREADS = 16;
const pickleScanner = {
    ...claim/* pickleClaim */.nl,
    scan: scanPickle,
};
/**
 * Scans every pickle in the bytes: pickles back to back (legacy torch, joblib),
 * and pickles hidden after junk or after a broken stream (threats B9, B10).
 * A stream that breaks is reported as not fully scanned, with whatever it did
 * before the break; junk that merely follows the last pickle is not an error
 * (legacy torch files end with raw tensor data).
 */
async function scanPickle(ctx) {
    await scanPickleStreams(ctx);
}
async function scanPickleStreams(ctx, options = {}) {
    const source = ctx.source;
    const end = Math.min(source.size, ctx.limits.maxPickleBytes);
    const maxStreams = options.maxStreams ?? Infinity;
    const results = [];
    let leading = true;
    let consumed = options.start ?? 0;
    let stopped = false;
    let okStreams = 0;
    const verdicts = new Map();
    let opcodeBudget = ctx.limits.maxPickleOpcodes;
    const nested = [];
    /** Streams whose frames were not respected: read again as the C unpickler reads a file (threats B8). */
    const rereads = [];
    let candidates = 0;
    const reported = new Set();
    const report = (finding, mode) => {
        const key = `${finding.ruleId}|${finding.callable ?? ''}|${finding.offset ?? ''}`;
        if (reported.has(key))
            return;
        reported.add(key);
        if (mode !== pickle_reader/* FrameMode */.hW.Linear) {
            if (finding.ruleId === 'pickle/frame-tampering')
                return;
            finding.properties = { ...finding.properties, reading: READINGS[mode] };
            finding.message += ` Python reads this only when it loads the file from disk (${READINGS[mode]}); pickle.loads and linear readers see other bytes here.`;
        }
        ctx.report(finding);
    };
    /** Runs one stream at `start`; returns where the next one may start, or -1 to stop. */
    const attempt = (start, primary, first, mode = pickle_reader/* FrameMode */.hW.Linear) => {
        const out = new pickle_machine/* Collector */.g();
        if (leading && options.persistentIds)
            out.persistentIds = options.persistentIds;
        const limits = {
            maxOpcodes: opcodeBudget,
            maxStackDepth: ctx.limits.maxStackDepth,
            maxMemoEntries: ctx.limits.maxMemoEntries,
            checkBudget: () => ctx.checkBudget(),
        };
        const reader = new pickle_reader/* ByteReader */.kP(source, start, end);
        reader.frameMode = mode;
        const machine = new pickle_machine/* PickleMachine */.E(reader, (0,pickle_policy/* picklePolicyOf */.O)(ctx.policy), limits, out, verdicts);
        let error;
        let next = -1;
        try {
            next = machine.run();
        }
        catch (e) {
            if (!(e instanceof pickle_reader/* PickleError */.z4)) {
                // Time budget (or a bug): what this stream showed before it stopped is still reported.
                for (const finding of findingsFrom(out, source))
                    report(finding, mode);
                throw e;
            }
            error = e;
        }
        opcodeBudget -= machine.opcodes;
        if (leading && !error && Number.isFinite(maxStreams))
            results.push(machine.result);
        const meaningful = mode === pickle_reader/* FrameMode */.hW.Linear ? primary || out.hasFindings : out.hasFindings;
        if (meaningful) {
            for (const finding of findingsFrom(out, source))
                report(finding, mode);
            for (const n of out.nested) {
                if (n.loader === 'marshal.loads')
                    continue; // a code object, summarised in its finding
                const payload = loaderPayload(n.call.args, source);
                if (payload && payload.length > 0 && nested.length < 64)
                    nested.push({ loader: n.loader, offset: n.call.offset, payload });
            }
            if (mode === pickle_reader/* FrameMode */.hW.Linear && out.frameIssues.length && rereads.length < MAX_FRAME_REREADS && !rereads.includes(start))
                rereads.push(start);
        }
        if (mode !== pickle_reader/* FrameMode */.hW.Linear)
            return { next, ok: !error };
        if (!error)
            return { next, ok: true };
        if (error.limit) {
            ctx.incomplete(error.message, error.offset);
            return 'stop';
        }
        if (meaningful) {
            const what = first && error.offset === start ? 'not a valid pickle' : 'the pickle stream breaks';
            ctx.incomplete(`${what}: ${error.message}`, error.offset);
        }
        return { next: primary ? Math.max(error.offset, start + 1) : start + 1, ok: false };
    };
    let pos = consumed;
    let primary = true;
    let first = true;
    while (pos < end) {
        ctx.checkBudget();
        const result = attempt(pos, primary, first);
        first = false;
        if (result === 'stop')
            return { results, end: consumed, stopped: false };
        if (result.ok) {
            pos = result.next;
            if (leading) {
                consumed = pos;
                if (++okStreams >= maxStreams) {
                    stopped = true;
                    break;
                }
                if (Number.isFinite(maxStreams))
                    continue; // the caller says more pickles follow
            }
            // Another pickle right after STOP counts as part of the stream only when it starts like one.
            primary = startsWithProto(source, pos, end);
            continue;
        }
        leading = false;
        pos = nextCandidate(source, result.next, end);
        primary = false;
        if (pos < 0)
            break;
        if (++candidates > MAX_CANDIDATES) {
            ctx.incomplete(`gave up looking for more pickles after ${MAX_CANDIDATES} candidates`, pos);
            break;
        }
    }
    if (!stopped && source.size > end)
        ctx.incomplete(`only the first ${end} bytes were scanned (pickle size limit)`, end);
    // What CPython's C unpickler reads from a file when an argument straddles a frame (threats B8).
    leading = false;
    for (const at of rereads) {
        attempt(at, false, false, pickle_reader/* FrameMode */.hW.CFile);
        attempt(at, false, false, pickle_reader/* FrameMode */.hW.CBuffered);
    }
    const seen = new Set();
    for (const n of nested) {
        const name = `<${n.loader}@${n.offset}>`;
        if (seen.has(name))
            continue;
        seen.add(name);
        await ctx.scanNested(new core_source/* BufferSource */._r(n.payload), name);
    }
    return { results, end: consumed, stopped };
}
const READINGS = {
    [pickle_reader/* FrameMode */.hW.Linear]: 'linear',
    [pickle_reader/* FrameMode */.hW.CFile]: 'the C unpickler on an unbuffered file, which re-reads an argument that runs past its frame from after the frame',
    [pickle_reader/* FrameMode */.hW.CBuffered]: 'the C unpickler on a buffered file, which re-reads an argument that runs past a frame of 8 KiB or more from after the frame',
};
/** The serialized payload a loader call receives: its first constant bytes/str argument (a method's comes after self). */
function loaderPayload(args, source) {
    for (const a of args.slice(0, 3)) {
        const p = nestedPayload(a, source);
        if (p)
            return p;
    }
    return undefined;
}
function startsWithProto(source, pos, end) {
    if (pos + 2 > end)
        return false;
    const b = source.read(pos, 2);
    return b[0] === 0x80 && b[1] <= 5;
}
/** The next PROTO opcode (0x80 then a protocol number) at or after `from`. */
function nextCandidate(source, from, end) {
    return pickle_reader/* ByteReader */.kP.find(source, from, end, (chunk) => {
        let i = chunk.indexOf(0x80);
        while (i >= 0 && i + 1 < chunk.length) {
            if (chunk[i + 1] <= 5)
                return i;
            i = chunk.indexOf(0x80, i + 1);
        }
        return -1;
    });
}


/***/ }),

/***/ 4313:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TRAILING_MEMBER: () => (/* binding */ TRAILING_MEMBER),
  looksLikeLegacyStream: () => (/* reexport */ claim/* looksLikeLegacyStream */.lH),
  torchLegacyScanner: () => (/* binding */ torchLegacyScanner)
});

// EXTERNAL MODULE: ./lib/core/source.js
var source = __webpack_require__(7718);
// EXTERNAL MODULE: ./lib/formats/pickle/index.js + 1 modules
var pickle = __webpack_require__(6452);
// EXTERNAL MODULE: ./lib/formats/pickle/values.js
var values = __webpack_require__(8077);
;// CONCATENATED MODULE: ./lib/formats/torch-legacy/keys.js
/**
 * Reads the storage-key list of a legacy torch file: a pickle of a list of
 * strings, as pickle writes it at any protocol (EMPTY_LIST, MARK, strings with
 * memo puts, APPENDS in batches of 1000, or APPEND). Anything else: undefined.
 * The pickle engine has already scanned these bytes for security; this is only
 * for the layout, so it accepts just the opcodes a list of strings needs.
 */
function readStringList(bytes) {
    const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let i = 0;
    const out = [];
    let list = false;
    let pending = [];
    let marked = false;
    const need = (n) => i + n <= b.length;
    while (i < b.length) {
        const op = b[i++];
        switch (op) {
            case 0x80: // PROTO
                if (!need(1))
                    return undefined;
                i += 1;
                break;
            case 0x95: // FRAME
                if (!need(8))
                    return undefined;
                i += 8;
                break;
            case 0x5d: // EMPTY_LIST
                if (list)
                    return undefined;
                list = true;
                break;
            case 0x28: // MARK
                if (marked)
                    return undefined;
                marked = true;
                pending = [];
                break;
            case 0x58: {
                // BINUNICODE
                if (!need(4))
                    return undefined;
                const n = b.readUInt32LE(i);
                i += 4;
                if (!need(n))
                    return undefined;
                pending.push(b.toString('utf8', i, i + n));
                i += n;
                break;
            }
            case 0x8c: {
                // SHORT_BINUNICODE
                if (!need(1))
                    return undefined;
                const n = b[i++];
                if (!need(n))
                    return undefined;
                pending.push(b.toString('utf8', i, i + n));
                i += n;
                break;
            }
            case 0x56: {
                // UNICODE (protocol 0): raw-unicode-escape line; keys are plain ASCII digits.
                const nl = b.indexOf(0x0a, i);
                if (nl < 0)
                    return undefined;
                const s = b.toString('latin1', i, nl);
                if (s.includes('\\'))
                    return undefined;
                pending.push(s);
                i = nl + 1;
                break;
            }
            case 0x71: // BINPUT
                if (!need(1))
                    return undefined;
                i += 1;
                break;
            case 0x72: // LONG_BINPUT
                if (!need(4))
                    return undefined;
                i += 4;
                break;
            case 0x94: // MEMOIZE
                break;
            case 0x70: {
                // PUT (protocol 0)
                const nl = b.indexOf(0x0a, i);
                if (nl < 0)
                    return undefined;
                i = nl + 1;
                break;
            }
            case 0x6c: // LIST (protocol 0/1: MARK items LIST)
                if (!marked || list)
                    return undefined;
                list = true;
                marked = false;
                out.push(...pending);
                pending = [];
                break;
            case 0x65: // APPENDS
                if (!marked || !list)
                    return undefined;
                marked = false;
                out.push(...pending);
                pending = [];
                break;
            case 0x61: // APPEND
                if (marked || !list || pending.length !== 1)
                    return undefined;
                out.push(pending.pop());
                break;
            case 0x2e: // STOP
                return list && !marked && pending.length === 0 && i === b.length ? out : undefined;
            default:
                return undefined;
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./lib/formats/torch-legacy/claim.js
var claim = __webpack_require__(7471);
;// CONCATENATED MODULE: ./lib/formats/torch-legacy/index.js






/**
 * PyTorch's legacy serialization (torch.save with _use_new_zipfile_serialization=False,
 * and every torch before 1.6): pickles back to back, then raw storage bytes.
 *
 *   magic number | protocol version | sys_info | the object (storages by persistent id)
 *   | sorted storage keys | per key: int64 element count, count * element size bytes
 *
 * torch.load unpickles the first five whatever they contain (the magic number is
 * itself unpickled before it is checked: threats A5, A6), so each is scanned as a
 * pickle. The storages are never parsed: they are walked by their sizes, so
 * tensor bytes that happen to look like a pickle are not reported. Bytes after
 * the last storage (never read by torch) are routed by content.
 *
 * The same scanner walks the `storages` and `tensors` members of the legacy tar
 * layout (see ../tar): pickles interleaved with raw records.
 */
const TRAILING_MEMBER = '[bytes after the storages]';
const MAX_NDIM = 64;
/** Bytes per element of torch's legacy storage classes. */
const ELEMENT_SIZE = {
    DoubleStorage: 8, FloatStorage: 4, HalfStorage: 2, BFloat16Storage: 2, LongStorage: 8, IntStorage: 4, ShortStorage: 2,
    CharStorage: 1, ByteStorage: 1, BoolStorage: 1, ComplexFloatStorage: 8, ComplexDoubleStorage: 16, QInt8Storage: 1,
    QUInt8Storage: 1, QInt32Storage: 4, QUInt4x2Storage: 1, QUInt2x4Storage: 1, UntypedStorage: 1,
};
function elementSize(type) {
    if (!(type instanceof values/* PyGlobal */.B6) || !(type.module === 'torch' || type.module === 'torch.cuda'))
        return undefined;
    return ELEMENT_SIZE[type.name];
}
function baseName(ctx) {
    const path = ctx.member ?? ctx.file;
    return path.slice(path.lastIndexOf('/') + 1);
}
async function scan(ctx) {
    const head = ctx.source.read(0, 16);
    const record = ctx.member !== undefined ? (0,claim/* tarRecordMember */.pb)(baseName(ctx), head) : undefined;
    if (record === 'storages')
        return walkTarStorages(ctx);
    if (record === 'tensors')
        return walkTarTensors(ctx);
    return walkLegacyStream(ctx);
}
/** One pickle at `at`; undefined when it broke (the engine then scanned the rest as a plain pickle stream). */
async function onePickle(ctx, at, persistentIds) {
    const r = await (0,pickle.scanPickleStreams)(ctx, { start: at, maxStreams: 1, ...(persistentIds ? { persistentIds } : {}) });
    return r.stopped ? { value: r.results[0], end: r.end } : undefined;
}
function u64(ctx, at) {
    const b = ctx.source.read(at, 8);
    if (b.length < 8)
        return undefined;
    const buf = Buffer.from(b);
    const hi = buf.readUInt32LE(4);
    return hi >= 0x200000 ? Infinity : hi * 0x1_0000_0000 + buf.readUInt32LE(0);
}
/** Bytes after a walk: beyond the end is truncation; leftovers are routed by content. */
async function finish(ctx, pos, what) {
    const size = ctx.source.size;
    if (pos > size) {
        ctx.incomplete(`${what} run past the end of the data (truncated file or lying sizes)`, size);
    }
    else if (pos < size) {
        await ctx.scanNested(new source/* SliceSource */.EH(ctx.source, pos, size - pos), TRAILING_MEMBER);
    }
}
/** Where the walk cannot follow the sizes: scan the rest by content, and say so. */
async function giveUp(ctx, pos, why) {
    ctx.incomplete(`${why}; the remaining ${ctx.source.size - pos} bytes were scanned for hidden pickles instead of being walked`, pos);
    if (pos < ctx.source.size)
        await ctx.scanNested(new source/* SliceSource */.EH(ctx.source, pos, ctx.source.size - pos), '[unwalked storage data]');
}
async function walkLegacyStream(ctx) {
    const ids = [];
    // magic number, protocol version, sys_info, the object.
    const first = await (0,pickle.scanPickleStreams)(ctx, { maxStreams: 4, persistentIds: ids });
    if (!first.stopped)
        return; // a pickle broke: the engine reported it and scanned the rest
    const keysStart = first.end;
    const keysPickle = await onePickle(ctx, keysStart);
    if (!keysPickle)
        return;
    const storages = new Map();
    for (const pid of ids) {
        if (!(pid instanceof values/* PyTuple */.Wc) || pid.items[0] !== 'storage')
            continue;
        const [, type, key, , numel] = pid.items;
        const size = elementSize(type ?? null);
        if (typeof key === 'string' && size !== undefined)
            storages.set(key, { size, numel: typeof numel === 'number' ? numel : undefined });
    }
    const keys = readStringList(ctx.source.read(keysStart, keysPickle.end - keysStart));
    if (!keys)
        return giveUp(ctx, keysPickle.end, 'the storage key list is not a plain list of strings');
    if (keys.length > ctx.limits.maxMembers) {
        return giveUp(ctx, keysPickle.end, `more than ${ctx.limits.maxMembers} storages (limit maxMembers)`);
    }
    let pos = keysPickle.end;
    for (const key of keys) {
        const info = storages.get(key);
        if (!info)
            return giveUp(ctx, pos, `storage "${key.slice(0, 40)}" is not described by the object pickle`);
        const count = u64(ctx, pos);
        if (count === undefined)
            return finish(ctx, pos + 8, 'the storages');
        if (info.numel !== undefined && count !== info.numel) {
            return giveUp(ctx, pos, `storage "${key.slice(0, 40)}" holds ${count} elements where the object pickle says ${info.numel}`);
        }
        pos += 8 + count * info.size;
        if (!Number.isSafeInteger(pos) || pos > ctx.source.size)
            return finish(ctx, Infinity, 'the storages');
    }
    await finish(ctx, pos, 'the storages');
}
/** Legacy tar `storages`: count, then per storage (key, location, type) + int64 count + bytes, then the views list. */
async function walkTarStorages(ctx) {
    const num = await onePickle(ctx, 0);
    if (!num)
        return;
    if (typeof num.value !== 'number' || num.value < 0 || num.value > ctx.limits.maxMembers) {
        return giveUp(ctx, num.end, 'the storage count is not a small non-negative integer');
    }
    let pos = num.end;
    for (let i = 0; i < num.value; i++) {
        const args = await onePickle(ctx, pos);
        if (!args)
            return;
        pos = args.end;
        const type = args.value instanceof values/* PyTuple */.Wc ? args.value.items[2] : undefined;
        const size = elementSize(type ?? null);
        if (size === undefined)
            return giveUp(ctx, pos, `storage ${i} does not name a known storage type`);
        const count = u64(ctx, pos);
        if (count === undefined)
            return finish(ctx, Infinity, 'the storages');
        pos += 8 + count * size;
        if (!Number.isSafeInteger(pos) || pos > ctx.source.size)
            return finish(ctx, Infinity, 'the storages');
    }
    const views = await onePickle(ctx, pos);
    if (!views)
        return;
    await finish(ctx, views.end, 'the storages');
}
/** Legacy tar `tensors`: count, then per tensor (key, storage key, type) + int32 ndim, 4 bytes, sizes, strides, int64 offset. */
async function walkTarTensors(ctx) {
    const num = await onePickle(ctx, 0);
    if (!num)
        return;
    if (typeof num.value !== 'number' || num.value < 0 || num.value > ctx.limits.maxMembers) {
        return giveUp(ctx, num.end, 'the tensor count is not a small non-negative integer');
    }
    let pos = num.end;
    for (let i = 0; i < num.value; i++) {
        const args = await onePickle(ctx, pos);
        if (!args)
            return;
        pos = args.end;
        const b = ctx.source.read(pos, 4);
        if (b.length < 4)
            return finish(ctx, Infinity, 'the tensor records');
        const ndim = Buffer.from(b).readInt32LE(0);
        if (ndim < 0 || ndim > MAX_NDIM)
            return giveUp(ctx, pos, `tensor ${i} has ${ndim} dimensions`);
        pos += 8 + 16 * ndim + 8;
        if (pos > ctx.source.size)
            return finish(ctx, Infinity, 'the tensor records');
    }
    await finish(ctx, pos, 'the tensor records');
}
const torchLegacyScanner = {
    ...claim/* torchLegacyClaim */.Od,
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

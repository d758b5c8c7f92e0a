export const id = 4236;
export const ids = [4236];
export const modules = {

/***/ 4236:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_SKELETON_BYTES: () => (/* binding */ MAX_SKELETON_BYTES),
  looksLikeModelProto: () => (/* reexport */ claim/* looksLikeModelProto */.D),
  onnxScanner: () => (/* binding */ onnxScanner)
});

;// CONCATENATED MODULE: ./lib/formats/onnx/external-path.js
/**
 * Why an external-data `location` escapes the model's folder, or undefined
 * when it is a plain relative path below it. Mirrors what ONNX \u2265 1.17 refuses
 * (CVE-2022-25882, CVE-2024-27318 `sub/../../x`, CVE-2025-51480) and adds the
 * Windows forms, which onnx's POSIX-minded checks historically missed.
 */
function externalPathProblem(location) {
    if (location.includes('\0'))
        return 'it contains a NUL byte, which truncates the path in C code';
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(location))
        return 'it is a URL';
    if (/^[\\/]{2}/.test(location))
        return 'it is a UNC or network path';
    if (/^[A-Za-z]:/.test(location))
        return 'it is a Windows drive path';
    if (/^[\\/]/.test(location))
        return 'it is an absolute path';
    const parts = location.split(/[\\/]+/);
    let depth = 0;
    for (const part of parts) {
        if (part === '..')
            depth--;
        else if (part !== '' && part !== '.')
            depth++;
        if (depth < 0)
            return 'it climbs out of the model\'s folder with ".."';
    }
    if (parts.includes('..'))
        return 'it contains a ".." component';
    return undefined;
}

;// CONCATENATED MODULE: ./lib/formats/onnx/model.js
/** The decoded shape of the ONNX messages we read (see onnx-proto.ts). */
const DATA_LOCATION_EXTERNAL = 1;

;// CONCATENATED MODULE: ./lib/formats/onnx/operators.js
/**
 * Operator domains that are part of ONNX or ONNX Runtime itself: their
 * operators are implemented by the runtime, not by code the model brings.
 */
const BUILT_IN_DOMAINS = new Set(['', 'ai.onnx', 'ai.onnx.ml', 'ai.onnx.training', 'ai.onnx.preview.training']);
function isBuiltInDomain(domain) {
    return BUILT_IN_DOMAINS.has(domain) || domain === 'com.microsoft' || domain.startsWith('com.microsoft.') || domain.startsWith('com.ms.internal.');
}
/**
 * Operators that call Python named by the model: ONNX Runtime's language
 * interop `PyOp`, ORTModule's `PythonOp`/`PythonOpGrad` (torch autograd
 * functions by name), and Python-defined ops of onnxruntime-extensions
 * (`ai.onnx.contrib`, the ones spelt Py*). Matched in any domain.
 */
function isPythonOperator(opType, domain) {
    if (/^Py(thon)?(Op|Func|Function)(Grad)?$/.test(opType))
        return true;
    return domain === 'ai.onnx.contrib' && opType.startsWith('Py');
}
/** Module and function names that make a Python operator run commands or code. */
const DANGEROUS_PYTHON_NAMES = new Set([
    'os', 'posix', 'nt', 'subprocess', 'builtins', '__builtin__', 'eval', 'exec', 'system', 'popen', 'spawn', 'check_output',
    'pty', 'socket', 'importlib', '__import__', 'runpy', 'pickle', 'marshal', 'shutil', 'sys', 'ctypes', 'compile', 'code',
]);
/** The dangerous names spelt in an operator's string attributes (module, class_name, compute, func_name\u2026). */
function dangerousPythonNames(values) {
    const found = new Set();
    for (const value of values)
        for (const part of value.split(/[^A-Za-z0-9_]+/))
            if (DANGEROUS_PYTHON_NAMES.has(part))
                found.add(part);
    return [...found].sort();
}

;// CONCATENATED MODULE: ./lib/formats/onnx/analyse.js



const utf8 = new TextDecoder();
/**
 * Walks a decoded model: the main graph, every subgraph held in node
 * attributes (If/Loop/Scan bodies, at any depth), training graphs and
 * model-local functions. Reports external-data paths and operators.
 */
function analyseModel(model, report) {
    const localFunctions = new Set(model.functions.map((f) => `${f.domain ?? ''}\u0000${f.name ?? ''}`));
    const walker = { report, localFunctions };
    if (model.graph)
        visitGraph(walker, model.graph, 'graph');
    model.training_info.forEach((info, i) => {
        if (info.initialization)
            visitGraph(walker, info.initialization, `training_info[${i}].initialization`);
        if (info.algorithm)
            visitGraph(walker, info.algorithm, `training_info[${i}].algorithm`);
    });
    for (const fn of model.functions) {
        for (const node of fn.node)
            visitNode(walker, node, `function ${fn.domain ?? ''}.${fn.name ?? ''}`);
    }
}
function visitGraph(walker, graph, where) {
    const here = graph.name ? `${where} "${graph.name}"` : where;
    for (const tensor of graph.initializer)
        visitTensor(walker, tensor, here);
    for (const sparse of graph.sparse_initializer)
        visitSparse(walker, sparse, here);
    for (const node of graph.node)
        visitNode(walker, node, here);
}
function visitNode(walker, node, where) {
    const opType = node.op_type ?? '';
    const domain = node.domain ?? '';
    const label = `${domain ? `${domain}.` : ''}${opType}`;
    const nodeWhere = `${where}, node "${node.name ?? opType}"`;
    if (isPythonOperator(opType, domain))
        reportPythonOp(walker, node, label, nodeWhere);
    else if (!isBuiltInDomain(domain) && !walker.localFunctions.has(`${domain}\u0000${opType}`)) {
        walker.report({
            ruleId: 'onnx/custom-op',
            message: `The graph uses the operator ${label} from the non-standard domain "${domain}" (${nodeWhere}); it only runs if the application registers a library for it.`,
            callable: label,
        });
    }
    for (const attribute of node.attribute)
        visitAttribute(walker, attribute, `${nodeWhere}, attribute "${attribute.name ?? ''}"`);
}
function reportPythonOp(walker, node, label, where) {
    const strings = node.attribute.flatMap((a) => [...(a.s ? [utf8.decode(a.s)] : []), ...a.strings.map((s) => utf8.decode(s))]);
    const dangerous = dangerousPythonNames(strings);
    walker.report({
        ruleId: 'onnx/python-op',
        severity: dangerous.length > 0 ? 'critical' : 'high',
        message: `The graph calls the Python operator ${label} (${where})` +
            (dangerous.length > 0 ? `, which names ${dangerous.map((d) => `\`${d}\``).join(', ')}: running the model runs commands or code.` : ': running the model runs the Python code it names.'),
        callable: label,
        args: strings.slice(0, 8).map((s) => s.slice(0, 120)),
    });
}
function visitAttribute(walker, attribute, where) {
    if (attribute.t)
        visitTensor(walker, attribute.t, where);
    for (const tensor of attribute.tensors)
        visitTensor(walker, tensor, where);
    if (attribute.sparse_tensor)
        visitSparse(walker, attribute.sparse_tensor, where);
    for (const sparse of attribute.sparse_tensors)
        visitSparse(walker, sparse, where);
    if (attribute.g)
        visitGraph(walker, attribute.g, `${where} subgraph`);
    attribute.graphs.forEach((graph, i) => visitGraph(walker, graph, `${where} subgraph ${i}`));
}
function visitSparse(walker, sparse, where) {
    if (sparse.values)
        visitTensor(walker, sparse.values, where);
    if (sparse.indices)
        visitTensor(walker, sparse.indices, where);
}
function visitTensor(walker, tensor, where) {
    for (const entry of tensor.external_data) {
        if (entry.key !== 'location' || entry.value === undefined)
            continue;
        const problem = externalPathProblem(entry.value);
        if (!problem)
            continue;
        const external = tensor.data_location === DATA_LOCATION_EXTERNAL;
        walker.report({
            ruleId: 'onnx/external-data-path',
            message: `Tensor "${tensor.name ?? ''}" (${where}) takes its data from "${entry.value}": ${problem}. ` +
                `Loading the model reads that file${external ? '' : ' (once data_location is set to EXTERNAL)'}; saving it again can overwrite it.`,
            callable: entry.value,
            args: [entry.value],
            properties: { tensor: tensor.name ?? '', location: entry.value, dataLocationExternal: external },
        });
    }
}

// EXTERNAL MODULE: ./lib/formats/onnx/wire.js
var onnx_wire = __webpack_require__(1785);
;// CONCATENATED MODULE: ./lib/formats/onnx/skeleton.js

/** Per message: fields that are messages we must also strip, by field number. */
const NESTED = {
    model: { 7: 'graph', 20: 'training', 25: 'function' },
    training: { 1: 'graph', 2: 'graph' },
    graph: { 1: 'node', 5: 'tensor', 15: 'sparse' },
    function: { 7: 'node' },
    node: { 5: 'attribute' },
    attribute: { 5: 'tensor', 6: 'graph', 10: 'tensor', 11: 'graph', 22: 'sparse', 23: 'sparse' },
    sparse: { 1: 'tensor', 2: 'tensor' },
    tensor: {},
};
/** Per message: fields dropped unread (tensor data, numeric attribute lists). */
const DROPPED = {
    model: new Set(),
    training: new Set(),
    graph: new Set(),
    function: new Set(),
    node: new Set(),
    // floats, ints: can be large and say nothing about behaviour.
    attribute: new Set([7, 8]),
    sparse: new Set(),
    // float_data, int32_data, string_data, int64_data, raw_data, double_data, uint64_data.
    tensor: new Set([4, 5, 6, 7, 9, 10, 11]),
};
/** Subgraph nesting we follow (If/Loop/Scan bodies inside each other). */
const MAX_GRAPH_DEPTH = 64;
class SkeletonTooLarge extends Error {
}
function buildSkeleton(source, maxBytes) {
    const builder = new SkeletonBuilder(new onnx_wire/* WireCursor */.o(source), maxBytes);
    const chunks = builder.message('model', 0, source.size, 0);
    return { bytes: concat(chunks), skippedBytes: builder.skipped };
}
class SkeletonBuilder {
    cursor;
    maxBytes;
    skipped = 0;
    kept = 0;
    constructor(cursor, maxBytes) {
        this.cursor = cursor;
        this.maxBytes = maxBytes;
    }
    /** The stripped encoding of the message in [start, end), as chunks. */
    message(kind, start, end, depth) {
        if (depth > MAX_GRAPH_DEPTH * 4)
            throw new onnx_wire/* WireError */.cC(`messages nested deeper than ${MAX_GRAPH_DEPTH} graphs`, start);
        const out = [];
        let pos = start;
        while (pos < end) {
            const fieldStart = pos;
            const tag = this.cursor.varint(pos, end);
            pos = tag.next;
            const field = Math.floor(tag.value / 8);
            const wire = tag.value % 8;
            if (field === 0)
                throw new onnx_wire/* WireError */.cC('field number 0', fieldStart);
            let payloadEnd;
            let payloadStart = pos;
            if (wire === onnx_wire/* WIRE_VARINT */.V9)
                payloadEnd = this.cursor.varint(pos, end).next;
            else if (wire === onnx_wire/* WIRE_I64 */.UE)
                payloadEnd = pos + 8;
            else if (wire === onnx_wire/* WIRE_I32 */.tk)
                payloadEnd = pos + 4;
            else if (wire === onnx_wire/* WIRE_LEN */.qg) {
                const length = this.cursor.varint(pos, end);
                payloadStart = length.next;
                payloadEnd = payloadStart + length.value;
            }
            else
                throw new onnx_wire/* WireError */.cC(`unsupported wire type ${wire}`, fieldStart);
            if (payloadEnd > end)
                throw new onnx_wire/* WireError */.cC(`field ${field} runs past the end of its message`, fieldStart);
            pos = payloadEnd;
            if (DROPPED[kind].has(field)) {
                this.skipped += payloadEnd - payloadStart;
                continue;
            }
            const nested = NESTED[kind][field];
            if (nested !== undefined && wire === onnx_wire/* WIRE_LEN */.qg) {
                // Joined per message: keeps chunk lists short (no huge spreads) at the cost of one copy per level.
                const inner = concat(this.message(nested, payloadStart, payloadEnd, depth + 1));
                this.keep(out, this.cursor.read(fieldStart, tag.next - fieldStart), (0,onnx_wire/* encodeVarint */.Jc)(inner.length));
                out.push(inner);
            }
            else {
                this.keep(out, this.cursor.read(fieldStart, payloadEnd - fieldStart));
            }
        }
        return out;
    }
    keep(out, ...chunks) {
        for (const chunk of chunks) {
            this.kept += chunk.length;
            if (this.kept > this.maxBytes)
                throw new SkeletonTooLarge(`the model structure without tensor data exceeds ${this.maxBytes} bytes`);
            out.push(chunk);
        }
    }
}
function concat(chunks) {
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const chunk of chunks) {
        out.set(chunk, at);
        at += chunk.length;
    }
    return out;
}

// EXTERNAL MODULE: ./lib/formats/onnx/claim.js
var claim = __webpack_require__(654);
;// CONCATENATED MODULE: ./lib/formats/onnx/index.js





/** The graph structure we decode at most (tensor payloads are never counted: they are skipped). */
const MAX_SKELETON_BYTES = 256 * 1024 * 1024;
/**
 * ONNX: a protobuf ModelProto. Tensor payloads are stripped by walking the wire
 * format (skeleton.ts); the rest is decoded with protobufjs, loaded only when
 * an ONNX file is actually scanned.
 */
const onnxScanner = {
    ...claim/* onnxClaim */.M,
    scan: scanOnnx,
};
async function scanOnnx(ctx) {
    let skeleton;
    try {
        skeleton = buildSkeleton(ctx.source, MAX_SKELETON_BYTES);
    }
    catch (error) {
        if (error instanceof SkeletonTooLarge)
            ctx.incomplete(error.message);
        else if (error instanceof onnx_wire/* WireError */.cC)
            ctx.incomplete(`the ONNX protobuf is malformed: ${error.message}`, error.offset);
        else
            throw error;
        return;
    }
    const { decodeModel } = await Promise.all(/* import() */[__webpack_require__.e(1853), __webpack_require__.e(6704)]).then(__webpack_require__.bind(__webpack_require__, 6704));
    let model;
    try {
        model = decodeModel(skeleton.bytes);
    }
    catch (error) {
        ctx.incomplete(`the ONNX model could not be decoded: ${error instanceof Error ? error.message : String(error)}`);
        return;
    }
    analyseModel(model, (finding) => ctx.report(finding));
}


/***/ })

};

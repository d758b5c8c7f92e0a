export const id = 2737;
export const ids = [2737,6235];
export const modules = {

/***/ 6235:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  decodeTf: () => (/* binding */ decodeTf)
});

;// CONCATENATED MODULE: ./lib/formats/tensorflow/proto.js
/**
 * The parts of TensorFlow's protos the scanner reads, written from the field
 * numbers of tensorflow/core/protobuf/{saved_model,meta_graph,saver,
 * saved_object_graph}.proto, tensorflow/core/framework/{graph,node_def,
 * function,attr_value,tensor,op_def}.proto and Keras' saved_metadata.proto.
 * Everything else (tensor contents, shapes, signatures) is skipped unparsed,
 * so an embedded constant costs no memory beyond the file bytes.
 */
const TENSORFLOW_PROTO = `
syntax = "proto3";
package modelscan.tf;

message SavedModel {
  int64 saved_model_schema_version = 1;
  repeated MetaGraphDef meta_graphs = 2;
}

message MetaGraphDef {
  MetaInfoDef meta_info_def = 1;
  GraphDef graph_def = 2;
  SaverDef saver_def = 3;
  repeated AssetFileDef asset_file_def = 6;
  SavedObjectGraph object_graph_def = 7;
}

message MetaInfoDef {
  string meta_graph_version = 1;
  repeated string tags = 4;
  string tensorflow_version = 5;
  string tensorflow_git_version = 6;
}

message SaverDef {
  string filename_tensor_name = 1;
  string save_tensor_name = 2;
  string restore_op_name = 3;
}

message AssetFileDef {
  string filename = 2;
}

message GraphDef {
  repeated NodeDef node = 1;
  FunctionDefLibrary library = 2;
}

message NodeDef {
  string name = 1;
  string op = 2;
  repeated string input = 3;
  string device = 4;
  map<string, AttrValue> attr = 5;
}

message FunctionDefLibrary {
  repeated FunctionDef function = 1;
}

message FunctionDef {
  OpDef signature = 1;
  repeated NodeDef node_def = 3;
}

message OpDef {
  string name = 1;
}

message AttrValue {
  oneof value {
    AttrList list = 1;
    bytes s = 2;
    int64 i = 3;
    float f = 4;
    bool b = 5;
    int32 type = 6;
    TensorProto tensor = 8;
    string placeholder = 9;
    NameAttrList func = 10;
  }
}

message AttrList {
  repeated bytes s = 2;
  repeated NameAttrList func = 9;
}

message NameAttrList {
  string name = 1;
  map<string, AttrValue> attr = 2;
}

message TensorProto {
  int32 dtype = 1;
  repeated bytes string_val = 8;
}

message SavedObjectGraph {
  repeated SavedObject nodes = 1;
}

message SavedObject {
  SavedUserObject user_object = 4;
}

message SavedUserObject {
  string identifier = 1;
  string metadata = 3;
}

message SavedMetadata {
  repeated KerasSavedObject nodes = 1;
}

message KerasSavedObject {
  int32 node_id = 2;
  string node_path = 3;
  string identifier = 4;
  string metadata = 5;
}
`;

;// CONCATENATED MODULE: ./lib/formats/tensorflow/decode.js

let types;
/** protobufjs and the parsed schema are loaded on first use only, once per process. */
function loadTypes() {
    types ??= (async () => {
        const { default: protobuf } = await __webpack_require__.e(/* import() */ 1853).then(__webpack_require__.t.bind(__webpack_require__, 1853, 19));
        const { root } = protobuf.parse(TENSORFLOW_PROTO, { keepCase: true });
        const names = ['SavedModel', 'MetaGraphDef', 'GraphDef', 'SavedMetadata'];
        return new Map(names.map((n) => [n, root.lookupType(`modelscan.tf.${n}`)]));
    })();
    return types;
}
/** Decodes one message; throws on malformed protobuf (the caller reports it as not fully scanned). */
async function decodeTf(name, bytes) {
    const type = (await loadTypes()).get(name);
    return type.decode(bytes);
}


/***/ }),

/***/ 2737:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  savedModelScanner: () => (/* binding */ savedModelScanner)
});

// EXTERNAL MODULE: ./lib/formats/keras/error-text.js
var error_text = __webpack_require__(5711);
// EXTERNAL MODULE: ./lib/formats/keras/scan-config.js + 4 modules
var scan_config = __webpack_require__(6336);
// EXTERNAL MODULE: ./lib/formats/tensorflow/decode.js + 1 modules
var decode = __webpack_require__(6235);
// EXTERNAL MODULE: ./lib/formats/tensorflow/detect.js
var detect = __webpack_require__(9465);
// EXTERNAL MODULE: ./lib/formats/tensorflow/claim.js
var claim = __webpack_require__(2864);
// EXTERNAL MODULE: ./lib/policy/tensorflow-ops.js
var tensorflow_ops = __webpack_require__(7056);
;// CONCATENATED MODULE: ./lib/formats/tensorflow/graph-check.js

/** Walks a GraphDef and its function library; returns the number of nodes seen. */
function checkGraph(graph, options) {
    const functions = graph.library?.function ?? [];
    const functionNames = new Set(functions.map((f) => f.signature?.name ?? '').filter(Boolean));
    let nodes = checkScope(graph.node ?? [], `the graph of ${options.where}`, functionNames, options);
    for (const fn of functions) {
        nodes += checkScope(fn.node_def ?? [], `function "${fn.signature?.name ?? '?'}" of ${options.where}`, functionNames, options);
    }
    return nodes;
}
function checkScope(nodes, scope, functionNames, options) {
    const byName = new Map(nodes.map((n) => [n.name ?? '', n]));
    for (const node of nodes) {
        const op = node.op ?? '';
        const where = `node "${node.name ?? '?'}" in ${scope}`;
        const risk = tensorflow_ops/* TF_RISKY_OPS */.lY.get(op);
        if (risk) {
            const paths = constantInputs(node, risk.pathInputs ?? [], byName);
            const attrs = attributeStrings(node);
            const severity = risk.severity === 'medium' && paths.length > 0 ? 'high' : risk.severity;
            options.report({
                ruleId: risk.ruleId,
                severity,
                callable: op,
                message: `The model graph contains ${op} (${where}), which ${risk.effect}${paths.length > 0 ? `: ${paths.map((p) => `"${p}"`).join(', ')}` : ''}.`,
                ...(paths.length + attrs.length > 0 ? { args: [...paths, ...attrs].slice(0, 8) } : {}),
            });
            continue;
        }
        const checkpointInputs = tensorflow_ops/* TF_CHECKPOINT_OPS */.PL.get(op);
        if (checkpointInputs) {
            checkCheckpointPath(node, checkpointInputs, byName, where, options);
            continue;
        }
        checkAttributes(node, op, where, options);
        if (!tensorflow_ops/* TF_STANDARD_OPS */.yB.has(op) && !functionNames.has(op)) {
            options.report({
                ruleId: 'tensorflow/unknown-op',
                callable: op,
                message: `The model graph uses the op "${op}" (${where}), which is not a standard TensorFlow op: it is native code from a custom op library.`,
            });
        }
    }
    return nodes.length;
}
/** Checkpoint ops are normal; a hard-coded path (not the saver's fed filename) reads or writes a fixed file. */
function checkCheckpointPath(node, inputs, byName, where, options) {
    const fed = options.saverFilenameNode;
    const fixed = inputs.filter((i) => sourceNode(node.input?.[i], byName)?.name !== fed || fed === undefined);
    const paths = constantInputs(node, fixed, byName);
    if (paths.length === 0)
        return;
    options.report({
        ruleId: 'tensorflow/file-access-op',
        severity: 'high',
        callable: node.op ?? '',
        args: paths,
        message: `The checkpoint op ${node.op} (${where}) reads or writes the hard-coded path ${paths.map((p) => `"${p}"`).join(', ')} instead of the path the loader passes in.`,
    });
}
/** Standard ops whose attributes can still point at files: PrintV2 output_stream, DecodeProtoV2 descriptor_source. */
function checkAttributes(node, op, where, options) {
    const attr = node.attr ?? {};
    let target;
    if (op === 'PrintV2') {
        const stream = graph_check_text(attr.output_stream?.s);
        if (stream !== undefined && !tensorflow_ops/* TF_PRINT_STREAMS */.Tz.has(stream))
            target = stream;
    }
    else if (op === 'DecodeProtoV2' || op === 'EncodeProto') {
        const source = graph_check_text(attr.descriptor_source?.s);
        if (source !== undefined && !tensorflow_ops/* TF_PROTO_DESCRIPTOR_SOURCES */.To.has(source))
            target = source;
    }
    if (target === undefined)
        return;
    options.report({
        ruleId: 'tensorflow/file-access-op',
        severity: 'high',
        callable: op,
        args: [target.slice(0, 200)],
        message: `The model graph contains ${op} (${where}) pointed at "${target.slice(0, 200)}", so running the model touches that file.`,
    });
}
/** String values of the Const nodes feeding the given inputs (through Identity nodes). */
function constantInputs(node, inputs, byName) {
    const out = [];
    for (const index of inputs) {
        const source = sourceNode(node.input?.[index], byName);
        if (source?.op !== 'Const')
            continue;
        for (const value of source.attr?.value?.tensor?.string_val ?? [])
            out.push(graph_check_text(value).slice(0, 200));
    }
    return out;
}
/** The node an input refers to ("name", "name:1", "^name", "name:output:0" in functions), skipping Identity hops. */
function sourceNode(input, byName) {
    let name = input?.replace(/^\^/, '').split(':')[0];
    for (let hops = 0; name !== undefined && hops < 8; hops++) {
        const node = byName.get(name);
        if (node?.op !== 'Identity')
            return node;
        name = node.input?.[0]?.replace(/^\^/, '').split(':')[0];
    }
    return undefined;
}
/** File-like attribute values of risky ops (ImmutableConst memory_region_name, debug_urls, dump_root). */
function attributeStrings(node) {
    const out = [];
    const attr = node.attr ?? {};
    for (const key of ['memory_region_name', 'dump_root', 'debug_urls', 'output_stream', 'filename', 'file_pattern']) {
        const value = attr[key];
        if (!value)
            continue;
        const single = graph_check_text(value.s);
        if (single)
            out.push(single.slice(0, 200));
        for (const s of value.list?.s ?? [])
            out.push(graph_check_text(s).slice(0, 200));
    }
    return out;
}
function graph_check_text(bytes) {
    return bytes == null ? undefined : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
}

;// CONCATENATED MODULE: ./lib/formats/tensorflow/index.js






/**
 * TensorFlow SavedModel (`saved_model.pb`), Keras `keras_metadata.pb`, TF1
 * meta graphs and frozen GraphDefs (`.pb`): every node of the graph and of
 * every library function is checked against the op policy, and Keras layer
 * metadata goes through the Keras config walker.
 */
const savedModelScanner = {
    ...claim/* savedModelClaim */.h,
    async scan(ctx) {
        const size = ctx.source.size;
        // Decoding needs the whole message in memory; embedded constants can make it large.
        if (size > ctx.limits.maxMemberBytes) {
            ctx.incomplete(`the protobuf is larger than the ${ctx.limits.maxMemberBytes}-byte limit`);
            return;
        }
        const bytes = ctx.source.read(0, size);
        const name = (ctx.member ?? ctx.file).split('/').pop().toLowerCase();
        const kind = (0,detect/* tfFileKind */.N5)(bytes, name);
        try {
            if (kind === 'saved-model')
                await scanSavedModel(ctx, await (0,decode.decodeTf)('SavedModel', bytes), name);
            else if (kind === 'keras-metadata')
                await scanKerasMetadata(ctx, await (0,decode.decodeTf)('SavedMetadata', bytes), name);
            else if (kind === 'meta-graph')
                await scanMetaGraphs(ctx, [await (0,decode.decodeTf)('MetaGraphDef', bytes)], name);
            else
                scanGraphDef(ctx, await (0,decode.decodeTf)('GraphDef', bytes), name);
        }
        catch (error) {
            ctx.incomplete(`not a readable TensorFlow protobuf (${(0,error_text/* errorText */.k)(error)})`);
        }
    },
};
async function scanSavedModel(ctx, model, name) {
    const graphs = model.meta_graphs ?? [];
    if (graphs.length === 0) {
        ctx.incomplete('the SavedModel has no meta graph');
        return;
    }
    await scanMetaGraphs(ctx, graphs, name);
}
async function scanMetaGraphs(ctx, graphs, name) {
    const kerasConfigs = [];
    for (const [index, graph] of graphs.entries()) {
        const tags = graph.meta_info_def?.tags?.join(',') ?? '';
        const where = `${name} meta graph ${index}${tags ? ` [${tags}]` : ''}`;
        const saverFilename = graph.saver_def?.filename_tensor_name?.split(':')[0];
        checkGraph(graph.graph_def ?? {}, {
            where,
            ...(saverFilename ? { saverFilenameNode: saverFilename } : {}),
            report: (f) => ctx.report(f),
        });
        checkAssets(ctx, graph, where);
        // TF <= 2.4 kept Keras layer metadata in the object graph; Keras still reads it when keras_metadata.pb is absent.
        for (const [node, object] of (graph.object_graph_def?.nodes ?? []).entries()) {
            const metadata = object.user_object?.metadata;
            if (metadata)
                kerasConfigs.push({ text: metadata, where: `Keras metadata of object ${node} in ${where}` });
        }
    }
    await (0,scan_config/* scanConfigTexts */.yL)(ctx, kerasConfigs);
}
/** Asset paths are joined to the SavedModel's assets/ folder; an absolute or ../ path escapes it. */
function checkAssets(ctx, graph, where) {
    for (const asset of graph.asset_file_def ?? []) {
        const filename = asset.filename ?? '';
        if (!/^([/\\]|[A-Za-z]:)|(^|[/\\])\.\.([/\\]|$)/.test(filename))
            continue;
        ctx.report({
            ruleId: 'tensorflow/file-access-op',
            severity: 'high',
            callable: 'asset',
            args: [filename.slice(0, 200)],
            message: `An asset of ${where} points outside the SavedModel folder ("${filename.slice(0, 200)}"), so loading the model reads that file.`,
        });
    }
}
function scanGraphDef(ctx, graph, name) {
    const nodes = checkGraph(graph, { where: name, report: (f) => ctx.report(f) });
    if (nodes === 0)
        ctx.incomplete('no TensorFlow graph nodes found');
}
async function scanKerasMetadata(ctx, metadata, name) {
    const texts = (metadata.nodes ?? [])
        .filter((n) => n.metadata)
        .map((n) => ({ text: n.metadata, where: `${name} node "${n.node_path ?? '?'}"` }));
    if (texts.length === 0) {
        ctx.incomplete('keras_metadata.pb holds no layer metadata');
        return;
    }
    await (0,scan_config/* scanConfigTexts */.yL)(ctx, texts);
}


/***/ })

};

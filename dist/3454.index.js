export const id = 3454;
export const ids = [3454];
export const modules = {

/***/ 3454:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tfliteScanner: () => (/* binding */ tfliteScanner)
});

// EXTERNAL MODULE: ./lib/core/route.js
var route = __webpack_require__(2734);
// EXTERNAL MODULE: ./lib/core/source.js
var source = __webpack_require__(7718);
// EXTERNAL MODULE: ./lib/policy/tensorflow-ops.js
var tensorflow_ops = __webpack_require__(7056);
;// CONCATENATED MODULE: ./lib/policy/tflite-ops.js

/**
 * The TensorFlow Lite op policy. Data only; the checks live in
 * src/formats/tflite/index.ts.
 *
 * A TFLite model names its operators in `Model.operator_codes`. Builtin ops are
 * fixed kernels of the runtime, and an ordinary custom op runs whatever native
 * kernel the application registered under its name: the file carries no code
 * for either. A custom op whose name starts with `Flex` is different: the
 * Select-TF-ops (Flex) delegate, linked into the full `tensorflow` Python
 * package, runs the TensorFlow op named in the operator's custom options with
 * the attributes of the NodeDef stored beside it, so it is judged like an op of
 * a SavedModel graph (src/policy/tensorflow-ops.ts).
 */
/** `OperatorCode.custom_code` prefix that hands an operator to the Flex delegate (`kFlexCustomCodePrefix`). */
const TFLITE_FLEX_PREFIX = 'Flex';
/** `BuiltinOperator.CUSTOM`: the op is looked up by `custom_code`. */
const TFLITE_BUILTIN_CUSTOM = 32;
/** The only schema version the TFLite interpreter loads (`TFLITE_SCHEMA_VERSION`). */
const TFLITE_SCHEMA_VERSION = 3;
const FILE = (severity, effect) => ({ ruleId: 'tensorflow/file-access-op', severity, effect });
/**
 * Ops that are routine in a SavedModel but not in a TFLite model, which has no
 * checkpoint to save or restore and no reason to print to a file. The op name
 * is enough: their paths and output streams come from tensors and attributes
 * the converter never writes for an inference graph.
 */
const TFLITE_FLEX_RISKY_OPS = new Map([
    ['Save', FILE('high', 'writes a checkpoint file')],
    ['SaveV2', FILE('high', 'writes a checkpoint file')],
    ['SaveSlices', FILE('high', 'writes a checkpoint file')],
    ['Restore', FILE('high', 'reads a checkpoint file')],
    ['RestoreV2', FILE('high', 'reads a checkpoint file')],
    ['RestoreSlice', FILE('high', 'reads a checkpoint file')],
    ['MergeV2Checkpoints', FILE('high', 'merges checkpoint files and deletes the originals')],
    ['PrintV2', FILE('high', 'prints to the output stream named in its attributes, which can be a file')],
    // The public names of _Send/_Recv (TF_RISKY_OPS), on the Flex allowlist.
    ['Send', FILE('medium', 'sends tensors to another device or process')],
    ['Recv', FILE('medium', 'receives tensors from another device or process')],
]);
/**
 * How a TensorFlow op run by the Flex delegate is judged: the TFLite list first,
 * then the SavedModel list. A file-reading op whose path the SavedModel scanner
 * would show when it is a constant (InitializeTableFromTextFile, the dataset
 * readers) is high here: a TFLite graph has no assets, so the path is fixed in
 * the model or chosen by the caller, and the tensor data is never read.
 */
function tfliteFlexRisk(op) {
    const own = TFLITE_FLEX_RISKY_OPS.get(op);
    if (own)
        return own;
    const risk = tensorflow_ops/* TF_RISKY_OPS */.lY.get(op);
    if (!risk)
        return undefined;
    return risk.severity === 'medium' && risk.pathInputs ? { ...risk, severity: 'high' } : risk;
}
/** True for ops a converter emits as Flex ops for ordinary models: standard TensorFlow ops and the Flex allowlist. */
function isStandardFlexOp(op) {
    return tensorflow_ops/* TF_STANDARD_OPS */.yB.has(op) || TFLITE_FLEX_ALLOWLIST_EXTRA.has(op);
}
/** NodeDef attributes that name files, URLs or output streams: shown with the finding. */
const TFLITE_FLEX_PATH_ATTRS = [
    'output_stream', 'memory_region_name', 'filename', 'file_pattern', 'dump_root', 'debug_urls',
];
/**
 * The Select-TF-ops allowlist of the TFLite converter and Flex delegate
 * (`GetFlexAllowlist()` in tensorflow/lite/delegates/flex/allowlisted_flex_ops.cc,
 * 747 ops), less the ops TF_STANDARD_OPS already lists. The risky ones on it
 * (ImmutableConst, InitializeTableFromTextFile, checkpoint ops, PrintV2,
 * _Send/_Recv) are judged before this list is consulted. TF Text and
 * SentencePiece ops are allowed only when their library is linked: like any
 * custom op library, they are reported as unknown ops.
 */
const TFLITE_FLEX_ALLOWLIST_EXTRA = new Set(`
  AdjustContrast ApplyAdaMax ApplyAdagradDA ApplyAdagradV2 ApplyAddSign ApplyCenteredRMSProp ApplyFtrlV2
  ApplyPowerSign ApplyProximalAdagrad ApplyProximalGradientDescent AvgPool3DGrad BatchCholesky BatchMatrixBandPart
  BatchMatrixDeterminant BatchMatrixDiag BatchMatrixDiagPart BatchMatrixInverse BatchMatrixSetDiag
  BatchMatrixTriangularSolve BatchNormWithGlobalNormalizationGrad BoostedTreesCreateQuantileStreamResource
  BoostedTreesFlushQuantileSummaries BoostedTreesMakeQuantileSummaries BoostedTreesQuantileStreamResourceAddSummaries
  BoostedTreesQuantileStreamResourceDeserialize BoostedTreesQuantileStreamResourceFlush
  BoostedTreesQuantileStreamResourceGetBucketBoundaries BoostedTreesQuantileStreamResourceHandleOp
  Conv3DBackpropFilter Conv3DBackpropInput CropAndResizeGradBoxes CropAndResizeGradImage DataFormatDimMap
  DataFormatVecPermute DebugGradientIdentity DebugGradientRefIdentity DeleteSessionTensor Dilation2DBackpropFilter
  Dilation2DBackpropInput FakeQuantWithMinMaxArgsGradient FakeQuantWithMinMaxVarsGradient
  FakeQuantWithMinMaxVarsPerChannelGradient FakeQueue FinalizeDataset FusedPadConv2D FusedResizeAndPadConv2D
  GetSessionHandle GetSessionHandleV2 GetSessionTensor ImmutableConst InitializeTableFromDataset
  InitializeTableFromTextFile InitializeTableFromTextFileV2 IsBoostedTreesQuantileStreamResourceInitialized
  MaxPool3DGrad MaxPool3DGradGrad MaxPoolGradGrad MaxPoolGradGradV2 MaxPoolGradWithArgmax PaddingFIFOQueue
  ParallelConcat QuantizedBatchNormWithGlobalNormalization QuantizedInstanceNorm QuantizedRelu6
  QuantizedResizeBilinear QueueClose QueueDequeue QueueDequeueMany QueueDequeueUpTo QueueEnqueue QueueEnqueueMany
  QueueIsClosed QueueSize Recv RefIdentity RefSelect ResizeBicubicGrad ResourceApplyAdagradDA ResourceScatterNdMax
  ResourceScatterNdMin ResourceSparseApplyAdagradDA ResourceSparseApplyCenteredRMSProp ResourceSparseApplyFtrlV2
  ResourceSparseApplyProximalAdagrad ResourceSparseApplyProximalGradientDescent ScatterNdMax ScatterNdMin Send
  SparseApplyAdadelta SparseApplyAdagrad SparseApplyAdagradDA SparseApplyAdagradV2 SparseApplyCenteredRMSProp
  SparseApplyFtrl SparseApplyFtrlV2 SparseApplyMomentum SparseApplyProximalAdagrad SparseApplyProximalGradientDescent
  SparseApplyRMSProp SparseSegmentSqrtNGrad SparseSegmentSumGrad SparseToSparseSetOperation StackClose StackPop
  StackPush TensorArray TensorArrayClose TensorArrayCloseV2 TensorArrayConcat TensorArrayConcatV2 TensorArrayGather
  TensorArrayGatherV2 TensorArrayGrad TensorArrayGradV2 TensorArrayPack TensorArrayRead TensorArrayScatter
  TensorArrayScatterV2 TensorArraySize TensorArraySplit TensorArraySplitV2 TensorArrayUnpack TensorArrayWrite
  _HostCast _HostRecv _HostSend _ParallelConcatStart _ParallelConcatUpdate _Recv _Send _SwitchN _VarHandlesOp
  `
    .split(/\s+/)
    .filter(Boolean));

// EXTERNAL MODULE: ./lib/formats/pickle/claim.js
var claim = __webpack_require__(1247);
// EXTERNAL MODULE: ./lib/formats/onnx/wire.js
var wire = __webpack_require__(1785);
// EXTERNAL MODULE: ./lib/formats/tflite/claim.js
var tflite_claim = __webpack_require__(5767);
;// CONCATENATED MODULE: ./lib/formats/tflite/flatbuffer.js
/**
 * A bounded FlatBuffers reader over a ByteSource: positioned reads through a
 * small page cache (a multi-GB model costs the pages its tables sit on, never
 * its tensor data). Every offset, length and count is checked against the
 * buffer before it is used, and nothing here recurses: callers walk the
 * schema, whose depth is fixed. What does not fit throws FlatbufferError.
 *
 * Layout facts (FlatBuffers binary format):
 * - the buffer starts with the root table's uoffset (u32), then the 4-byte file identifier;
 * - a uoffset (u32) is relative to where it is stored and points forward;
 * - a table starts with an soffset (i32): its vtable is at `table - soffset`;
 * - a vtable is u16s: its own size, the table's size, then one field offset per
 *   field id (0 or beyond the vtable: the field is absent, its default applies);
 * - a vector or string is a u32 element count followed by the elements (a string's bytes end with a NUL).
 */
class FlatbufferError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
const PAGE = 1 << 16;
const MAX_PAGES = 64;
class FlatReader {
    source;
    size;
    pages = new Map();
    constructor(source, 
    /** Bytes of the flatbuffer (the source may hold more). */
    size = source.size) {
        this.source = source;
        this.size = size;
    }
    /** `length` bytes at `pos`, all inside the buffer. */
    bytes(pos, length, what) {
        if (!Number.isSafeInteger(pos) || !Number.isSafeInteger(length) || pos < 0 || length < 0 || pos + length > this.size) {
            throw new FlatbufferError(`${what} at offset ${pos} (${length} bytes) runs past the end of the ${this.size}-byte model`, pos);
        }
        const page = Math.floor(pos / PAGE);
        if (pos + length <= (page + 1) * PAGE) {
            const bytes = this.page(page);
            const from = pos - page * PAGE;
            if (from + length <= bytes.length)
                return bytes.subarray(from, from + length);
        }
        else {
            const bytes = this.source.read(pos, length);
            if (bytes.length === length)
                return bytes;
        }
        throw new FlatbufferError(`${what} at offset ${pos} could not be read`, pos);
    }
    page(index) {
        const cached = this.pages.get(index);
        if (cached)
            return cached;
        if (this.pages.size >= MAX_PAGES)
            this.pages.delete(this.pages.keys().next().value);
        const start = index * PAGE;
        const bytes = this.source.read(start, Math.min(PAGE, this.size - start));
        this.pages.set(index, bytes);
        return bytes;
    }
    u8(pos, what) {
        return this.bytes(pos, 1, what)[0];
    }
    i8(pos, what) {
        const v = this.u8(pos, what);
        return v >= 0x80 ? v - 0x100 : v;
    }
    u16(pos, what) {
        const b = this.bytes(pos, 2, what);
        return b[0] | (b[1] << 8);
    }
    u32(pos, what) {
        const b = this.bytes(pos, 4, what);
        return (b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24)) >>> 0;
    }
    i32(pos, what) {
        const b = this.bytes(pos, 4, what);
        return b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24);
    }
    u64(pos, what) {
        const b = this.bytes(pos, 8, what);
        let v = 0n;
        for (let i = 7; i >= 0; i--)
            v = (v << 8n) | BigInt(b[i]);
        return v;
    }
    /** The position a uoffset stored at `pos` points to, inside the buffer. */
    deref(pos, what) {
        const target = pos + this.u32(pos, what);
        if (target >= this.size)
            throw new FlatbufferError(`${what} at offset ${pos} points to ${target}, past the end of the ${this.size}-byte model`, pos);
        return target;
    }
    /** The table at `pos`, its vtable checked (even size of at least 4, inside the buffer). */
    table(pos, what) {
        const soffset = this.i32(pos, what);
        const vtable = pos - soffset;
        if (vtable < 0 || vtable + 4 > this.size) {
            throw new FlatbufferError(`${what} at offset ${pos} has its vtable at ${vtable}, outside the model`, pos);
        }
        const vtableSize = this.u16(vtable, `${what}'s vtable`);
        if (vtableSize < 4 || vtableSize % 2 !== 0 || vtable + vtableSize > this.size) {
            throw new FlatbufferError(`${what} at offset ${pos} has a vtable of ${vtableSize} bytes at ${vtable}, which is not a valid vtable`, vtable);
        }
        return { pos, vtable, vtableSize };
    }
    /** Absolute position of field `id` of a table, or undefined when the field is absent. */
    field(t, id, width, what) {
        const slot = 4 + 2 * id;
        if (slot + 2 > t.vtableSize)
            return undefined;
        const offset = this.u16(t.vtable + slot, `${what}'s vtable entry`);
        if (offset === 0)
            return undefined;
        const pos = t.pos + offset;
        if (pos + width > this.size)
            throw new FlatbufferError(`${what} at offset ${pos} runs past the end of the model`, pos);
        return pos;
    }
    fieldU32(t, id, fallback, what) {
        const pos = this.field(t, id, 4, what);
        return pos === undefined ? fallback : this.u32(pos, what);
    }
    fieldI32(t, id, fallback, what) {
        const pos = this.field(t, id, 4, what);
        return pos === undefined ? fallback : this.i32(pos, what);
    }
    fieldI8(t, id, fallback, what) {
        const pos = this.field(t, id, 1, what);
        return pos === undefined ? fallback : this.i8(pos, what);
    }
    fieldU8(t, id, fallback, what) {
        const pos = this.field(t, id, 1, what);
        return pos === undefined ? fallback : this.u8(pos, what);
    }
    fieldU64(t, id, what) {
        const pos = this.field(t, id, 8, what);
        return pos === undefined ? 0n : this.u64(pos, what);
    }
    /** A sub-table field, or undefined when absent. */
    fieldTable(t, id, what) {
        const pos = this.field(t, id, 4, what);
        return pos === undefined ? undefined : this.table(this.deref(pos, what), what);
    }
    /**
     * A vector field of `width`-byte elements, or undefined when absent. The
     * count must fit in the bytes left and stay within `maxCount`.
     */
    fieldVector(t, id, width, maxCount, what) {
        const pos = this.field(t, id, 4, what);
        return pos === undefined ? undefined : this.vectorAt(this.deref(pos, what), width, maxCount, what);
    }
    vectorAt(pos, width, maxCount, what) {
        const count = this.u32(pos, `the length of ${what}`);
        const start = pos + 4;
        if (count * width > this.size - start) {
            throw new FlatbufferError(`${what} at offset ${pos} claims ${count} elements, which cannot fit in the ${this.size}-byte model`, pos);
        }
        if (count > maxCount)
            throw new FlatbufferError(`${what} at offset ${pos} has ${count} elements, over the scanner's limit of ${maxCount}`, pos);
        return { start, count };
    }
    /** Element `i` of a vector of tables. */
    tableAt(v, i, what) {
        return this.table(this.deref(v.start + 4 * i, what), what);
    }
    /**
     * A string field: its length and up to `maxBytes` of it (the rest is never
     * read), or undefined when absent.
     */
    fieldString(t, id, maxBytes, what) {
        const pos = this.field(t, id, 4, what);
        if (pos === undefined)
            return undefined;
        const v = this.vectorAt(this.deref(pos, what), 1, Number.MAX_SAFE_INTEGER, what);
        return { pos: v.start, length: v.count, bytes: this.bytes(v.start, Math.min(v.count, maxBytes), what) };
    }
}
/** The bytes up to the first NUL: what C++ code sees through `c_str()`. */
function cString(bytes) {
    const nul = bytes.indexOf(0);
    return nul < 0 ? bytes : bytes.subarray(0, nul);
}
function latin1(bytes) {
    let out = '';
    for (const b of bytes)
        out += String.fromCharCode(b);
    return out;
}
function utf8(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
}

;// CONCATENATED MODULE: ./lib/formats/tflite/flexbuffer.js
/**
 * The custom options of a Flex operator: a FlexBuffer whose root is a vector
 * of two strings, the TensorFlow op name the delegate runs and the serialized
 * NodeDef whose attributes it runs the op with (`InitializeNodeDef` in
 * tensorflow/lite/delegates/flex/kernel.cc). Read the way FlexBuffers' C++
 * accessors read it (GetRoot, AsVector, operator[], AsString), with every
 * offset and size checked against the bytes.
 *
 * FlexBuffers layout facts: the last byte is the root's byte width, the byte
 * before it the root's packed type (type << 2 | log2 of the child width); an
 * offset value points backwards (`position - value`); a vector or string has
 * its size in the `width` bytes before its data; an untyped vector's element
 * packed types follow its elements, one byte each; a key is a NUL-terminated string.
 */
class FlexbufferError extends Error {
}
const FBT_KEY = 4;
const FBT_STRING = 5;
const FBT_MAP = 9;
const FBT_VECTOR = 10;
function readFlexOpOptions(bytes) {
    const size = bytes.length;
    if (size < 3)
        throw new FlexbufferError(`${size} bytes are too few for a FlexBuffer`);
    const rootWidth = bytes[size - 1];
    if (![1, 2, 4, 8].includes(rootWidth))
        throw new FlexbufferError(`the root byte width is ${rootWidth}, not 1, 2, 4 or 8`);
    const rootType = bytes[size - 2];
    const rootPos = size - 2 - rootWidth;
    if (rootPos < 0)
        throw new FlexbufferError('the root does not fit in the buffer');
    const type = rootType >> 2;
    if (type !== FBT_VECTOR && type !== FBT_MAP)
        throw new FlexbufferError(`the root has type ${type}, not a vector`);
    const width = 1 << (rootType & 3);
    const data = indirect(bytes, rootPos, rootWidth);
    const count = uint(bytes, data - width, width, 'the vector size');
    if (count < 2)
        throw new FlexbufferError(`the vector has ${count} element${count === 1 ? '' : 's'}, not the op name and NodeDef`);
    const typesAt = data + count * width;
    if (typesAt + count > size)
        throw new FlexbufferError(`a vector of ${count} elements does not fit in the buffer`);
    return {
        opName: flexbuffer_element(bytes, data, width, bytes[typesAt], 0),
        nodeDef: flexbuffer_element(bytes, data + width, width, bytes[typesAt + 1], 1),
    };
}
/** A string or key element (what `AsString()` returns for it). */
function flexbuffer_element(bytes, pos, parentWidth, packedType, index) {
    const type = packedType >> 2;
    const width = 1 << (packedType & 3);
    if (type === FBT_STRING) {
        const data = indirect(bytes, pos, parentWidth);
        const length = uint(bytes, data - width, width, `the length of element ${index}`);
        if (data + length > bytes.length)
            throw new FlexbufferError(`element ${index} (${length} bytes) runs past the end of the buffer`);
        return bytes.subarray(data, data + length);
    }
    if (type === FBT_KEY) {
        const data = indirect(bytes, pos, parentWidth);
        const end = bytes.indexOf(0, data);
        if (end < 0)
            throw new FlexbufferError(`element ${index} is a key without its terminating NUL`);
        return bytes.subarray(data, end);
    }
    throw new FlexbufferError(`element ${index} has type ${type}, not a string`);
}
/** The position an offset stored at `pos` (`width` bytes) points back to. */
function indirect(bytes, pos, width) {
    const target = pos - uint(bytes, pos, width, 'an offset');
    if (target < 0 || target >= bytes.length)
        throw new FlexbufferError(`an offset at ${pos} points outside the buffer`);
    return target;
}
function uint(bytes, pos, width, what) {
    if (pos < 0 || pos + width > bytes.length)
        throw new FlexbufferError(`${what} at ${pos} lies outside the buffer`);
    let value = 0;
    for (let i = width - 1; i >= 0; i--)
        value = value * 256 + bytes[pos + i];
    // Values beyond 2^53 are past any buffer; the bounds checks above and below reject them.
    return value;
}

;// CONCATENATED MODULE: ./lib/formats/tflite/model.js

/**
 * Walks the parts of a TFLite model (tensorflow/lite/schema/schema.fbs,
 * `root_type Model`, `file_identifier "TFL3"`) that decide which code runs:
 * the operator codes, which operators use them, and the Flex operators'
 * custom options. Tensors and their buffers are never read; of the buffers,
 * only the ones `Model.metadata` points to are located.
 *
 * Field ids (declaration order in the schema):
 *   Model:        0 version:uint, 1 operator_codes:[OperatorCode], 2 subgraphs:[SubGraph],
 *                 3 description:string, 4 buffers:[Buffer], 5 metadata_buffer:[int],
 *                 6 metadata:[Metadata], 7 signature_defs:[SignatureDef]
 *   OperatorCode: 0 deprecated_builtin_code:byte, 1 custom_code:string, 2 version:int = 1,
 *                 3 builtin_code:BuiltinOperator (int32)
 *   SubGraph:     0 tensors, 1 inputs, 2 outputs, 3 operators:[Operator], 4 name:string
 *   Operator:     0 opcode_index:uint, 1 inputs, 2 outputs, 3-4 builtin_options (union),
 *                 5 custom_options:[ubyte], 6 custom_options_format:byte (0 = FLEXBUFFERS),
 *                 7 mutating_variable_inputs, 8 intermediates,
 *                 9 large_custom_options_offset:ulong, 10 large_custom_options_size:ulong
 *   Buffer:       0 data:[ubyte], 1 offset:ulong, 2 size:ulong (models over 2 GB: data outside the flatbuffer)
 *   Metadata:     0 name:string, 1 buffer:uint
 */
/** Bounds on what a model may declare (real models stay far below; going over is reported as not fully scanned). */
const TFLITE_LIMITS = {
    operatorCodes: 100_000,
    subgraphs: 100_000,
    /** Operators over all subgraphs. */
    operators: 20_000_000,
    /** Flex operators whose options are read. */
    flexOperators: 100_000,
    metadata: 10_000,
    /** Bytes of a name kept (custom codes, metadata names); longer names are judged by these bytes. */
    nameBytes: 1024,
    /** Custom options of one Flex operator. */
    customOptionsBytes: 16 * 1024 * 1024,
};
/**
 * Fills `model` as it reads, so that what was read before a FlatbufferError
 * is still there for the caller to judge. `check` is called every few
 * thousand operators (the scan's time budget).
 */
function walkModel(r, model, isFlex, check) {
    const root = r.table(r.deref(0, 'the root table offset'), 'the Model table');
    model.version = r.fieldU32(root, 0, 0, 'Model.version');
    readOperatorCodes(r, root, model);
    readSubgraphs(r, root, model, isFlex, check);
    const description = r.fieldString(root, 3, 0, 'Model.description');
    void description; // checked for bounds; its text is not used
    readMetadata(r, root, model);
}
function readOperatorCodes(r, root, model) {
    const codes = r.fieldVector(root, 1, 4, TFLITE_LIMITS.operatorCodes, 'Model.operator_codes');
    if (!codes)
        return;
    for (let i = 0; i < codes.count; i++) {
        const what = `operator code ${i}`;
        const t = r.tableAt(codes, i, what);
        const deprecatedBuiltin = r.fieldI8(t, 0, 0, `${what}: deprecated_builtin_code`);
        const builtinCode = r.fieldI32(t, 3, 0, `${what}: builtin_code`);
        const custom = r.fieldString(t, 1, TFLITE_LIMITS.nameBytes, `${what}: custom_code`);
        model.opcodes.push({
            index: i,
            builtin: Math.max(builtinCode, deprecatedBuiltin),
            deprecatedBuiltin,
            custom: custom ? cString(custom.bytes) : undefined,
            customLength: custom?.length ?? 0,
            version: r.fieldI32(t, 2, 1, `${what}: version`),
            offset: t.pos,
            uses: 0,
        });
    }
}
function readSubgraphs(r, root, model, isFlex, check) {
    const subgraphs = r.fieldVector(root, 2, 4, TFLITE_LIMITS.subgraphs, 'Model.subgraphs');
    if (!subgraphs)
        return;
    let total = 0;
    for (let s = 0; s < subgraphs.count; s++) {
        const subgraph = r.tableAt(subgraphs, s, `subgraph ${s}`);
        const operators = r.fieldVector(subgraph, 3, 4, TFLITE_LIMITS.operators, `subgraph ${s}: operators`);
        if (!operators)
            continue;
        total += operators.count;
        if (total > TFLITE_LIMITS.operators) {
            throw new FlatbufferError(`the subgraphs hold more than ${TFLITE_LIMITS.operators} operators, the scanner's limit`, operators.start);
        }
        for (let o = 0; o < operators.count; o++) {
            if (o % 4096 === 0)
                check();
            const what = `operator ${o} of subgraph ${s}`;
            const op = r.tableAt(operators, o, what);
            const index = r.fieldU32(op, 0, 0, `${what}: opcode_index`);
            const code = model.opcodes[index];
            if (!code) {
                model.badOpcodeIndex ??= { subgraph: s, operator: o, index, offset: op.pos };
                continue;
            }
            code.uses++;
            code.firstUse ??= [s, o];
            if (!isFlex(code))
                continue;
            if (model.flexOperators.length >= TFLITE_LIMITS.flexOperators) {
                model.flexOperatorsSkipped++;
                continue;
            }
            model.flexOperators.push({ opcode: index, subgraph: s, operator: o, offset: op.pos, ...optionsOf(r, op, what) });
        }
    }
}
/**
 * custom_options, or (when absent) the bytes large_custom_options_offset/size
 * name, which the interpreter takes only when the offset is above 1.
 */
function optionsOf(r, op, what) {
    const inline = r.fieldVector(op, 5, 1, Number.MAX_SAFE_INTEGER, `${what}: custom_options`);
    if (inline)
        return { options: { pos: inline.start, length: inline.count } };
    const offset = r.fieldU64(op, 9, `${what}: large_custom_options_offset`);
    const size = r.fieldU64(op, 10, `${what}: large_custom_options_size`);
    if (offset <= 1n)
        return {};
    return { options: external(offset, size, `${what}: large custom options`, op.pos) };
}
/** A range outside the flatbuffer (offset/size fields): numbers, checked against the file by the caller. */
function external(offset, size, what, at) {
    if (offset > BigInt(Number.MAX_SAFE_INTEGER) || size > BigInt(Number.MAX_SAFE_INTEGER)) {
        throw new FlatbufferError(`${what} at offset ${offset} (${size} bytes) lies past any file`, at);
    }
    return { pos: Number(offset), length: Number(size) };
}
function readMetadata(r, root, model) {
    const entries = r.fieldVector(root, 6, 4, TFLITE_LIMITS.metadata, 'Model.metadata');
    if (!entries)
        return;
    const buffers = r.fieldVector(root, 4, 4, Number.MAX_SAFE_INTEGER, 'Model.buffers');
    for (let i = 0; i < entries.count; i++) {
        const what = `metadata entry ${i}`;
        const t = r.tableAt(entries, i, what);
        const name = r.fieldString(t, 0, TFLITE_LIMITS.nameBytes, `${what}: name`);
        const buffer = r.fieldU32(t, 1, 0, `${what}: buffer`);
        const entry = { name: name ? Buffer.from(name.bytes).toString('utf8') : '', buffer, offset: t.pos };
        if (!buffers || buffer >= buffers.count) {
            throw new FlatbufferError(`${what} points to buffer ${buffer}, but the model has ${buffers?.count ?? 0}`, t.pos);
        }
        const b = r.tableAt(buffers, buffer, `buffer ${buffer}`);
        const data = r.fieldVector(b, 0, 1, Number.MAX_SAFE_INTEGER, `buffer ${buffer}: data`);
        if (data && data.count > 0) {
            entry.data = { pos: data.start, length: data.count };
        }
        else {
            const offset = r.fieldU64(b, 1, `buffer ${buffer}: offset`);
            const size = r.fieldU64(b, 2, `buffer ${buffer}: size`);
            if (offset > 1n && size > 0n)
                entry.data = external(offset, size, `buffer ${buffer}`, b.pos);
        }
        model.metadata.push(entry);
    }
}

;// CONCATENATED MODULE: ./lib/formats/tflite/index.js









/**
 * TensorFlow Lite (`.tflite`): a flatbuffer of operator codes, subgraphs and
 * buffers, read by a bounded reader of our own (tensor data is never read).
 * Builtin ops are fixed kernels: nothing to report. Ordinary custom ops run a
 * kernel the application registers: reported low, for inventory. Flex ops
 * (`Flex<Op>`) run full TensorFlow ops through the Select-TF-ops delegate:
 * the op named in each operator's custom options is judged with the TensorFlow
 * op policy, like a SavedModel node. Metadata buffers are scanned as nested files.
 */
const tfliteScanner = {
    ...tflite_claim/* tfliteClaim */.b,
    scan: scanTflite,
};
async function scanTflite(ctx) {
    const source = ctx.source;
    const identified = (0,tflite_claim/* hasIdentifier */.e)(source.read(0, 12));
    const model = { opcodes: [], flexOperators: [], flexOperatorsSkipped: 0, metadata: [] };
    let failure;
    try {
        walkModel(new FlatReader(source), model, isFlexCode, () => ctx.checkBudget());
    }
    catch (error) {
        if (!(error instanceof FlatbufferError))
            throw error;
        failure = error;
    }
    // What was read before a failure is judged all the same.
    reportCustomOps(ctx, model);
    await reportFlexOps(ctx, model);
    if (failure) {
        const what = identified ? 'the TensorFlow Lite flatbuffer is malformed' : 'no "TFL3" identifier, and the bytes do not parse as a TensorFlow Lite model';
        ctx.incomplete(`${what}: ${failure.message}`, failure.offset);
    }
    else {
        checkModel(ctx, model);
    }
    await checkPolyglot(ctx);
    await scanMetadata(ctx, model);
}
/** An operator code the interpreter resolves by name: CUSTOM in the current field or the deprecated one older runtimes read. */
function isCustomCode(code) {
    return code.builtin === TFLITE_BUILTIN_CUSTOM || code.deprecatedBuiltin === TFLITE_BUILTIN_CUSTOM;
}
/** `IsFlexOp`: a custom op whose name starts with "Flex" (compared as a C string). */
function isFlexCode(code) {
    return isCustomCode(code) && code.custom !== undefined && latin1(code.custom.subarray(0, 4)) === TFLITE_FLEX_PREFIX;
}
function customName(code) {
    const name = utf8(code.custom ?? new Uint8Array(0));
    return code.customLength > TFLITE_LIMITS.nameBytes ? `${name}...` : name;
}
function usage(code) {
    if (code.uses === 0)
        return 'declared, used by no operator';
    const [s, o] = code.firstUse;
    return `${code.uses} operator${code.uses === 1 ? '' : 's'}, first operator ${o} of subgraph ${s}`;
}
function reportCustomOps(ctx, model) {
    for (const code of model.opcodes) {
        if (!isCustomCode(code) || code.custom === undefined || isFlexCode(code))
            continue;
        const name = customName(code);
        ctx.report({
            ruleId: 'tflite/custom-op',
            callable: name,
            offset: code.offset,
            message: `The model uses the custom op "${name}" (${usage(code)}): the application must register a native kernel under that name, ` +
                'and the file carries no code for it.',
            properties: { operators: code.uses },
        });
    }
}
async function reportFlexOps(ctx, model) {
    const runs = new Map();
    const note = (op, customCode, operators, where, offset, attrs = []) => {
        let run = runs.get(op);
        if (!run)
            runs.set(op, (run = { customCodes: new Set(), operators: 0, where, offset, attrs: [] }));
        run.customCodes.add(customCode);
        run.operators += operators;
        for (const a of attrs)
            if (run.attrs.length < 8 && !run.attrs.includes(a))
                run.attrs.push(a);
    };
    for (const code of model.opcodes) {
        if (!isFlexCode(code))
            continue;
        const name = customName(code);
        note(name.slice(TFLITE_FLEX_PREFIX.length), name, code.uses, `custom op "${name}", ${usage(code)}`, code.offset);
    }
    await readFlexOptions(ctx, model, note);
    for (const [op, run] of runs)
        judgeFlexOp(ctx, op, run);
    if (model.flexOperatorsSkipped > 0) {
        ctx.incomplete(`${model.flexOperatorsSkipped} Flex operators past the first ${TFLITE_LIMITS.flexOperators} were not examined`);
    }
}
/**
 * Each Flex operator's custom options name the op TensorFlow actually runs
 * (and its NodeDef, whose op must be registered too): both are judged, and a
 * name that differs from the custom code is reported as a mismatch.
 */
async function readFlexOptions(ctx, model, note) {
    const problems = [];
    let problemCount = 0;
    let firstProblemOffset;
    const problem = (op, text) => {
        if (problemCount++ === 0)
            firstProblemOffset = op.offset;
        if (problems.length < 3)
            problems.push(`operator ${op.operator} of subgraph ${op.subgraph}: ${text}`);
    };
    let decode;
    for (const [i, op] of model.flexOperators.entries()) {
        if (i % 1024 === 0)
            ctx.checkBudget();
        const code = model.opcodes[op.opcode];
        const declaredCode = customName(code);
        const declared = declaredCode.slice(TFLITE_FLEX_PREFIX.length);
        const where = `operator ${op.operator} of subgraph ${op.subgraph}`;
        if (!op.options)
            continue; // no options: the delegate cannot build a NodeDef and runs nothing
        const { pos, length } = op.options;
        if (pos + length > ctx.source.size) {
            problem(op, `its custom options (${length} bytes at offset ${pos}) run past the end of the file`);
            continue;
        }
        if (length > TFLITE_LIMITS.customOptionsBytes) {
            problem(op, `its custom options are ${length} bytes, over the scanner's limit of ${TFLITE_LIMITS.customOptionsBytes}`);
            continue;
        }
        let parsed;
        try {
            parsed = readFlexOpOptions(ctx.source.read(pos, length));
        }
        catch (error) {
            if (!(error instanceof FlexbufferError))
                throw error;
            problem(op, `its custom options are not the FlexBuffer the Flex delegate reads (${error.message})`);
            continue;
        }
        decode ??= await nodeDefDecoder();
        const node = await decode(parsed.nodeDef);
        if (!node) {
            problem(op, 'its NodeDef is not valid protobuf');
            continue;
        }
        const executed = utf8(parsed.opName);
        const nodeOp = node.op ?? '';
        const attrs = pathAttributes(node);
        if (executed !== declared || nodeOp !== executed) {
            ctx.report({
                ruleId: 'tflite/flex-op-mismatch',
                callable: executed,
                offset: op.offset,
                message: `Flex ${where} is declared as "${declaredCode}" but its custom options make TensorFlow run "${executed}"` +
                    `${nodeOp !== executed ? ` (its NodeDef says "${nodeOp}")` : ''}: the names a converter writes always agree.`,
                properties: { customCode: declaredCode, op: executed, nodeDefOp: nodeOp },
            });
        }
        // The declared name already counts this operator (code.uses); the others count it where they differ.
        note(executed, declaredCode, executed === declared ? 0 : 1, `${where}, custom op "${declaredCode}"`, op.offset, attrs);
        if (nodeOp !== executed && nodeOp !== '')
            note(nodeOp, declaredCode, nodeOp === declared ? 0 : 1, `the NodeDef of ${where}`, op.offset);
    }
    if (problemCount > 0) {
        const more = problemCount > problems.length ? `, and ${problemCount - problems.length} more` : '';
        ctx.incomplete(`Flex operators could not be read: ${problems.join('; ')}${more}`, firstProblemOffset);
    }
}
function judgeFlexOp(ctx, op, run) {
    const codes = [...run.customCodes].map((c) => `"${c}"`).join(', ');
    const where = `${run.where}${run.customCodes.size > 1 ? `; custom codes ${codes}` : ''}`;
    const risk = tfliteFlexRisk(op);
    const properties = { customCodes: [...run.customCodes], operators: run.operators };
    if (risk) {
        const targets = run.attrs.length > 0 ? `: ${run.attrs.map((a) => `"${a}"`).join(', ')}` : '';
        ctx.report({
            ruleId: risk.ruleId,
            severity: risk.severity,
            callable: op,
            offset: run.offset,
            message: `The TFLite model runs the TensorFlow op ${op} through the Flex delegate (${where}), which ${risk.effect}${targets}.`,
            ...(run.attrs.length > 0 ? { args: run.attrs } : {}),
            properties,
        });
        return;
    }
    if (isStandardFlexOp(op))
        return;
    ctx.report({
        ruleId: 'tensorflow/unknown-op',
        callable: op,
        offset: run.offset,
        message: `The TFLite model runs the op "${op}" through the Flex delegate (${where}), which is neither a standard TensorFlow op nor on ` +
            'TensorFlow Lite\'s Select-TF-ops allowlist: it is native code from a custom op library, or the file was edited.',
        properties,
    });
}
/** File names, URLs and output streams in a NodeDef's attributes (PrintV2 output_stream, ImmutableConst memory_region_name, \u2026). */
function pathAttributes(node) {
    const out = [];
    for (const key of TFLITE_FLEX_PATH_ATTRS) {
        const value = node.attr?.[key];
        if (!value)
            continue;
        for (const s of [value.s, ...(value.list?.s ?? [])])
            if (s && s.length > 0)
                out.push(utf8(s).slice(0, 200));
    }
    return out.slice(0, 8);
}
/** NodeDef bytes decoded as the one node of a GraphDef (field 1), with the SavedModel scanner's schema (protobufjs, loaded here). */
async function nodeDefDecoder() {
    const { decodeTf } = await __webpack_require__.e(/* import() */ 6235).then(__webpack_require__.bind(__webpack_require__, 6235));
    return async (bytes) => {
        const wrapped = new Uint8Array([0x0a, ...(0,wire/* encodeVarint */.Jc)(bytes.length), ...bytes]);
        try {
            const graph = await decodeTf('GraphDef', wrapped);
            return graph.node?.[0] ?? {};
        }
        catch {
            return undefined;
        }
    };
}
/** What the interpreter refuses or cannot resolve: a model it would not load as read, never passed as clean. */
function checkModel(ctx, model) {
    if (model.version !== TFLITE_SCHEMA_VERSION) {
        ctx.incomplete(`the model declares schema version ${model.version}; TensorFlow Lite reads only version ${TFLITE_SCHEMA_VERSION}`, 0);
    }
    const bad = model.badOpcodeIndex;
    if (bad) {
        ctx.incomplete(`operator ${bad.operator} of subgraph ${bad.subgraph} uses operator code ${bad.index}, but the model declares ${model.opcodes.length}`, bad.offset);
    }
}
/**
 * The four bytes before "TFL3" are the root table's offset, and they can also
 * start a pickle stream that a pickle loader would run: such a file is both.
 */
async function checkPolyglot(ctx) {
    if ((await claim/* pickleClaim */.nl.claim((0,route/* makeProbe */.l)(ctx.source, ''))) !== 'magic')
        return;
    ctx.report({
        ruleId: 'tflite/polyglot',
        offset: 0,
        message: 'The TFLite file also parses as a pickle stream from its first byte: a pickle loader given this file would run it. The pickle is scanned too.',
    });
    const { scanPickle } = await Promise.all(/* import() */[__webpack_require__.e(179), __webpack_require__.e(2797), __webpack_require__.e(6452)]).then(__webpack_require__.bind(__webpack_require__, 6452));
    await scanPickle(ctx);
}
/** Metadata buffers (tflite-support metadata, min_runtime_version, \u2026) are data: scanned as nested files, never parsed here. */
async function scanMetadata(ctx, model) {
    for (const [i, entry] of model.metadata.entries()) {
        if (!entry.data)
            continue;
        const { pos, length } = entry.data;
        const label = entry.name || `#${i}`;
        if (pos + length > ctx.source.size) {
            ctx.incomplete(`metadata "${label}" (${length} bytes at offset ${pos}) runs past the end of the file`, entry.offset);
            continue;
        }
        if (length > ctx.limits.maxMemberBytes) {
            ctx.incomplete(`metadata "${label}" is ${length} bytes, over maxMemberBytes (${ctx.limits.maxMemberBytes})`, entry.offset);
            continue;
        }
        await ctx.scanNested(new source/* SliceSource */.EH(ctx.source, pos, length), `metadata/${label}`);
    }
}


/***/ })

};

export const id = 492;
export const ids = [492];
export const modules = {

/***/ 7492:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  savedModelScanner: () => (/* binding */ savedModelScanner)
});

// EXTERNAL MODULE: ./lib/formats/keras/error-text.js
var error_text = __webpack_require__(2690);
// EXTERNAL MODULE: ./lib/formats/keras/scan-config.js + 4 modules
var scan_config = __webpack_require__(5918);
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
        const { default: protobuf } = await __webpack_require__.e(/* import() */ 405).then(__webpack_require__.t.bind(__webpack_require__, 6786, 19));
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

// EXTERNAL MODULE: ./lib/formats/tensorflow/detect.js
var detect = __webpack_require__(1638);
// EXTERNAL MODULE: ./lib/formats/tensorflow/claim.js
var claim = __webpack_require__(8985);
;// CONCATENATED MODULE: ./lib/policy/tensorflow-ops.js
const PYTHON = (effect) => ({ ruleId: 'tensorflow/python-op', severity: 'critical', effect });
const FILE = (severity, effect, pathInputs) => ({
    ruleId: 'tensorflow/file-access-op',
    severity,
    effect,
    ...(pathInputs ? { pathInputs } : {}),
});
/** Ops that are findings wherever they appear. */
const TF_RISKY_OPS = new Map([
    // Python callbacks: run a Python function of the loading process.
    ['PyFunc', PYTHON('calls back into Python')],
    ['PyFuncStateless', PYTHON('calls back into Python')],
    ['EagerPyFunc', PYTHON('calls back into Python')],
    ['PyCall', PYTHON('calls back into Python')],
    // Direct file system access.
    ['ReadFile', FILE('high', 'reads a file', [0])],
    ['WriteFile', FILE('high', 'writes a file', [0])],
    ['MatchingFiles', FILE('high', 'lists files matching a pattern', [0])],
    ['ImmutableConst', FILE('high', 'memory-maps a file named in its attributes')],
    ['WholeFileReader', FILE('high', 'reads whole files')],
    ['WholeFileReaderV2', FILE('high', 'reads whole files')],
    ['TextLineReader', FILE('high', 'reads text files')],
    ['TextLineReaderV2', FILE('high', 'reads text files')],
    ['TFRecordReader', FILE('high', 'reads TFRecord files')],
    ['TFRecordReaderV2', FILE('high', 'reads TFRecord files')],
    ['FixedLengthRecordReader', FILE('high', 'reads files')],
    ['FixedLengthRecordReaderV2', FILE('high', 'reads files')],
    ['IdentityReader', FILE('high', 'reads work items from a queue of file names')],
    ['IdentityReaderV2', FILE('high', 'reads work items from a queue of file names')],
    ['LMDBReader', FILE('high', 'reads an LMDB database')],
    ['LoadAndRemapMatrix', FILE('high', 'reads a checkpoint file', [0])],
    ['InitializeTableFromTextFile', FILE('medium', 'fills a lookup table from a text file', [1])],
    ['InitializeTableFromTextFileV2', FILE('medium', 'fills a lookup table from a text file', [1])],
    ['CreateSummaryFileWriter', FILE('high', 'writes event files to a directory', [1])],
    ['CreateSummaryDbWriter', FILE('high', 'writes to a database file', [1])],
    ['SummaryWriter', FILE('high', 'writes event files')],
    ['WriteAudioSummary', FILE('medium', 'writes a summary')],
    ['DebugIdentityV2', FILE('high', 'dumps tensors to a directory named in its attributes')],
    ['DebugIdentityV3', FILE('high', 'dumps tensors to URLs named in its attributes')],
    ['DebugIdentity', FILE('high', 'sends tensors to debug URLs named in its attributes')],
    ['DebugNanCount', FILE('high', 'sends tensors to debug URLs named in its attributes')],
    ['DebugNumericSummary', FILE('high', 'sends tensors to debug URLs named in its attributes')],
    ['DebugNumericSummaryV2', FILE('medium', 'summarises tensors for a debugger')],
    ['SaveDataset', FILE('high', 'writes a dataset to a path', [1])],
    ['SaveDatasetV2', FILE('high', 'writes a dataset to a path', [1])],
    ['LoadDataset', FILE('high', 'reads a dataset from a path', [0])],
    ['DatasetToTFRecord', FILE('high', 'writes a TFRecord file', [1])],
    ['ExperimentalDatasetToTFRecord', FILE('high', 'writes a TFRecord file', [1])],
    ['SnapshotDataset', FILE('high', 'writes dataset snapshots to a path', [1])],
    ['SnapshotDatasetV2', FILE('high', 'writes dataset snapshots to a path', [1])],
    ['SqlDataset', FILE('high', 'queries a database', [1])],
    ['ExperimentalSqlDataset', FILE('high', 'queries a database', [1])],
    ['LMDBDataset', FILE('high', 'reads an LMDB database', [0])],
    ['ExperimentalLMDBDataset', FILE('high', 'reads an LMDB database', [0])],
    ['CSVDataset', FILE('medium', 'reads CSV files', [0])],
    ['CSVDatasetV2', FILE('medium', 'reads CSV files', [0])],
    ['ExperimentalCSVDataset', FILE('medium', 'reads CSV files', [0])],
    // Dataset readers: a served model has no business opening data files; not code execution either.
    ['TFRecordDataset', FILE('medium', 'reads TFRecord files', [0])],
    ['TFRecordDatasetV2', FILE('medium', 'reads TFRecord files', [0])],
    ['FixedLengthRecordDataset', FILE('medium', 'reads fixed-length record files', [0])],
    ['FixedLengthRecordDatasetV2', FILE('medium', 'reads fixed-length record files', [0])],
    ['TextLineDataset', FILE('medium', 'reads text files', [0])],
    // Network.
    ['DataServiceDataset', FILE('high', 'connects to a tf.data service address', [2])],
    ['DataServiceDatasetV2', FILE('high', 'connects to a tf.data service address', [2])],
    ['DataServiceDatasetV3', FILE('high', 'connects to a tf.data service address', [2])],
    ['DataServiceDatasetV4', FILE('high', 'connects to a tf.data service address', [2])],
    ['RegisterDataset', FILE('high', 'sends a dataset to a tf.data service address', [1])],
    ['RegisterDatasetV2', FILE('high', 'sends a dataset to a tf.data service address', [1])],
    ['GcsConfigureCredentials', FILE('high', 'sets Google Cloud Storage credentials')],
    ['GcsConfigureBlockCache', FILE('medium', 'configures Google Cloud Storage access')],
    ['BigQueryReader', FILE('high', 'reads from BigQuery')],
    ['_Send', FILE('medium', 'sends tensors to another device or process')],
    ['_Recv', FILE('medium', 'receives tensors from another device or process')],
    ['_HostSend', FILE('medium', 'sends tensors to another device or process')],
    ['_HostRecv', FILE('medium', 'receives tensors from another device or process')],
]);
/**
 * Checkpoint ops every SavedModel has. Ordinary models feed them the path at
 * run time (a placeholder or function argument, or TF1's `save/Const` named by
 * the SaverDef); a hard-coded constant path is the finding.
 */
const TF_CHECKPOINT_OPS = new Map([
    ['SaveV2', [0]],
    ['RestoreV2', [0]],
    ['MergeV2Checkpoints', [0, 1]],
    ['Save', [0]],
    ['SaveSlices', [0]],
    ['Restore', [0]],
    ['RestoreSlice', [0]],
    ['ShardedFilename', [0]],
]);
/** PrintV2 output streams that do not name a file. */
const TF_PRINT_STREAMS = new Set(['', 'stdout', 'stderr', 'log(info)', 'log(warning)', 'log(error)']);
/** DecodeProtoV2/EncodeProto descriptor sources that read no file. */
const TF_PROTO_DESCRIPTOR_SOURCES = new Set(['', 'local://']);
/**
 * Standard ops: what ordinary TF1 and TF2 SavedModels, Keras exports and
 * frozen graphs contain (array, math, nn, control flow, resource variables,
 * functions, strings, images, random, sparse/ragged, lookup tables, tf.data,
 * quantization, TPU/XLA wrappers). An op outside this list and outside the
 * function library is reported as unknown (native code from a custom library).
 */
const TF_STANDARD_OPS = new Set(`
  Const Identity IdentityN NoOp Placeholder PlaceholderWithDefault PlaceholderV2 StopGradient PreventGradient Snapshot
  _Arg _Retval _DeviceArg _DeviceRetval _ArrayToList _ListToArray _ReadVariablesOp _FusedConv2D _FusedMatMul _FusedBatchNormEx
  _MklMatMul _MklConv2D _MklFusedConv2D _MklFusedMatMul _MklLayerNorm _MklSwish _MklNativeConv2D _MklNativeFusedConv2D
  _FusedDepthwiseConv2dNative _FusedConv3D
  StatefulPartitionedCall PartitionedCall SymbolicGradient RemoteCall TPUPartitionedCall
  If StatelessIf While StatelessWhile Case StatelessCase For
  Switch Merge Enter Exit NextIteration LoopCond RefSwitch RefMerge RefEnter RefExit RefNextIteration ControlTrigger Abort
  VarHandleOp ReadVariableOp AssignVariableOp AssignAddVariableOp AssignSubVariableOp VarIsInitializedOp DestroyResourceOp
  ResourceGather ResourceGatherNd ResourceScatterAdd ResourceScatterSub ResourceScatterMul ResourceScatterDiv ResourceScatterMin
  ResourceScatterMax ResourceScatterUpdate ResourceScatterNdUpdate ResourceScatterNdAdd ResourceScatterNdSub ResourceStridedSliceAssign
  VariableShape VariableV2 Variable Assign AssignAdd AssignSub IsVariableInitialized TemporaryVariable DestroyTemporaryVariable
  ScatterAdd ScatterSub ScatterMul ScatterDiv ScatterUpdate ScatterMin ScatterMax ScatterNdUpdate ScatterNdAdd ScatterNdSub
  ResourceApplyAdam ResourceApplyAdamWithAmsgrad ResourceApplyGradientDescent ResourceApplyMomentum ResourceApplyKerasMomentum
  ResourceApplyRMSProp ResourceApplyCenteredRMSProp ResourceApplyAdagrad ResourceApplyAdagradV2 ResourceApplyAdadelta
  ResourceApplyFtrl ResourceApplyFtrlV2 ResourceApplyAdaMax ResourceApplyProximalAdagrad ResourceApplyProximalGradientDescent
  ResourceApplyPowerSign ResourceApplyAddSign ResourceSparseApplyAdagrad ResourceSparseApplyAdagradV2 ResourceSparseApplyMomentum
  ResourceSparseApplyKerasMomentum ResourceSparseApplyFtrl ResourceSparseApplyRMSProp ResourceSparseApplyAdadelta
  ApplyAdam ApplyGradientDescent ApplyMomentum ApplyRMSProp ApplyAdagrad ApplyFtrl ApplyAdadelta
  SaveV2 RestoreV2 MergeV2Checkpoints ShardedFilename ShardedFilespec Save SaveSlices Restore RestoreSlice StringJoin
  StaticRegexFullMatch RegexFullMatch StaticRegexReplace RegexReplace
  Add AddV2 AddN Sub Mul MulNoNan Div DivNoNan RealDiv FloorDiv FloorMod TruncateDiv TruncateMod Mod Pow SquaredDifference
  Maximum Minimum Neg Abs Sign Reciprocal Inv Square Sqrt Rsqrt Exp Expm1 Log Log1p Sin Cos Tan Asin Acos Atan Atan2 Sinh Cosh
  Tanh Asinh Acosh Atanh Sigmoid Erf Erfc Erfinv Lgamma Digamma Igamma Igammac Betainc Zeta Polygamma Floor Ceil Round Rint
  IsNan IsInf IsFinite Xlogy Xdivy Xlog1py BesselI0e BesselI1e Ndtri Cumsum Cumprod CumulativeLogsumexp ClipByValue
  Equal NotEqual Less LessEqual Greater GreaterEqual LogicalAnd LogicalOr LogicalNot ApproximateEqual
  BitwiseAnd BitwiseOr BitwiseXor Invert LeftShift RightShift PopulationCount
  Cast Bitcast Complex Real Imag ComplexAbs Conj Angle
  MatMul BatchMatMul BatchMatMulV2 BatchMatMulV3 SparseMatMul Einsum MatrixDiag MatrixDiagV2 MatrixDiagV3 MatrixDiagPart
  MatrixDiagPartV2 MatrixDiagPartV3 MatrixSetDiag MatrixSetDiagV2 MatrixSetDiagV3 MatrixBandPart MatrixInverse MatrixDeterminant
  LogMatrixDeterminant MatrixSolve MatrixTriangularSolve MatrixSolveLs Cholesky Qr Svd SelfAdjointEigV2 Eig MatrixExponential
  MatrixLogarithm MatrixSquareRoot Lu LuMatrixInverse BandedTriangularSolve TridiagonalSolve TridiagonalMatMul Cross
  Sum Prod Max Min Mean All Any ArgMax ArgMin EuclideanNorm
  SegmentSum SegmentMean SegmentProd SegmentMax SegmentMin UnsortedSegmentSum UnsortedSegmentMax UnsortedSegmentMin
  UnsortedSegmentProd SparseSegmentSum SparseSegmentMean SparseSegmentSqrtN SparseSegmentSumWithNumSegments
  SparseSegmentMeanWithNumSegments SparseSegmentSqrtNWithNumSegments
  Reshape Shape ShapeN Size Rank ExpandDims Squeeze Transpose ConjugateTranspose Pack Unpack Concat ConcatV2 ConcatOffset
  Split SplitV Slice StridedSlice StridedSliceGrad StridedSliceAssign TensorStridedSliceUpdate Tile TileGrad Pad PadV2 MirrorPad
  MirrorPadGrad Fill ZerosLike OnesLike Range LinSpace Gather GatherV2 GatherNd ScatterNd ScatterNdNonAliasingAdd
  TensorScatterUpdate TensorScatterAdd TensorScatterSub TensorScatterMax TensorScatterMin Where Select SelectV2 Reverse ReverseV2
  ReverseSequence OneHot BroadcastTo BroadcastArgs BroadcastGradientArgs Unique UniqueV2 UniqueWithCounts UniqueWithCountsV2
  ListDiff SetSize DenseToDenseSetOperation DenseToSparseSetOperation InvertPermutation DynamicPartition DynamicStitch
  ParallelDynamicStitch SpaceToBatch SpaceToBatchND BatchToSpace BatchToSpaceND SpaceToDepth DepthToSpace ExtractImagePatches
  ExtractVolumePatches CheckNumerics CheckNumericsV2 Assert Print PrintV2 StringFormat EnsureShape DeepCopy Empty InplaceAdd
  InplaceSub InplaceUpdate GuaranteeConst Unravel UnravelIndex DiagPart Diag MatrixDiagPartV3 Bucketize HistogramFixedWidth
  SearchSorted UpperBound LowerBound TopK TopKV2 InTopK InTopKV2 NthElement Roll EditDistance QuantizeAndDequantizeV2
  QuantizeAndDequantizeV3 QuantizeAndDequantizeV4 FakeQuantWithMinMaxVars FakeQuantWithMinMaxArgs
  FakeQuantWithMinMaxVarsPerChannel QuantizeV2 Dequantize Requantize QuantizedConv2D QuantizedMatMul QuantizedRelu
  QuantizedAdd QuantizedMul QuantizedConcat QuantizedReshape QuantizedAvgPool QuantizedMaxPool QuantizedBiasAdd
  QuantizeDownAndShrinkRange RequantizationRange UniformQuantize UniformDequantize UniformRequantize UniformQuantizedDot
  UniformQuantizedConvolution UniformQuantizedAdd UniformQuantizedClipByValue
  BiasAdd BiasAddV1 BiasAddGrad Relu Relu6 Elu Selu LeakyRelu Softplus Softsign Softmax LogSoftmax Conv2D Conv3D Conv1D
  Conv2DBackpropInput Conv2DBackpropFilter Conv3DBackpropInputV2 Conv3DBackpropFilterV2 Conv DepthwiseConv2dNative
  DepthwiseConv2dNativeBackpropInput DepthwiseConv2dNativeBackpropFilter MaxPool MaxPoolV2 MaxPool3D AvgPool AvgPool3D
  MaxPoolWithArgmax MaxPoolGrad MaxPoolGradV2 AvgPoolGrad FractionalMaxPool FractionalAvgPool Dilation2D FusedBatchNorm
  FusedBatchNormV2 FusedBatchNormV3 FusedBatchNormGrad FusedBatchNormGradV2 FusedBatchNormGradV3 BatchNormWithGlobalNormalization
  LRN L2Loss SoftmaxCrossEntropyWithLogits SparseSoftmaxCrossEntropyWithLogits CTCLoss CTCLossV2 CTCGreedyDecoder
  CTCBeamSearchDecoder Relu6Grad ReluGrad EluGrad SeluGrad SigmoidGrad TanhGrad SoftplusGrad SoftsignGrad LeakyReluGrad
  RsqrtGrad SqrtGrad ReciprocalGrad InvGrad BlockLSTM BlockLSTMV2 LSTMBlockCell GRUBlockCell CudnnRNN CudnnRNNV2 CudnnRNNV3
  CudnnRNNParamsSize CudnnRNNCanonicalToParams CudnnRNNCanonicalToParamsV2 CudnnRNNParamsToCanonical CudnnRNNParamsToCanonicalV2
  NonMaxSuppression NonMaxSuppressionV2 NonMaxSuppressionV3 NonMaxSuppressionV4 NonMaxSuppressionV5
  NonMaxSuppressionWithOverlaps CombinedNonMaxSuppression CropAndResize ResizeBilinear ResizeNearestNeighbor ResizeBicubic
  ResizeArea ResizeBilinearGrad ResizeNearestNeighborGrad ScaleAndTranslate DecodeJpeg DecodePng DecodeGif DecodeBmp DecodeImage
  DecodeAndCropJpeg EncodeJpeg EncodeJpegVariableQuality EncodePng ExtractJpegShape AdjustContrastv2 AdjustHue AdjustSaturation
  HSVToRGB RGBToHSV DrawBoundingBoxes DrawBoundingBoxesV2 SampleDistortedBoundingBox SampleDistortedBoundingBoxV2
  StatelessSampleDistortedBoundingBox ImageProjectiveTransformV2 ImageProjectiveTransformV3 DecodeRaw DecodePaddedRaw DecodeBase64
  EncodeBase64 DecodeCSV DecodeCompressed DecodeJSONExample DecodeWav EncodeWav AudioSpectrogram Mfcc ParseExample ParseExampleV2
  ParseSingleExample ParseSequenceExample ParseSequenceExampleV2 ParseSingleSequenceExample ParseTensor SerializeTensor
  SerializeManySparse SerializeSparse DeserializeSparse DeserializeManySparse DecodeProtoV2 EncodeProto
  AsString StringToNumber StringToHashBucket StringToHashBucketFast StringToHashBucketStrong StringLength StringSplit
  StringSplitV2 StringStrip StringLower StringUpper Substr UnicodeDecode UnicodeDecodeWithOffsets UnicodeEncode UnicodeScript
  UnicodeTranscode StringNGrams ReduceJoin Fingerprint StringFormat StaticRegexFullMatch
  RandomUniform RandomUniformInt RandomStandardNormal TruncatedNormal RandomShuffle RandomGamma RandomPoisson RandomPoissonV2
  Multinomial ParameterizedTruncatedNormal StatelessRandomUniform StatelessRandomUniformV2 StatelessRandomUniformInt
  StatelessRandomUniformIntV2 StatelessRandomUniformFullInt StatelessRandomUniformFullIntV2 StatelessRandomNormal
  StatelessRandomNormalV2 StatelessTruncatedNormal StatelessTruncatedNormalV2 StatelessMultinomial StatelessRandomGetKeyCounter
  StatelessRandomGetAlg StatelessRandomGetKeyCounterAlg StatelessRandomGammaV2 StatelessRandomGammaV3 StatelessRandomPoisson
  StatelessRandomBinomial StatelessParameterizedTruncatedNormal StatelessShuffle RngReadAndSkip RngSkip
  StatefulUniform StatefulUniformInt StatefulUniformFullInt StatefulStandardNormalV2 StatefulTruncatedNormal
  NonDeterministicInts AnonymousSeedGenerator DeleteSeedGenerator DummySeedGenerator
  SparseTensorDenseMatMul SparseTensorDenseAdd SparseToDense SparseReshape SparseReorder SparseConcat SparseAdd SparseSlice
  SparseReduceSum SparseReduceMax SparseFillEmptyRows SparseFillEmptyRowsGrad SparseSoftmax SparseSparseMaximum
  SparseSparseMinimum SparseDenseCwiseAdd SparseDenseCwiseMul SparseDenseCwiseDiv SparseSplit SparseCross SparseCrossV2
  SparseCrossHashed SparseTensorSliceDataset SparseSegmentMeanGrad SparseCountSparseOutput DenseCountSparseOutput
  RaggedCountSparseOutput RaggedTensorToTensor RaggedTensorToSparse RaggedTensorFromVariant RaggedTensorToVariant RaggedGather
  RaggedRange RaggedCross RaggedTensorToVariantGradient RaggedFillEmptyRows RaggedFillEmptyRowsGrad
  HashTable HashTableV2 MutableHashTable MutableHashTableV2 MutableHashTableOfTensors MutableHashTableOfTensorsV2
  MutableDenseHashTable MutableDenseHashTableV2 AnonymousHashTable AnonymousMutableHashTable AnonymousMutableDenseHashTable
  AnonymousMutableHashTableOfTensors LookupTableFind LookupTableFindV2 LookupTableInsert LookupTableInsertV2 LookupTableImport
  LookupTableImportV2 LookupTableExport LookupTableExportV2 LookupTableSize LookupTableSizeV2 LookupTableRemoveV2
  InitializeTable InitializeTableV2 SimpleHashTable
  TensorListReserve TensorListFromTensor TensorListStack TensorListGetItem TensorListSetItem TensorListPushBack
  TensorListPushBackBatch TensorListPopBack TensorListLength TensorListElementShape TensorListConcat TensorListConcatV2
  TensorListSplit TensorListGather TensorListScatter TensorListScatterV2 TensorListScatterIntoExistingList TensorListResize
  EmptyTensorList TensorListConcatLists TensorListAddLists
  TensorArrayV3 TensorArrayReadV3 TensorArrayWriteV3 TensorArrayGatherV3 TensorArrayScatterV3 TensorArraySizeV3
  TensorArrayConcatV3 TensorArraySplitV3 TensorArrayCloseV3 TensorArrayGradV3 TensorArrayGradWithShape TensorArrayV2
  TensorArrayReadV2 TensorArrayWriteV2 TensorArraySizeV2
  FIFOQueueV2 PaddingFIFOQueueV2 RandomShuffleQueueV2 PriorityQueueV2 FIFOQueue QueueEnqueueV2 QueueEnqueueManyV2
  QueueDequeueV2 QueueDequeueManyV2 QueueDequeueUpToV2 QueueCloseV2 QueueSizeV2 QueueIsClosedV2 Stack StackV2 StackPushV2
  StackPopV2 StackCloseV2 MapStage MapUnstage MapPeek Stage Unstage OrderedMapStage OrderedMapUnstage
  OptionalFromValue OptionalGetValue OptionalHasValue OptionalNone
  TensorDataset TensorSliceDataset RangeDataset MapDataset ParallelMapDataset ParallelMapDatasetV2 FilterDataset
  BatchDataset BatchDatasetV2 PaddedBatchDataset PaddedBatchDatasetV2 ParallelBatchDataset ShuffleDataset ShuffleDatasetV2
  ShuffleDatasetV3 ShuffleAndRepeatDataset ShuffleAndRepeatDatasetV2 RepeatDataset TakeDataset SkipDataset CacheDataset
  CacheDatasetV2 PrefetchDataset ZipDataset ConcatenateDataset FlatMapDataset InterleaveDataset ParallelInterleaveDataset
  ParallelInterleaveDatasetV2 ParallelInterleaveDatasetV3 ParallelInterleaveDatasetV4 ModelDataset OptimizeDataset
  OptimizeDatasetV2 OptionsDataset MapAndBatchDataset GeneratorDataset ScanDataset WindowDataset UnbatchDataset RebatchDataset
  RebatchDatasetV2 AssertCardinalityDataset AssertNextDataset AutoShardDataset MaxIntraOpParallelismDataset
  PrivateThreadPoolDataset DatasetCardinality DatasetToGraph DatasetToGraphV2 DatasetFromGraph DatasetToSingleElement
  ReduceDataset IteratorV2 Iterator AnonymousIterator AnonymousIteratorV2 AnonymousIteratorV3 IteratorGetNext
  IteratorGetNextSync IteratorGetNextAsOptional IteratorToStringHandle IteratorFromStringHandle IteratorFromStringHandleV2
  MakeIterator DeleteIterator OneShotIterator MultiDeviceIterator MultiDeviceIteratorInit MultiDeviceIteratorGetNextFromShard
  MultiDeviceIteratorToStringHandle MultiDeviceIteratorFromStringHandle AnonymousMultiDeviceIterator AnonymousMultiDeviceIteratorV3
  DeleteMultiDeviceIterator AnonymousMemoryCache DeleteMemoryCache AnonymousRandomSeedGenerator DeleteRandomSeedGenerator
  WrapDatasetVariant UnwrapDatasetVariant DummyIterationCounter IgnoreErrorsDataset LegacyParallelInterleaveDatasetV2
  ChooseFastestBranchDataset ChooseFastestDataset SlidingWindowDataset DenseToSparseBatchDataset GroupByWindowDataset
  GroupByReducerDataset TakeWhileDataset ParallelFilterDataset DirectedInterleaveDataset SampleFromDatasets
  DataServiceDatasetV4 ExperimentalAssertNextDataset ExperimentalMapAndBatchDataset ExperimentalRebatchDataset
  ExperimentalSlidingWindowDataset ExperimentalUnbatchDataset ExperimentalIgnoreErrorsDataset
  ExperimentalMaxIntraOpParallelismDataset ExperimentalPrivateThreadPoolDataset ExperimentalParseExampleDataset
  ParseExampleDataset ParseExampleDatasetV2 BytesProducedStatsDataset LatencyStatsDataset SetStatsAggregatorDataset
  XlaLaunch XlaCallModule XlaSharding XlaConcatND XlaSplitND XlaPad XlaConv XlaConvV2 XlaDot XlaDotV2 XlaGather XlaScatter
  XlaReduce XlaReduceWindow XlaSelectAndScatter XlaDynamicSlice XlaDynamicUpdateSlice XlaSort XlaVariadicSort XlaWhile XlaIf
  XlaBroadcastHelper XlaSelfAdjointEig XlaSvd XlaRngBitGenerator XlaClusterOutput XlaHostCompute XlaReplicaId XlaOptimizationBarrier
  TPUReplicatedInput TPUReplicatedOutput TPUReplicateMetadata TPUCompilationResult TPUOrdinalSelector TPUPartitionedInput
  TPUPartitionedInputV2 TPUPartitionedOutput TPUPartitionedOutputV2 ReadVariableXlaSplitND AssignVariableXlaConcatND
  EmptyTensorMap TensorMapInsert TensorMapLookup TensorMapErase TensorMapHasKey TensorMapSize TensorMapStackKeys
  FFT IFFT FFT2D IFFT2D FFT3D IFFT3D RFFT IRFFT RFFT2D IRFFT2D RFFT3D IRFFT3D FFTND IFFTND RFFTND IRFFTND
  ZerosLike CollectiveReduceV2 CollectiveGatherV2 CollectiveBcastSendV2 CollectiveBcastRecvV2 CollectiveReduce CollectiveGather
  CollectiveBcastSend CollectiveBcastRecv CollectiveAllToAllV2 CollectiveAllToAllV3 CollectiveReduceScatterV2 CollectiveAssignGroupV2
  CollectiveInitializeCommunicator CollectiveReduceV3 NcclAllReduce NcclReduce NcclBroadcast
  Timestamp Identity EnsureShape NoOp ConsumeMutexLock MutexLock MutexV2 ResourceAccumulatorApplyGradient
  ResourceAccumulatorNumAccumulated ResourceAccumulatorSetGlobalStep ResourceAccumulatorTakeGradient
  ResourceConditionalAccumulator ConditionalAccumulator AccumulatorApplyGradient AccumulatorTakeGradient
  SummaryWriter WriteScalarSummary WriteHistogramSummary WriteImageSummary WriteRawProtoSummary WriteGraphSummary
  WriteSummary FlushSummaryWriter CloseSummaryWriter ScalarSummary HistogramSummary ImageSummary AudioSummaryV2 MergeSummary
  TensorSummary TensorSummaryV2
  BoostedTreesCreateEnsemble BoostedTreesEnsembleResourceHandleOp BoostedTreesPredict BoostedTreesDeserializeEnsemble
  BoostedTreesSerializeEnsemble BoostedTreesGetEnsembleStates BoostedTreesBucketize BoostedTreesIsEnsembleInitialized
  DenseBincount Bincount SparseBincount RaggedBincount ClipByNorm Softmax BatchFunction Batch Unbatch UnbatchGrad
  `
    .split(/\s+/)
    .filter(Boolean));

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
        const risk = TF_RISKY_OPS.get(op);
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
        const checkpointInputs = TF_CHECKPOINT_OPS.get(op);
        if (checkpointInputs) {
            checkCheckpointPath(node, checkpointInputs, byName, where, options);
            continue;
        }
        checkAttributes(node, op, where, options);
        if (!TF_STANDARD_OPS.has(op) && !functionNames.has(op)) {
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
        if (stream !== undefined && !TF_PRINT_STREAMS.has(stream))
            target = stream;
    }
    else if (op === 'DecodeProtoV2' || op === 'EncodeProto') {
        const source = graph_check_text(attr.descriptor_source?.s);
        if (source !== undefined && !TF_PROTO_DESCRIPTOR_SOURCES.has(source))
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
                await scanSavedModel(ctx, await decodeTf('SavedModel', bytes), name);
            else if (kind === 'keras-metadata')
                await scanKerasMetadata(ctx, await decodeTf('SavedMetadata', bytes), name);
            else if (kind === 'meta-graph')
                await scanMetaGraphs(ctx, [await decodeTf('MetaGraphDef', bytes)], name);
            else
                scanGraphDef(ctx, await decodeTf('GraphDef', bytes), name);
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

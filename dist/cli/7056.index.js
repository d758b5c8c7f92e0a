export const id = 7056;
export const ids = [7056];
export const modules = {

/***/ 7056:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PL: () => (/* binding */ TF_CHECKPOINT_OPS),
/* harmony export */   To: () => (/* binding */ TF_PROTO_DESCRIPTOR_SOURCES),
/* harmony export */   Tz: () => (/* binding */ TF_PRINT_STREAMS),
/* harmony export */   lY: () => (/* binding */ TF_RISKY_OPS),
/* harmony export */   yB: () => (/* binding */ TF_STANDARD_OPS)
/* harmony export */ });
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


/***/ })

};

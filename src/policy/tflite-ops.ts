import type { Severity } from '../core/severity.js';
import { TF_RISKY_OPS, TF_STANDARD_OPS, type TfOpRisk } from './tensorflow-ops.js';

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
export const TFLITE_FLEX_PREFIX = 'Flex';

/** `BuiltinOperator.CUSTOM`: the op is looked up by `custom_code`. */
export const TFLITE_BUILTIN_CUSTOM = 32;

/** The only schema version the TFLite interpreter loads (`TFLITE_SCHEMA_VERSION`). */
export const TFLITE_SCHEMA_VERSION = 3;

const FILE = (severity: Severity, effect: string): TfOpRisk => ({ ruleId: 'tensorflow/file-access-op', severity, effect });

/**
 * Ops that are routine in a SavedModel but not in a TFLite model, which has no
 * checkpoint to save or restore and no reason to print to a file. The op name
 * is enough: their paths and output streams come from tensors and attributes
 * the converter never writes for an inference graph.
 */
export const TFLITE_FLEX_RISKY_OPS: ReadonlyMap<string, TfOpRisk> = new Map<string, TfOpRisk>([
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
export function tfliteFlexRisk(op: string): TfOpRisk | undefined {
  const own = TFLITE_FLEX_RISKY_OPS.get(op);
  if (own) return own;
  const risk = TF_RISKY_OPS.get(op);
  if (!risk) return undefined;
  return risk.severity === 'medium' && risk.pathInputs ? { ...risk, severity: 'high' } : risk;
}

/** True for ops a converter emits as Flex ops for ordinary models: standard TensorFlow ops and the Flex allowlist. */
export function isStandardFlexOp(op: string): boolean {
  return TF_STANDARD_OPS.has(op) || TFLITE_FLEX_ALLOWLIST_EXTRA.has(op);
}

/** NodeDef attributes that name files, URLs or output streams: shown with the finding. */
export const TFLITE_FLEX_PATH_ATTRS: readonly string[] = [
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
export const TFLITE_FLEX_ALLOWLIST_EXTRA: ReadonlySet<string> = new Set(
  `
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
    .filter(Boolean),
);

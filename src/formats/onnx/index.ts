import type { FormatScanner, ScanContext } from '../../core/scanner.js';
import { analyseModel } from './analyse.js';
import { SkeletonTooLarge, buildSkeleton } from './skeleton.js';
import { WireError } from './wire.js';
import { onnxClaim } from './claim.js';

export { looksLikeModelProto } from './claim.js';

/** The graph structure we decode at most (tensor payloads are never counted: they are skipped). */
export const MAX_SKELETON_BYTES = 256 * 1024 * 1024;

/**
 * ONNX: a protobuf ModelProto. Tensor payloads are stripped by walking the wire
 * format (skeleton.ts); the rest is decoded with protobufjs, loaded only when
 * an ONNX file is actually scanned.
 */
export const onnxScanner: FormatScanner = {
  ...onnxClaim,
  scan: scanOnnx,
};

async function scanOnnx(ctx: ScanContext): Promise<void> {
  let skeleton;
  try {
    skeleton = buildSkeleton(ctx.source, MAX_SKELETON_BYTES);
  } catch (error) {
    if (error instanceof SkeletonTooLarge) ctx.incomplete(error.message);
    else if (error instanceof WireError) ctx.incomplete(`the ONNX protobuf is malformed: ${error.message}`, error.offset);
    else throw error;
    return;
  }
  const { decodeModel } = await import('./decode.js');
  let model;
  try {
    model = decodeModel(skeleton.bytes);
  } catch (error) {
    ctx.incomplete(`the ONNX model could not be decoded: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  analyseModel(model, (finding) => ctx.report(finding));
}

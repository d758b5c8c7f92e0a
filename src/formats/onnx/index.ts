import type { FormatScanner, Probe, ScanContext } from '../../core/scanner.js';
import { analyseModel } from './analyse.js';
import { SkeletonTooLarge, buildSkeleton } from './skeleton.js';
import { WIRE_LEN, WIRE_VARINT, WireError } from './wire.js';

/** The graph structure we decode at most (tensor payloads are never counted: they are skipped). */
export const MAX_SKELETON_BYTES = 256 * 1024 * 1024;

/**
 * ONNX: a protobuf ModelProto. Tensor payloads are stripped by walking the wire
 * format (skeleton.ts); the rest is decoded with protobufjs, loaded only when
 * an ONNX file is actually scanned.
 */
export const onnxScanner: FormatScanner = {
  id: 'onnx',
  name: 'ONNX',
  extensions: ['.onnx'],
  claim: (probe: Probe) => (looksLikeModelProto(probe.head) ? 'magic' : probe.extension === '.onnx' ? 'hint' : false),
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

/** ModelProto fields and their wire types, as onnx serialises them (ir_version first). */
const MODEL_FIELDS: Readonly<Record<number, number>> = {
  1: WIRE_VARINT, 2: WIRE_LEN, 3: WIRE_LEN, 4: WIRE_LEN, 5: WIRE_VARINT, 6: WIRE_LEN, 7: WIRE_LEN, 8: WIRE_LEN,
  14: WIRE_LEN, 20: WIRE_LEN, 25: WIRE_LEN, 26: WIRE_LEN,
};

/**
 * ONNX has no magic number. Recognised by structure: an `ir_version` field
 * (1–20) first, then only ModelProto fields with their wire types, as far as
 * the probe reaches.
 */
export function looksLikeModelProto(head: Uint8Array): boolean {
  if (head.length < 4 || head[0] !== 0x08 || head[1]! < 1 || head[1]! > 20) return false;
  let pos = 2;
  let fields = 0;
  while (pos < head.length) {
    const tag = readVarint(head, pos);
    if (!tag) return fields > 0;
    const field = Math.floor(tag.value / 8);
    if (MODEL_FIELDS[field] !== tag.value % 8) return false;
    pos = tag.next;
    const value = readVarint(head, pos);
    if (!value) return fields > 0;
    pos = tag.value % 8 === WIRE_LEN ? value.next + value.value : value.next;
    fields++;
  }
  return fields > 0;
}

function readVarint(bytes: Uint8Array, pos: number): { value: number; next: number } | undefined {
  let value = 0;
  let scale = 1;
  for (let i = pos; i < bytes.length && i < pos + 10; i++) {
    value += (bytes[i]! & 0x7f) * scale;
    scale *= 128;
    if ((bytes[i]! & 0x80) === 0) return { value, next: i + 1 };
  }
  return undefined;
}

import protobuf from 'protobufjs';
import { ONNX_PROTO } from './onnx-proto.js';
import type { OnnxModel } from './model.js';

/**
 * protobufjs lives behind this module so that only scans of ONNX files pay
 * for loading it and parsing the schema (imported dynamically by the scanner).
 */
let modelType: protobuf.Type | undefined;

function lookupModelType(): protobuf.Type {
  modelType ??= protobuf.parse(ONNX_PROTO, { keepCase: true }).root.lookupType('onnx.ModelProto');
  return modelType;
}

/** Decodes a skeleton (see skeleton.ts) into plain objects: int64 as strings, repeated fields always arrays. */
export function decodeModel(bytes: Uint8Array): OnnxModel {
  const type = lookupModelType();
  return type.toObject(type.decode(bytes), { longs: String, enums: Number, arrays: true }) as OnnxModel;
}

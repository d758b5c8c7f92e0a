/** The decoded shape of the ONNX messages we read (see onnx-proto.ts). */

export interface StringEntry {
  key?: string;
  value?: string;
}

export interface OnnxTensor {
  name?: string;
  external_data: StringEntry[];
  data_location?: number;
}

export interface OnnxSparseTensor {
  values?: OnnxTensor;
  indices?: OnnxTensor;
}

export interface OnnxAttribute {
  name?: string;
  s?: Uint8Array;
  strings: Uint8Array[];
  t?: OnnxTensor;
  g?: OnnxGraph;
  sparse_tensor?: OnnxSparseTensor;
  tensors: OnnxTensor[];
  graphs: OnnxGraph[];
  sparse_tensors: OnnxSparseTensor[];
}

export interface OnnxNode {
  name?: string;
  op_type?: string;
  domain?: string;
  attribute: OnnxAttribute[];
}

export interface OnnxGraph {
  name?: string;
  node: OnnxNode[];
  initializer: OnnxTensor[];
  sparse_initializer: OnnxSparseTensor[];
}

export interface OnnxFunction {
  name?: string;
  domain?: string;
  node: OnnxNode[];
}

export interface OnnxModel {
  ir_version?: string;
  graph?: OnnxGraph;
  training_info: { initialization?: OnnxGraph; algorithm?: OnnxGraph }[];
  functions: OnnxFunction[];
}

export const DATA_LOCATION_EXTERNAL = 1;

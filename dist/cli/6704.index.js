export const id = 6704;
export const ids = [6704];
export const modules = {

/***/ 6704:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  decodeModel: () => (/* binding */ decodeModel)
});

// EXTERNAL MODULE: ./node_modules/protobufjs/index.js
var protobufjs = __webpack_require__(1853);
;// CONCATENATED MODULE: ./lib/formats/onnx/onnx-proto.js
/**
 * The part of the ONNX schema the scanner reads, written from the public field
 * numbers of onnx/onnx.proto (IR version 10). Tensor payload fields are
 * declared but the skeleton reader strips them before decoding. Fields we do
 * not list are skipped by the decoder as unknown.
 */
const ONNX_PROTO = `
syntax = "proto2";
package onnx;

message StringStringEntryProto {
  optional string key = 1;
  optional string value = 2;
}

message OperatorSetIdProto {
  optional string domain = 1;
  optional int64 version = 2;
}

message TensorProto {
  enum DataLocation { DEFAULT = 0; EXTERNAL = 1; }
  repeated int64 dims = 1;
  optional int32 data_type = 2;
  optional string name = 8;
  optional string doc_string = 12;
  repeated StringStringEntryProto external_data = 13;
  optional DataLocation data_location = 14;
}

message SparseTensorProto {
  optional TensorProto values = 1;
  optional TensorProto indices = 2;
  repeated int64 dims = 3;
}

message AttributeProto {
  optional string name = 1;
  optional string ref_attr_name = 21;
  optional float f = 2;
  optional int64 i = 3;
  optional bytes s = 4;
  optional TensorProto t = 5;
  optional GraphProto g = 6;
  optional SparseTensorProto sparse_tensor = 22;
  repeated bytes strings = 9;
  repeated TensorProto tensors = 10;
  repeated GraphProto graphs = 11;
  repeated SparseTensorProto sparse_tensors = 23;
  optional int32 type = 20;
}

message NodeProto {
  repeated string input = 1;
  repeated string output = 2;
  optional string name = 3;
  optional string op_type = 4;
  optional string domain = 7;
  optional string overload = 8;
  repeated AttributeProto attribute = 5;
}

message ValueInfoProto {
  optional string name = 1;
}

message GraphProto {
  repeated NodeProto node = 1;
  optional string name = 2;
  repeated TensorProto initializer = 5;
  repeated SparseTensorProto sparse_initializer = 15;
  repeated ValueInfoProto input = 11;
  repeated ValueInfoProto output = 12;
}

message TrainingInfoProto {
  optional GraphProto initialization = 1;
  optional GraphProto algorithm = 2;
}

message FunctionProto {
  optional string name = 1;
  optional string domain = 10;
  optional string overload = 13;
  repeated NodeProto node = 7;
  repeated OperatorSetIdProto opset_import = 9;
}

message ModelProto {
  optional int64 ir_version = 1;
  repeated OperatorSetIdProto opset_import = 8;
  optional string producer_name = 2;
  optional string producer_version = 3;
  optional string domain = 4;
  optional int64 model_version = 5;
  optional GraphProto graph = 7;
  repeated TrainingInfoProto training_info = 20;
  repeated FunctionProto functions = 25;
}
`;

;// CONCATENATED MODULE: ./lib/formats/onnx/decode.js


/**
 * protobufjs lives behind this module so that only scans of ONNX files pay
 * for loading it and parsing the schema (imported dynamically by the scanner).
 */
let modelType;
function lookupModelType() {
    modelType ??= protobufjs.parse(ONNX_PROTO, { keepCase: true }).root.lookupType('onnx.ModelProto');
    return modelType;
}
/** Decodes a skeleton (see skeleton.ts) into plain objects: int64 as strings, repeated fields always arrays. */
function decodeModel(bytes) {
    const type = lookupModelType();
    return type.toObject(type.decode(bytes), { longs: String, enums: Number, arrays: true });
}


/***/ })

};

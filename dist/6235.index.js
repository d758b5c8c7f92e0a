export const id = 6235;
export const ids = [6235];
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


/***/ })

};

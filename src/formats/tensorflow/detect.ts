/**
 * Which TensorFlow protobuf a `.pb` holds. Protobuf has no magic number, so
 * this reads the first fields: a SavedModel starts with schema version 1 then
 * a MetaGraphDef; keras_metadata.pb starts with a node whose path is "root".
 */
export type TfFileKind = 'saved-model' | 'keras-metadata' | 'meta-graph' | 'graph-def';

export function looksLikeSavedModel(head: Uint8Array): boolean {
  // field 1 varint = 1, field 2 (meta_graphs) length-delimited, whose first field is 1 or 2 (meta_info_def / graph_def).
  if (head[0] !== 0x08 || head[1] !== 0x01 || head[2] !== 0x12) return false;
  const [, next] = readVarint(head, 3);
  return next !== undefined && (head[next] === 0x0a || head[next] === 0x12);
}

export function looksLikeKerasMetadata(head: Uint8Array): boolean {
  if (head[0] !== 0x0a) return false;
  let [, at] = readVarint(head, 1);
  if (at === undefined) return false;
  if (head[at] === 0x10) [, at] = readVarint(head, at + 1); // node_id (absent when 0)
  if (at === undefined || head[at] !== 0x1a) return false;
  const [length, start] = readVarint(head, at + 1);
  if (start === undefined || length === undefined || length < 4) return false;
  return Buffer.from(head.subarray(start, start + 4)).toString('latin1') === 'root';
}

/** Decides what to decode a `.pb` / `.meta` as. */
export function tfFileKind(head: Uint8Array, name: string): TfFileKind {
  if (looksLikeSavedModel(head)) return 'saved-model';
  if (looksLikeKerasMetadata(head)) return 'keras-metadata';
  if (name.endsWith('.meta')) return 'meta-graph';
  return 'graph-def';
}

function readVarint(bytes: Uint8Array, at: number): [number | undefined, number | undefined] {
  let value = 0;
  for (let i = 0; i < 5 && at + i < bytes.length; i++) {
    const b = bytes[at + i]!;
    value += (b & 0x7f) * 2 ** (7 * i);
    if ((b & 0x80) === 0) return [value, at + i + 1];
  }
  return [undefined, undefined];
}

/**
 * The custom options of a Flex operator: a FlexBuffer whose root is a vector
 * of two strings, the TensorFlow op name the delegate runs and the serialized
 * NodeDef whose attributes it runs the op with (`InitializeNodeDef` in
 * tensorflow/lite/delegates/flex/kernel.cc). Read the way FlexBuffers' C++
 * accessors read it (GetRoot, AsVector, operator[], AsString), with every
 * offset and size checked against the bytes.
 *
 * FlexBuffers layout facts: the last byte is the root's byte width, the byte
 * before it the root's packed type (type << 2 | log2 of the child width); an
 * offset value points backwards (`position - value`); a vector or string has
 * its size in the `width` bytes before its data; an untyped vector's element
 * packed types follow its elements, one byte each; a key is a NUL-terminated string.
 */

export class FlexbufferError extends Error {}

const FBT_KEY = 4;
const FBT_STRING = 5;
const FBT_MAP = 9;
const FBT_VECTOR = 10;

export interface FlexOpOptions {
  /** The TensorFlow op the delegate runs (element 0). */
  opName: Uint8Array;
  /** The serialized NodeDef (element 1). */
  nodeDef: Uint8Array;
}

export function readFlexOpOptions(bytes: Uint8Array): FlexOpOptions {
  const size = bytes.length;
  if (size < 3) throw new FlexbufferError(`${size} bytes are too few for a FlexBuffer`);
  const rootWidth = bytes[size - 1]!;
  if (![1, 2, 4, 8].includes(rootWidth)) throw new FlexbufferError(`the root byte width is ${rootWidth}, not 1, 2, 4 or 8`);
  const rootType = bytes[size - 2]!;
  const rootPos = size - 2 - rootWidth;
  if (rootPos < 0) throw new FlexbufferError('the root does not fit in the buffer');
  const type = rootType >> 2;
  if (type !== FBT_VECTOR && type !== FBT_MAP) throw new FlexbufferError(`the root has type ${type}, not a vector`);
  const width = 1 << (rootType & 3);
  const data = indirect(bytes, rootPos, rootWidth);
  const count = uint(bytes, data - width, width, 'the vector size');
  if (count < 2) throw new FlexbufferError(`the vector has ${count} element${count === 1 ? '' : 's'}, not the op name and NodeDef`);
  const typesAt = data + count * width;
  if (typesAt + count > size) throw new FlexbufferError(`a vector of ${count} elements does not fit in the buffer`);
  return {
    opName: element(bytes, data, width, bytes[typesAt]!, 0),
    nodeDef: element(bytes, data + width, width, bytes[typesAt + 1]!, 1),
  };
}

/** A string or key element (what `AsString()` returns for it). */
function element(bytes: Uint8Array, pos: number, parentWidth: number, packedType: number, index: number): Uint8Array {
  const type = packedType >> 2;
  const width = 1 << (packedType & 3);
  if (type === FBT_STRING) {
    const data = indirect(bytes, pos, parentWidth);
    const length = uint(bytes, data - width, width, `the length of element ${index}`);
    if (data + length > bytes.length) throw new FlexbufferError(`element ${index} (${length} bytes) runs past the end of the buffer`);
    return bytes.subarray(data, data + length);
  }
  if (type === FBT_KEY) {
    const data = indirect(bytes, pos, parentWidth);
    const end = bytes.indexOf(0, data);
    if (end < 0) throw new FlexbufferError(`element ${index} is a key without its terminating NUL`);
    return bytes.subarray(data, end);
  }
  throw new FlexbufferError(`element ${index} has type ${type}, not a string`);
}

/** The position an offset stored at `pos` (`width` bytes) points back to. */
function indirect(bytes: Uint8Array, pos: number, width: number): number {
  const target = pos - uint(bytes, pos, width, 'an offset');
  if (target < 0 || target >= bytes.length) throw new FlexbufferError(`an offset at ${pos} points outside the buffer`);
  return target;
}

function uint(bytes: Uint8Array, pos: number, width: number, what: string): number {
  if (pos < 0 || pos + width > bytes.length) throw new FlexbufferError(`${what} at ${pos} lies outside the buffer`);
  let value = 0;
  for (let i = width - 1; i >= 0; i--) value = value * 256 + bytes[pos + i]!;
  // Values beyond 2^53 are past any buffer; the bounds checks above and below reject them.
  return value;
}

import { type GgufCursor, GgufMalformed } from './cursor.js';
import { MAX_NAME_BYTES } from './metadata.js';
import { GGML_TYPE_LAYOUT, MAX_TENSOR_DIMS } from './types.js';

/** Name length, dimension count, one dimension, type, offset. */
const MIN_TENSOR_INFO_BYTES = 8 + 4 + 8 + 4 + 8;
const MAX_PROBLEMS = 20;

interface TensorRange {
  name: string;
  start: bigint;
  end: bigint;
}

/**
 * Reads the tensor descriptors and checks what loaders trust blindly: the
 * dimension count, dimension products (overflow), the type, alignment, and
 * that every tensor's bytes lie inside the data section without overlapping.
 * Structural errors throw; per-tensor problems are passed to `problem`.
 */
export function readTensorInfos(
  cursor: GgufCursor,
  count: bigint,
  wide: boolean,
  alignment: number,
  problem: (message: string, offset: number) => void,
): { unknownTypes: number[]; dataEnd: bigint | undefined } {
  cursor.ensure(count, MIN_TENSOR_INFO_BYTES, 'the tensor count');
  const utf8 = new TextDecoder();
  const ranges: TensorRange[] = [];
  const names = new Set<string>();
  const unknownTypes = new Set<number>();
  let reported = 0;
  let sized = true;
  const report = (message: string, offset: number) => {
    if (reported++ < MAX_PROBLEMS) problem(message, offset);
  };
  for (let i = 0n; i < count; i++) {
    const at = cursor.pos;
    const nameLength = wide ? cursor.u64() : BigInt(cursor.u32());
    cursor.ensure(nameLength, 1, 'a tensor name length');
    if (nameLength > MAX_NAME_BYTES) throw new GgufMalformed(`a tensor name of ${nameLength} bytes`, at);
    const name = utf8.decode(cursor.bytes(Number(nameLength)));
    if (names.has(name)) report(`the tensor "${name.slice(0, 100)}" appears twice`, at);
    names.add(name);
    const dimCount = cursor.u32();
    if (dimCount > MAX_TENSOR_DIMS) throw new GgufMalformed(`tensor "${name.slice(0, 100)}" has ${dimCount} dimensions (at most ${MAX_TENSOR_DIMS})`, at);
    const dims: bigint[] = [];
    for (let d = 0; d < dimCount; d++) dims.push(wide ? cursor.u64() : BigInt(cursor.u32()));
    const type = cursor.u32();
    const offset = cursor.u64();
    // ggml gains types often: an unknown one is a coverage gap, not evidence of an attack.
    if (!GGML_TYPE_LAYOUT.has(type)) unknownTypes.add(type);
    const size = tensorBytes(name, dims, type, report, at);
    if (offset % BigInt(alignment) !== 0n) report(`tensor "${name.slice(0, 100)}" starts at ${offset}, not a multiple of the alignment ${alignment}`, at);
    if (size !== undefined) ranges.push({ name, start: offset, end: offset + size });
    else sized = false;
  }
  const dataStart = alignUp(BigInt(cursor.pos), BigInt(alignment));
  const dataSize = BigInt(cursor.size) - dataStart;
  checkRanges(ranges, dataSize, dataStart, report);
  // Where the last tensor ends, padded to the alignment as writers pad every tensor: loaders read nothing after it.
  let end = 0n;
  for (const range of ranges) if (range.end > end) end = range.end;
  const dataEnd = sized ? dataStart + alignUp(end, BigInt(alignment)) : undefined;
  return { unknownTypes: [...unknownTypes], dataEnd };
}

/** Bytes a tensor occupies, or undefined when its type or shape makes that meaningless (reported). */
function tensorBytes(name: string, dims: bigint[], type: number, report: (m: string, o: number) => void, at: number): bigint | undefined {
  const layout = GGML_TYPE_LAYOUT.get(type);
  if (!layout) return undefined;
  const label = `tensor "${name.slice(0, 100)}"`;
  let elements = 1n;
  for (const dim of dims) elements *= dim;
  // llama.cpp keeps element counts in int64_t; anything above overflows it (CVE-2026-27940 class).
  if (elements >= 1n << 63n) {
    report(`${label} has ${elements} elements, which overflows a 64-bit count`, at);
    return undefined;
  }
  if (dims.length > 0 && dims[0]! % BigInt(layout.block) !== 0n) {
    report(`${label} has a first dimension of ${dims[0]}, not a multiple of the ${layout.name} block size ${layout.block}`, at);
    return undefined;
  }
  return (elements / BigInt(layout.block)) * BigInt(layout.bytes);
}

function checkRanges(ranges: TensorRange[], dataSize: bigint, dataStart: bigint, report: (m: string, o: number) => void): void {
  ranges.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  let previous: TensorRange | undefined;
  for (const range of ranges) {
    const label = `tensor "${range.name.slice(0, 100)}"`;
    if (range.end > dataSize) {
      report(`${label} spans bytes ${range.start}–${range.end} of the data section, which has only ${dataSize < 0n ? 0n : dataSize} (out-of-bounds read)`, Number(dataStart));
    }
    if (previous && range.start < previous.end) report(`${label} overlaps tensor "${previous.name.slice(0, 100)}"`, Number(dataStart));
    if (!previous || range.end > previous.end) previous = range;
  }
}

function alignUp(value: bigint, alignment: bigint): bigint {
  return ((value + alignment - 1n) / alignment) * alignment;
}

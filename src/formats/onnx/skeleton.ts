import type { ByteSource } from '../../core/source.js';
import { WIRE_I32, WIRE_I64, WIRE_LEN, WIRE_VARINT, WireCursor, WireError, encodeVarint } from './wire.js';

/**
 * Builds a copy of an ONNX model with every tensor payload removed, walking
 * the protobuf wire format with positioned reads. A 2 GB model with embedded
 * weights becomes a skeleton of a few KB (graph, nodes, attributes, tensor
 * names and external-data entries) that protobufjs can decode; the weights
 * are skipped by offset and never read.
 */

type Kind = 'model' | 'graph' | 'node' | 'attribute' | 'tensor' | 'sparse' | 'training' | 'function';

/** Per message: fields that are messages we must also strip, by field number. */
const NESTED: Record<Kind, Readonly<Record<number, Kind>>> = {
  model: { 7: 'graph', 20: 'training', 25: 'function' },
  training: { 1: 'graph', 2: 'graph' },
  graph: { 1: 'node', 5: 'tensor', 15: 'sparse' },
  function: { 7: 'node' },
  node: { 5: 'attribute' },
  attribute: { 5: 'tensor', 6: 'graph', 10: 'tensor', 11: 'graph', 22: 'sparse', 23: 'sparse' },
  sparse: { 1: 'tensor', 2: 'tensor' },
  tensor: {},
};

/** Per message: fields dropped unread (tensor data, numeric attribute lists). */
const DROPPED: Record<Kind, ReadonlySet<number>> = {
  model: new Set(),
  training: new Set(),
  graph: new Set(),
  function: new Set(),
  node: new Set(),
  // floats, ints: can be large and say nothing about behaviour.
  attribute: new Set([7, 8]),
  sparse: new Set(),
  // float_data, int32_data, string_data, int64_data, raw_data, double_data, uint64_data.
  tensor: new Set([4, 5, 6, 7, 9, 10, 11]),
};

/** Subgraph nesting we follow (If/Loop/Scan bodies inside each other). */
export const MAX_GRAPH_DEPTH = 64;

export class SkeletonTooLarge extends Error {}

export interface Skeleton {
  bytes: Uint8Array;
  /** Bytes of tensor payload skipped. */
  skippedBytes: number;
}

export function buildSkeleton(source: ByteSource, maxBytes: number): Skeleton {
  const builder = new SkeletonBuilder(new WireCursor(source), maxBytes);
  const chunks = builder.message('model', 0, source.size, 0);
  return { bytes: concat(chunks), skippedBytes: builder.skipped };
}

class SkeletonBuilder {
  skipped = 0;
  private kept = 0;

  constructor(
    private readonly cursor: WireCursor,
    private readonly maxBytes: number,
  ) {}

  /** The stripped encoding of the message in [start, end), as chunks. */
  message(kind: Kind, start: number, end: number, depth: number): Uint8Array[] {
    if (depth > MAX_GRAPH_DEPTH * 4) throw new WireError(`messages nested deeper than ${MAX_GRAPH_DEPTH} graphs`, start);
    const out: Uint8Array[] = [];
    let pos = start;
    while (pos < end) {
      const fieldStart = pos;
      const tag = this.cursor.varint(pos, end);
      pos = tag.next;
      const field = Math.floor(tag.value / 8);
      const wire = tag.value % 8;
      if (field === 0) throw new WireError('field number 0', fieldStart);
      let payloadEnd: number;
      let payloadStart = pos;
      if (wire === WIRE_VARINT) payloadEnd = this.cursor.varint(pos, end).next;
      else if (wire === WIRE_I64) payloadEnd = pos + 8;
      else if (wire === WIRE_I32) payloadEnd = pos + 4;
      else if (wire === WIRE_LEN) {
        const length = this.cursor.varint(pos, end);
        payloadStart = length.next;
        payloadEnd = payloadStart + length.value;
      } else throw new WireError(`unsupported wire type ${wire}`, fieldStart);
      if (payloadEnd > end) throw new WireError(`field ${field} runs past the end of its message`, fieldStart);
      pos = payloadEnd;

      if (DROPPED[kind].has(field)) {
        this.skipped += payloadEnd - payloadStart;
        continue;
      }
      const nested = NESTED[kind][field];
      if (nested !== undefined && wire === WIRE_LEN) {
        // Joined per message: keeps chunk lists short (no huge spreads) at the cost of one copy per level.
        const inner = concat(this.message(nested, payloadStart, payloadEnd, depth + 1));
        this.keep(out, this.cursor.read(fieldStart, tag.next - fieldStart), encodeVarint(inner.length));
        out.push(inner);
      } else {
        this.keep(out, this.cursor.read(fieldStart, payloadEnd - fieldStart));
      }
    }
    return out;
  }

  private keep(out: Uint8Array[], ...chunks: Uint8Array[]): void {
    for (const chunk of chunks) {
      this.kept += chunk.length;
      if (this.kept > this.maxBytes) throw new SkeletonTooLarge(`the model structure without tensor data exceeds ${this.maxBytes} bytes`);
      out.push(chunk);
    }
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

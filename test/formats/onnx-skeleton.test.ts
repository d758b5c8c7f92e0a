import { describe, expect, it } from 'vitest';
import type { ByteSource } from '../../src/core/source.js';
import { buildSkeleton } from '../../src/formats/onnx/skeleton.js';
import { decodeModel } from '../../src/formats/onnx/decode.js';
import { looksLikeModelProto } from '../../src/formats/onnx/index.js';

const varint = (n: number): number[] => {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  return [...out, n];
};
const field = (num: number, payload: number[]): number[] => [...varint(num * 8 + 2), ...varint(payload.length), ...payload];
const text = (s: string): number[] => [...Buffer.from(s)];

/**
 * A model whose one initializer carries `payload` bytes of raw_data that exist
 * only virtually: reading them would show up in `bytesRead`.
 */
function virtualModel(payload: number): { source: ByteSource & { bytesRead: number }; size: number } {
  const tensorHead = [0x08, ...varint(4), 0x10, 0x01, ...field(8, text('W')), ...varint(9 * 8 + 2), ...varint(payload)];
  const node = field(1, [...field(1, text('X')), ...field(1, text('W')), ...field(2, text('Y')), ...field(4, text('MatMul'))]);
  const graphBody = (tensorLength: number) => [...node, ...varint(5 * 8 + 2), ...varint(tensorLength)];
  const tensorLength = tensorHead.length + payload;
  const graphLength = graphBody(tensorLength).length + tensorLength;
  const prefix = Uint8Array.from([0x08, 0x08, ...varint(7 * 8 + 2), ...varint(graphLength), ...graphBody(tensorLength), ...tensorHead]);
  const size = prefix.length + payload;
  const source = {
    size,
    bytesRead: 0,
    read(offset: number, length: number): Uint8Array {
      const end = Math.min(size, offset + length);
      const out = new Uint8Array(Math.max(0, end - offset));
      for (let i = offset; i < Math.min(end, prefix.length); i++) out[i - offset] = prefix[i]!;
      this.bytesRead += out.length;
      return out;
    },
  };
  return { source, size };
}

describe('ONNX skeleton', () => {
  it('skips 2 GB of embedded tensor data without reading it', () => {
    const payload = 2 * 1024 ** 3;
    const { source } = virtualModel(payload);
    const skeleton = buildSkeleton(source, 1024 * 1024);
    expect(skeleton.skippedBytes).toBe(payload);
    expect(skeleton.bytes.length).toBeLessThan(100);
    // One window at the start; the payload itself is jumped over by offset.
    expect(source.bytesRead).toBeLessThan(256 * 1024);
    const model = decodeModel(skeleton.bytes);
    expect(model.graph?.initializer[0]?.name).toBe('W');
    expect(model.graph?.node[0]?.op_type).toBe('MatMul');
  });

  it('recognises a ModelProto by structure, not by name', () => {
    const { source } = virtualModel(16);
    expect(looksLikeModelProto(source.read(0, 64))).toBe(true);
    expect(looksLikeModelProto(Uint8Array.from([0x80, 0x02, 0x7d, 0x71]))).toBe(false);
    expect(looksLikeModelProto(Buffer.from('{"dtype": "F32"}'))).toBe(false);
  });
});

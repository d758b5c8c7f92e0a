import type { FormatScanner, Probe } from '../../core/scanner.js';
import { WIRE_LEN, WIRE_VARINT } from './wire.js';

/** What routing needs of the ONNX scanner (index.ts adds the scan, loaded on first use). */
export const onnxClaim = {
  id: 'onnx',
  name: 'ONNX',
  extensions: ['.onnx'],
  claim: (probe: Probe) => (looksLikeModelProto(probe.head) ? 'magic' : probe.extension === '.onnx' ? 'hint' : false),
} satisfies Omit<FormatScanner, 'scan'>;

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

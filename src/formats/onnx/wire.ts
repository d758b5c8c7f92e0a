import type { ByteSource } from '../../core/source.js';

/** Bytes that are not valid protobuf: the model is reported as not fully scanned. */
export class WireError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export const WIRE_VARINT = 0;
export const WIRE_I64 = 1;
export const WIRE_LEN = 2;
export const WIRE_I32 = 5;

const WINDOW = 1 << 16;

/** Positioned protobuf wire reads over a ByteSource through a small window (never the whole file). */
export class WireCursor {
  private window: Uint8Array = new Uint8Array(0);
  private windowStart = 0;

  constructor(readonly source: ByteSource) {}

  byteAt(pos: number): number {
    const rel = pos - this.windowStart;
    if (rel < 0 || rel >= this.window.length) {
      this.window = this.source.read(pos, WINDOW);
      this.windowStart = pos;
      if (this.window.length === 0) throw new WireError('unexpected end of data', pos);
      return this.window[0]!;
    }
    return this.window[rel]!;
  }

  /** A varint at `pos`, bounded by `end`; returns the value (exact up to 2^53) and the next position. */
  varint(pos: number, end: number): { value: number; next: number } {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      if (pos + i >= end) throw new WireError('truncated varint', pos);
      const byte = this.byteAt(pos + i);
      value += (byte & 0x7f) * scale;
      scale *= 128;
      if ((byte & 0x80) === 0) return { value, next: pos + i + 1 };
    }
    throw new WireError('varint longer than 10 bytes', pos);
  }

  read(pos: number, length: number): Uint8Array {
    // Small fields come from the window: one positioned read serves many of them.
    if (length <= WINDOW) {
      const rel = pos - this.windowStart;
      if (rel < 0 || rel + length > this.window.length) {
        this.window = this.source.read(pos, WINDOW);
        this.windowStart = pos;
      }
      const from = pos - this.windowStart;
      if (from + length <= this.window.length) return this.window.slice(from, from + length);
      throw new WireError('unexpected end of data', pos);
    }
    const bytes = this.source.read(pos, length);
    if (bytes.length !== length) throw new WireError('unexpected end of data', pos);
    return bytes;
  }
}

export function encodeVarint(value: number): Uint8Array {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return Uint8Array.from(out);
}

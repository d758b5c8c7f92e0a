import type { ByteSource } from '../../core/source.js';

/** Malformed or truncated input: the scan of this stream stops here. */
export class PickleError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    /** A resource limit, not bad input. */
    readonly limit = false,
  ) {
    super(message);
  }
}

/** The data ended before the opcode or its argument did. */
export class TruncatedError extends PickleError {}

const WINDOW = 64 * 1024;
// BINFLOAT is big-endian; reversing into a little-endian scratch is faster than readDoubleBE.
const SCRATCH_F64 = new Float64Array(1);
const SCRATCH_BYTES = new Uint8Array(SCRATCH_F64.buffer);
const EMPTY = Buffer.alloc(0);

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Sequential reads over a ByteSource through a 64 KiB window: the file is never
 * read whole, and big payloads (tensor bytes in a pickle) are skipped, not read.
 */
export class ByteReader {
  private buf: Buffer = EMPTY;
  /** Absolute offset of buf[0]. */
  private bufStart = 0;
  pos: number;

  constructor(
    readonly source: ByteSource,
    start: number,
    /** Absolute end of the readable range. */
    readonly end: number,
  ) {
    this.pos = start;
  }

  /** The next byte, or -1 at the end. The hot path: no allocation. */
  byte(): number {
    const i = this.pos - this.bufStart;
    if (i >= 0 && i < this.buf.length) {
      this.pos++;
      return this.buf[i]!;
    }
    if (this.pos >= this.end) return -1;
    this.fill(1);
    this.pos++;
    return this.buf[this.pos - 1 - this.bufStart]!;
  }

  /** Makes [pos, pos+n) available in the window, or throws at the end of data. */
  need(n: number): number {
    const i = this.pos - this.bufStart;
    if (i >= 0 && i + n <= this.buf.length) return i;
    if (this.pos + n > this.end) throw new TruncatedError(`data ends inside a ${n}-byte argument at offset ${this.pos}`, this.pos);
    this.fill(n);
    return 0;
  }

  private fill(n: number): void {
    const len = Math.min(Math.max(WINDOW, n), this.end - this.pos);
    this.buf = asBuffer(this.source.read(this.pos, len));
    this.bufStart = this.pos;
    if (this.buf.length < n) throw new TruncatedError(`data ends inside a ${n}-byte argument at offset ${this.pos}`, this.pos);
  }

  u8(): number {
    const i = this.need(1);
    this.pos += 1;
    return this.buf[i]!;
  }

  u16(): number {
    const i = this.need(2);
    this.pos += 2;
    return this.buf[i]! | (this.buf[i + 1]! << 8);
  }

  u32(): number {
    const i = this.need(4);
    this.pos += 4;
    return this.buf.readUInt32LE(i);
  }

  i32(): number {
    const i = this.need(4);
    this.pos += 4;
    return this.buf.readInt32LE(i);
  }

  /** 8-byte little-endian length; lengths past 2^53 are as good as infinite. */
  u64(): number {
    const i = this.need(8);
    this.pos += 8;
    const lo = this.buf.readUInt32LE(i);
    const hi = this.buf.readUInt32LE(i + 4);
    return hi >= 0x200000 ? Number.MAX_SAFE_INTEGER : hi * 0x1_0000_0000 + lo;
  }

  f64be(): number {
    const i = this.need(8);
    this.pos += 8;
    const b = this.buf;
    for (let k = 0; k < 8; k++) SCRATCH_BYTES[7 - k] = b[i + k]!;
    return SCRATCH_F64[0]!;
  }

  /** Decodes n bytes at pos and moves past them. */
  text(n: number, encoding: 'utf8' | 'latin1'): string {
    const i = this.need(n);
    this.pos += n;
    return this.buf.toString(encoding, i, i + n);
  }

  /** n bytes at pos, copied (callers keep them). */
  copy(n: number): Uint8Array {
    const i = this.need(n);
    this.pos += n;
    return Uint8Array.prototype.slice.call(this.buf, i, i + n);
  }

  /** Moves past n bytes without reading them. */
  skip(n: number): void {
    if (n > this.end - this.pos) {
      throw new TruncatedError(`data ends inside a ${n}-byte argument at offset ${this.pos}`, this.pos);
    }
    this.pos += n;
  }

  /**
   * A protocol-0 text argument: bytes up to the next newline (excluded), as
   * latin-1 so every byte maps to one char. Throws past `max` bytes.
   */
  line(max: number): string {
    let i = this.pos - this.bufStart;
    if (i < 0 || i >= this.buf.length) {
      if (this.pos >= this.end) throw new TruncatedError(`data ends inside a text argument at offset ${this.pos}`, this.pos);
      this.fill(1);
      i = 0;
    }
    let nl = this.buf.indexOf(0x0a, i);
    while (nl < 0) {
      const have = this.buf.length - i;
      if (have >= max) throw new PickleError(`text argument longer than ${max} bytes at offset ${this.pos}`, this.pos);
      if (this.pos + have >= this.end) throw new TruncatedError(`data ends inside a text argument at offset ${this.pos}`, this.pos);
      this.fill(Math.min(max + 1, have * 2 + WINDOW, this.end - this.pos));
      i = 0;
      nl = this.buf.indexOf(0x0a, 0);
    }
    const s = this.buf.toString('latin1', i, nl);
    this.pos += nl - i + 1;
    return s;
  }

  /** Absolute position of the next `byte` at or after `from` (or -1), scanning window by window. */
  static find(source: ByteSource, from: number, end: number, test: (bytes: Buffer, at: number) => number): number {
    let at = from;
    while (at < end) {
      const chunk = asBuffer(source.read(at, Math.min(WINDOW * 16, end - at)));
      if (chunk.length === 0) return -1;
      const hit = test(chunk, 0);
      if (hit >= 0) return at + hit;
      // Keep one byte of overlap so two-byte signatures across chunks are seen.
      at += Math.max(1, chunk.length - 1);
      if (chunk.length < 2) return -1;
    }
    return -1;
  }
}

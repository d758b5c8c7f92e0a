import type { ByteSource } from '../../core/source.js';
import { decodeUtf8SurrogatePass } from './literals.js';

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

/** The big-endian double at b[i..i+8). */
export function f64beAt(b: Uint8Array, i: number): number {
  SCRATCH_BYTES[7] = b[i]!;
  SCRATCH_BYTES[6] = b[i + 1]!;
  SCRATCH_BYTES[5] = b[i + 2]!;
  SCRATCH_BYTES[4] = b[i + 3]!;
  SCRATCH_BYTES[3] = b[i + 4]!;
  SCRATCH_BYTES[2] = b[i + 5]!;
  SCRATCH_BYTES[1] = b[i + 6]!;
  SCRATCH_BYTES[0] = b[i + 7]!;
  return SCRATCH_F64[0]!;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * How FRAME boundaries are read (threats B8). CPython's C unpickler reading a
 * file (no peek(), or a frame too big for the 8 KiB peek window) loads each
 * frame into its buffer with one read(); an argument that runs past the end of
 * that buffer is then read *fresh from after the frame*, and the rest of the
 * buffer is dropped. Bytes payloads are the exception: they use readinto(),
 * which takes the rest of the buffer first (linear). pickle.loads and small
 * frames inside the peek window are read linearly.
 */
export const enum FrameMode {
  /** pickle.loads, pickletools, the Python unpickler up to its frame check. */
  Linear = 0,
  /** C unpickler on a file without peek() (open(f, 'rb', buffering=0), custom streams): every frame buffered. */
  CFile = 1,
  /** C unpickler on a buffered file: frames of 8 KiB or more are buffered, smaller ones stay in the peek window. */
  CBuffered = 2,
}

/** CPython's _pickle.c PREFETCH: frames this big or bigger are read with read(), not peek(). */
const PREFETCH = 8192;

/**
 * Sequential reads over a ByteSource through a 64 KiB window: the file is never
 * read whole, and big payloads (tensor bytes in a pickle) are skipped, not read.
 */
export class ByteReader {
  /** The current window (read by the machine's fast path; never written outside this class). */
  buf: Buffer = EMPTY;
  /** Absolute offset of buf[0]. */
  bufStart = 0;
  pos: number;
  /** End of the C unpickler's frame buffer (FrameMode.CFile/CBuffered), -1 when none. */
  private cEnd = -1;
  /** Arguments that straddled the end of a frame buffer and were re-read after it. */
  straddles = 0;
  frameMode: FrameMode = FrameMode.Linear;

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
    if (this.cEnd > this.pos && this.pos + n > this.cEnd) this.straddle();
    if (this.pos + n > this.end) throw new TruncatedError(`data ends inside a ${n}-byte argument at offset ${this.pos}`, this.pos);
    this.fill(n);
    return 0;
  }

  /** The C unpickler drops the rest of its frame buffer and reads the argument from after it. */
  private straddle(): void {
    this.pos = this.cEnd;
    this.straddles++;
  }

  /**
   * A FRAME of n bytes starts at pos (its length already read). In the C modes
   * the frame becomes the unpickler's buffer, unless it fits in the current one.
   */
  frame(n: number): void {
    if (this.frameMode === FrameMode.Linear) return;
    if (this.frameMode === FrameMode.CBuffered && n < PREFETCH) return;
    if (this.pos + n <= this.cEnd) return;
    if (this.cEnd > this.pos) this.straddle();
    this.cEnd = this.pos + n;
    // The window must end at the buffer end, so the fast paths stop there.
    this.buf = EMPTY;
    this.bufStart = 0;
  }

  private fill(n: number): void {
    let len = Math.min(Math.max(WINDOW, n), this.end - this.pos);
    if (this.cEnd > this.pos) len = Math.min(len, this.cEnd - this.pos);
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
    return f64beAt(this.buf, i);
  }

  /** Decodes n bytes at pos and moves past them. */
  text(n: number, encoding: 'utf8' | 'latin1'): string {
    const i = this.need(n);
    this.pos += n;
    return this.buf.toString(encoding, i, i + n);
  }

  /** A str argument, decoded as the C unpickler does (UTF-8, surrogatepass); undefined when it would raise. */
  utf8(n: number): string | undefined {
    const i = this.need(n);
    this.pos += n;
    const s = this.buf.toString('utf8', i, i + n);
    if (s.indexOf('\ufffd') < 0) return s;
    return decodeUtf8SurrogatePass(this.buf.subarray(i, i + n));
  }

  /** n bytes at pos, copied (callers keep them). */
  copy(n: number): Uint8Array {
    const i = this.need(n);
    this.pos += n;
    return Uint8Array.prototype.slice.call(this.buf, i, i + n);
  }

  /**
   * Moves past n bytes without reading them. `viaBuffer`: a str argument, read
   * like any other argument (bytes payloads use readinto and read linearly).
   */
  skip(n: number, viaBuffer = false): void {
    if (viaBuffer && this.cEnd > this.pos && this.pos + n > this.cEnd) this.straddle();
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
    for (;;) {
      let i = this.pos - this.bufStart;
      if (i < 0 || i >= this.buf.length) {
        if (this.pos >= this.end) throw new TruncatedError(`data ends inside a text argument at offset ${this.pos}`, this.pos);
        this.fill(1);
        i = 0;
      }
      const nl = this.buf.indexOf(0x0a, i);
      if (nl >= 0) {
        const s = this.buf.toString('latin1', i, nl);
        this.pos += nl - i + 1;
        return s;
      }
      const have = this.buf.length - i;
      if (this.cEnd > this.pos && this.bufStart + this.buf.length >= this.cEnd) {
        // A line running past the C unpickler's frame buffer: it reads a whole new line from the file.
        this.straddle();
        continue;
      }
      if (have >= max) throw new PickleError(`text argument longer than ${max} bytes at offset ${this.pos}`, this.pos);
      if (this.pos + have >= this.end) throw new TruncatedError(`data ends inside a text argument at offset ${this.pos}`, this.pos);
      this.fill(Math.min(max + 1, have * 2 + WINDOW, this.end - this.pos));
    }
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

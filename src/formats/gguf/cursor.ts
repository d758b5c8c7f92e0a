import type { ByteSource } from '../../core/source.js';

/** A GGUF structure that does not fit the file: becomes a `gguf/malformed` finding. */
export class GgufMalformed extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const WINDOW = 1 << 16;

/**
 * Sequential little-endian reads over a ByteSource through a small window, so
 * metadata with 150k vocabulary strings costs a few positioned reads, never
 * the whole file. Every read is checked against the file size first.
 */
export class GgufCursor {
  pos = 0;
  private window: Uint8Array = new Uint8Array(0);
  private windowStart = 0;

  constructor(private readonly source: ByteSource) {}

  get size(): number {
    return this.source.size;
  }

  get remaining(): number {
    return this.source.size - this.pos;
  }

  /** Throws unless `count` items of `itemBytes` each fit in what is left of the file. */
  ensure(count: bigint | number, itemBytes: number, what: string): void {
    if (BigInt(count) * BigInt(itemBytes) > BigInt(this.remaining)) {
      throw new GgufMalformed(`${what} (${count}) cannot fit in the ${this.remaining} bytes left in the file`, this.pos);
    }
  }

  u8(): number {
    return this.view(1).getUint8(0);
  }

  u32(): number {
    return this.view(4).getUint32(0, true);
  }

  u64(): bigint {
    return this.view(8).getBigUint64(0, true);
  }

  skip(bytes: number | bigint, what: string): void {
    this.ensure(bytes, 1, what);
    this.pos += Number(bytes);
  }

  bytes(length: number): Uint8Array {
    this.ensure(length, 1, 'a byte string');
    if (length > WINDOW) {
      const out = this.source.read(this.pos, length);
      this.pos += length;
      return out;
    }
    const out = this.fill(length).slice(0, length);
    this.pos += length;
    return out;
  }

  private view(length: number): DataView {
    this.ensure(length, 1, `a ${length}-byte number`);
    const bytes = this.fill(length);
    this.pos += length;
    return new DataView(bytes.buffer, bytes.byteOffset, length);
  }

  /** The bytes at `pos` (at least `length`), refilling the window when needed. */
  private fill(length: number): Uint8Array {
    const rel = this.pos - this.windowStart;
    if (rel < 0 || rel + length > this.window.length) {
      this.window = this.source.read(this.pos, Math.max(WINDOW, length));
      this.windowStart = this.pos;
      return this.window.subarray(0, length);
    }
    return this.window.subarray(rel, rel + length);
  }
}

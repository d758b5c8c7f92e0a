import type { ByteSource } from '../../core/source.js';

/**
 * A bounded FlatBuffers reader over a ByteSource: positioned reads through a
 * small page cache (a multi-GB model costs the pages its tables sit on, never
 * its tensor data). Every offset, length and count is checked against the
 * buffer before it is used, and nothing here recurses: callers walk the
 * schema, whose depth is fixed. What does not fit throws FlatbufferError.
 *
 * Layout facts (FlatBuffers binary format):
 * - the buffer starts with the root table's uoffset (u32), then the 4-byte file identifier;
 * - a uoffset (u32) is relative to where it is stored and points forward;
 * - a table starts with an soffset (i32): its vtable is at `table - soffset`;
 * - a vtable is u16s: its own size, the table's size, then one field offset per
 *   field id (0 or beyond the vtable: the field is absent, its default applies);
 * - a vector or string is a u32 element count followed by the elements (a string's bytes end with a NUL).
 */

export class FlatbufferError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const PAGE = 1 << 16;
const MAX_PAGES = 64;

/** A table at `pos` with its vtable at `vtable` (both checked). */
export interface Table {
  readonly pos: number;
  readonly vtable: number;
  readonly vtableSize: number;
}

/** A vector's elements: `count` elements of `width` bytes from `start`. */
export interface Vec {
  readonly start: number;
  readonly count: number;
}

export class FlatReader {
  private readonly pages = new Map<number, Uint8Array>();

  constructor(
    private readonly source: ByteSource,
    /** Bytes of the flatbuffer (the source may hold more). */
    readonly size = source.size,
  ) {}

  /** `length` bytes at `pos`, all inside the buffer. */
  bytes(pos: number, length: number, what: string): Uint8Array {
    if (!Number.isSafeInteger(pos) || !Number.isSafeInteger(length) || pos < 0 || length < 0 || pos + length > this.size) {
      throw new FlatbufferError(`${what} at offset ${pos} (${length} bytes) runs past the end of the ${this.size}-byte model`, pos);
    }
    const page = Math.floor(pos / PAGE);
    if (pos + length <= (page + 1) * PAGE) {
      const bytes = this.page(page);
      const from = pos - page * PAGE;
      if (from + length <= bytes.length) return bytes.subarray(from, from + length);
    } else {
      const bytes = this.source.read(pos, length);
      if (bytes.length === length) return bytes;
    }
    throw new FlatbufferError(`${what} at offset ${pos} could not be read`, pos);
  }

  private page(index: number): Uint8Array {
    const cached = this.pages.get(index);
    if (cached) return cached;
    if (this.pages.size >= MAX_PAGES) this.pages.delete(this.pages.keys().next().value!);
    const start = index * PAGE;
    const bytes = this.source.read(start, Math.min(PAGE, this.size - start));
    this.pages.set(index, bytes);
    return bytes;
  }

  u8(pos: number, what: string): number {
    return this.bytes(pos, 1, what)[0]!;
  }

  i8(pos: number, what: string): number {
    const v = this.u8(pos, what);
    return v >= 0x80 ? v - 0x100 : v;
  }

  u16(pos: number, what: string): number {
    const b = this.bytes(pos, 2, what);
    return b[0]! | (b[1]! << 8);
  }

  u32(pos: number, what: string): number {
    const b = this.bytes(pos, 4, what);
    return (b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24)) >>> 0;
  }

  i32(pos: number, what: string): number {
    const b = this.bytes(pos, 4, what);
    return b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24);
  }

  u64(pos: number, what: string): bigint {
    const b = this.bytes(pos, 8, what);
    let v = 0n;
    for (let i = 7; i >= 0; i--) v = (v << 8n) | BigInt(b[i]!);
    return v;
  }

  /** The position a uoffset stored at `pos` points to, inside the buffer. */
  deref(pos: number, what: string): number {
    const target = pos + this.u32(pos, what);
    if (target >= this.size) throw new FlatbufferError(`${what} at offset ${pos} points to ${target}, past the end of the ${this.size}-byte model`, pos);
    return target;
  }

  /** The table at `pos`, its vtable checked (even size of at least 4, inside the buffer). */
  table(pos: number, what: string): Table {
    const soffset = this.i32(pos, what);
    const vtable = pos - soffset;
    if (vtable < 0 || vtable + 4 > this.size) {
      throw new FlatbufferError(`${what} at offset ${pos} has its vtable at ${vtable}, outside the model`, pos);
    }
    const vtableSize = this.u16(vtable, `${what}'s vtable`);
    if (vtableSize < 4 || vtableSize % 2 !== 0 || vtable + vtableSize > this.size) {
      throw new FlatbufferError(`${what} at offset ${pos} has a vtable of ${vtableSize} bytes at ${vtable}, which is not a valid vtable`, vtable);
    }
    return { pos, vtable, vtableSize };
  }

  /** Absolute position of field `id` of a table, or undefined when the field is absent. */
  field(t: Table, id: number, width: number, what: string): number | undefined {
    const slot = 4 + 2 * id;
    if (slot + 2 > t.vtableSize) return undefined;
    const offset = this.u16(t.vtable + slot, `${what}'s vtable entry`);
    if (offset === 0) return undefined;
    const pos = t.pos + offset;
    if (pos + width > this.size) throw new FlatbufferError(`${what} at offset ${pos} runs past the end of the model`, pos);
    return pos;
  }

  fieldU32(t: Table, id: number, fallback: number, what: string): number {
    const pos = this.field(t, id, 4, what);
    return pos === undefined ? fallback : this.u32(pos, what);
  }

  fieldI32(t: Table, id: number, fallback: number, what: string): number {
    const pos = this.field(t, id, 4, what);
    return pos === undefined ? fallback : this.i32(pos, what);
  }

  fieldI8(t: Table, id: number, fallback: number, what: string): number {
    const pos = this.field(t, id, 1, what);
    return pos === undefined ? fallback : this.i8(pos, what);
  }

  fieldU8(t: Table, id: number, fallback: number, what: string): number {
    const pos = this.field(t, id, 1, what);
    return pos === undefined ? fallback : this.u8(pos, what);
  }

  fieldU64(t: Table, id: number, what: string): bigint {
    const pos = this.field(t, id, 8, what);
    return pos === undefined ? 0n : this.u64(pos, what);
  }

  /** A sub-table field, or undefined when absent. */
  fieldTable(t: Table, id: number, what: string): Table | undefined {
    const pos = this.field(t, id, 4, what);
    return pos === undefined ? undefined : this.table(this.deref(pos, what), what);
  }

  /**
   * A vector field of `width`-byte elements, or undefined when absent. The
   * count must fit in the bytes left and stay within `maxCount`.
   */
  fieldVector(t: Table, id: number, width: number, maxCount: number, what: string): Vec | undefined {
    const pos = this.field(t, id, 4, what);
    return pos === undefined ? undefined : this.vectorAt(this.deref(pos, what), width, maxCount, what);
  }

  vectorAt(pos: number, width: number, maxCount: number, what: string): Vec {
    const count = this.u32(pos, `the length of ${what}`);
    const start = pos + 4;
    if (count * width > this.size - start) {
      throw new FlatbufferError(`${what} at offset ${pos} claims ${count} elements, which cannot fit in the ${this.size}-byte model`, pos);
    }
    if (count > maxCount) throw new FlatbufferError(`${what} at offset ${pos} has ${count} elements, over the scanner's limit of ${maxCount}`, pos);
    return { start, count };
  }

  /** Element `i` of a vector of tables. */
  tableAt(v: Vec, i: number, what: string): Table {
    return this.table(this.deref(v.start + 4 * i, what), what);
  }

  /**
   * A string field: its length and up to `maxBytes` of it (the rest is never
   * read), or undefined when absent.
   */
  fieldString(t: Table, id: number, maxBytes: number, what: string): FbString | undefined {
    const pos = this.field(t, id, 4, what);
    if (pos === undefined) return undefined;
    const v = this.vectorAt(this.deref(pos, what), 1, Number.MAX_SAFE_INTEGER, what);
    return { pos: v.start, length: v.count, bytes: this.bytes(v.start, Math.min(v.count, maxBytes), what) };
  }
}

export interface FbString {
  /** Where the bytes start. */
  readonly pos: number;
  /** Length in bytes, as stored. */
  readonly length: number;
  /** The first bytes (up to the caller's maximum). */
  readonly bytes: Uint8Array;
}

/** The bytes up to the first NUL: what C++ code sees through `c_str()`. */
export function cString(bytes: Uint8Array): Uint8Array {
  const nul = bytes.indexOf(0);
  return nul < 0 ? bytes : bytes.subarray(0, nul);
}

export function latin1(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

export function utf8(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
}

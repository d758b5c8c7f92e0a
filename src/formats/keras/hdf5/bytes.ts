import type { ByteSource } from '../../../core/source.js';
import { malformed, unsupported } from './errors.js';

/** Most bytes one native read may pull from the file in total (metadata and the config strings only). */
export const MAX_TOTAL_READ = 640 * 1024 * 1024;

/** Little-endian reads over one block of bytes; every read is bounds-checked. */
export class Cursor {
  pos: number;

  constructor(
    readonly bytes: Uint8Array,
    readonly what: string,
    start = 0,
    readonly end = bytes.length,
  ) {
    this.pos = start;
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  need(n: number): void {
    if (n < 0 || this.pos + n > this.end) throw malformed(`${this.what} is cut short`);
  }

  u8(): number {
    this.need(1);
    return this.bytes[this.pos++]!;
  }

  u16(): number {
    this.need(2);
    const v = this.bytes[this.pos]! | (this.bytes[this.pos + 1]! << 8);
    this.pos += 2;
    return v;
  }

  u32(): number {
    this.need(4);
    const b = this.bytes;
    const v = (b[this.pos]! | (b[this.pos + 1]! << 8) | (b[this.pos + 2]! << 16) | (b[this.pos + 3]! << 24)) >>> 0;
    this.pos += 4;
    return v;
  }

  /** An unsigned little-endian integer of `size` bytes (1 to 8), as a bigint. */
  big(size: number): bigint {
    this.need(size);
    let v = 0n;
    for (let i = size - 1; i >= 0; i--) v = (v << 8n) | BigInt(this.bytes[this.pos + i]!);
    this.pos += size;
    return v;
  }

  /** An unsigned integer of `size` bytes that must fit a JS number exactly (a length, a count). */
  uint(size: number): number {
    const v = this.big(size);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw malformed(`${this.what} holds a length too large to be real (${v})`);
    return Number(v);
  }

  /** A file address of `size` bytes; undefined for HDF5's "undefined address" (all bits set). */
  address(size: number): number | undefined {
    const v = this.big(size);
    if (v === (1n << BigInt(size * 8)) - 1n) return undefined;
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw malformed(`${this.what} holds an address beyond any file (${v})`);
    return Number(v);
  }

  take(n: number): Uint8Array {
    this.need(n);
    const out = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  skip(n: number): void {
    this.need(n);
    this.pos += n;
  }
}

/** Rounds up to a multiple of 8 (HDF5's alignment of v1 object header messages and global heap objects). */
export function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}

/**
 * The HDF5 address space of one file: addresses are relative to the base (where
 * the superblock is) and must end before the end-of-file address the superblock
 * gives, which must itself be inside the file. Every read is positioned and
 * bounded, and the total read is capped.
 */
export class H5Space {
  private total = 0;

  constructor(
    private readonly source: ByteSource,
    /** Absolute offset of address 0 (the superblock). */
    readonly base: number,
    /** First address past the HDF5 data (relative). */
    readonly eoa: number,
    readonly sizeofAddr: number,
    readonly sizeofSize: number,
  ) {}

  /** Exactly `length` bytes at relative `address`, or a malformed error. */
  read(address: number, length: number, what: string): Uint8Array {
    if (!Number.isSafeInteger(address) || !Number.isSafeInteger(length) || address < 0 || length < 0 || address + length > this.eoa) {
      throw malformed(`${what} (${length} bytes at address ${address}) lies beyond the end of the HDF5 data (${this.eoa})`);
    }
    this.total += length;
    if (this.total > MAX_TOTAL_READ) throw unsupported(`more than ${MAX_TOTAL_READ} bytes of metadata to read`);
    const bytes = this.source.read(this.base + address, length);
    if (bytes.length !== length) throw malformed(`${what} at address ${address} is cut short`);
    return bytes;
  }

  /** Up to `length` bytes at `address` (fewer at the end of the HDF5 data): a speculative read. */
  readUpTo(address: number, length: number, what: string): Uint8Array {
    if (!Number.isSafeInteger(address) || address < 0 || address >= this.eoa) {
      throw malformed(`${what} at address ${address} lies beyond the end of the HDF5 data (${this.eoa})`);
    }
    return this.read(address, Math.min(length, this.eoa - address), what);
  }
}

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Random-access bytes: a file on disk read with positioned reads, or a buffer
 * (an archive member already inflated). Scanners read only the ranges they need,
 * so a 10 GB checkpoint costs its zip directory and pickles, never its tensors.
 */
export interface ByteSource {
  readonly size: number;
  /** Up to `length` bytes at `offset`: fewer only at the end of the source. */
  read(offset: number, length: number): Uint8Array;
}

export class BufferSource implements ByteSource {
  constructor(private readonly bytes: Uint8Array) {}

  get size(): number {
    return this.bytes.length;
  }

  read(offset: number, length: number): Uint8Array {
    if (offset < 0 || length < 0) throw new RangeError(`bad read at ${offset} (${length} bytes)`);
    return this.bytes.subarray(offset, Math.min(this.bytes.length, offset + length));
  }
}

const EMPTY = Buffer.alloc(0);

/** Shared by every FileSource of a thread: prefetches land here first, so a small file costs one exact-size copy. */
let scratch: Buffer | undefined;

/**
 * A file opened once; positioned reads; close() when done. With `prefetch`, the first bytes
 * are read once when it is opened and later reads inside them are views: a small model (the
 * common case in a folder of thousands) costs one open, one read and one close — a read that
 * comes back short is the whole file, so only files past the prefetch size pay for a stat.
 */
export class FileSource implements ByteSource {
  readonly size: number;
  private fd: number | undefined;
  private readonly prefix: Buffer = EMPTY;

  constructor(path: string, prefetch = 0) {
    this.fd = openSync(path, 'r');
    try {
      if (prefetch > 0) {
        const buffer = scratch && scratch.length >= prefetch ? scratch : (scratch = Buffer.allocUnsafe(prefetch));
        const n = readFully(this.fd, buffer, prefetch, 0);
        this.prefix = Buffer.allocUnsafe(n);
        buffer.copy(this.prefix, 0, 0, n);
        this.size = n < prefetch ? n : fstatSync(this.fd).size;
      } else {
        this.size = fstatSync(this.fd).size;
      }
    } catch (error) {
      closeSync(this.fd);
      throw error;
    }
  }

  read(offset: number, length: number): Uint8Array {
    if (this.fd === undefined) throw new Error('file source is closed');
    if (offset < 0 || length < 0) throw new RangeError(`bad read at ${offset} (${length} bytes)`);
    const end = Math.min(offset + length, this.size);
    // Views, like BufferSource: scanners treat what they read as read-only.
    if (end <= this.prefix.length && offset <= end) return this.prefix.subarray(offset, end);
    const want = Math.max(0, end - offset);
    const out = Buffer.allocUnsafe(want);
    const done = readFully(this.fd, out, want, offset);
    return done === want ? out : out.subarray(0, done);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/** Reads up to `want` bytes at `position` into the start of `into`; fewer only at the end of the file. */
function readFully(fd: number, into: Buffer, want: number, position: number): number {
  let done = 0;
  while (done < want) {
    const n = readSync(fd, into, done, want - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done;
}

/** A window [start, start+length) of another source, e.g. a STORED zip member. */
export class SliceSource implements ByteSource {
  constructor(
    private readonly inner: ByteSource,
    private readonly start: number,
    readonly size: number,
  ) {}

  read(offset: number, length: number): Uint8Array {
    if (offset < 0 || length < 0) throw new RangeError(`bad read at ${offset} (${length} bytes)`);
    const end = Math.min(this.size, offset + length);
    if (end <= offset) return new Uint8Array(0);
    return this.inner.read(this.start + offset, end - offset);
  }
}

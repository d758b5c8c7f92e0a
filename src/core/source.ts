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

/** A file opened once; positioned reads; close() when done. */
export class FileSource implements ByteSource {
  readonly size: number;
  private fd: number | undefined;

  constructor(path: string) {
    this.fd = openSync(path, 'r');
    try {
      this.size = fstatSync(this.fd).size;
    } catch (error) {
      closeSync(this.fd);
      throw error;
    }
  }

  read(offset: number, length: number): Uint8Array {
    if (this.fd === undefined) throw new Error('file source is closed');
    if (offset < 0 || length < 0) throw new RangeError(`bad read at ${offset} (${length} bytes)`);
    const want = Math.max(0, Math.min(length, this.size - offset));
    const out = Buffer.allocUnsafe(want);
    let done = 0;
    while (done < want) {
      const n = readSync(this.fd, out, done, want - done, offset + done);
      if (n === 0) break;
      done += n;
    }
    return done === want ? out : out.subarray(0, done);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
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

/** Output that grows up to a limit; past it, the decoder stops (a decompression bomb). */
export class LimitReached extends Error {}

export class BoundedOutput {
  buf: Uint8Array;
  length = 0;
  constructor(readonly limit: number) {
    this.buf = new Uint8Array(Math.min(limit, 64 * 1024));
  }

  private grow(need: number): void {
    if (need > this.limit) throw new LimitReached();
    let size = this.buf.length * 2;
    while (size < need) size *= 2;
    const next = new Uint8Array(Math.min(this.limit, size));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  push(byte: number): void {
    if (this.length >= this.buf.length) this.grow(this.length + 1);
    this.buf[this.length++] = byte;
  }

  pushAll(bytes: Uint8Array): void {
    if (this.length + bytes.length > this.buf.length) this.grow(this.length + bytes.length);
    this.buf.set(bytes, this.length);
    this.length += bytes.length;
  }

  get bytes(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}

import type { Compression } from './index.js';
import type { Decompressed } from './node-zlib.js';
import { BoundedOutput, LimitReached } from './output.js';

/**
 * Decoders that are not in node:zlib, loaded on first use so start-up stays lean:
 * - bzip2: `seek-bzip` (pure JavaScript; bytes go to our bounded sink one by one);
 * - xz: `xz-decompress` (xz-embedded compiled to WebAssembly, inlined in its JS; a
 *   web ReadableStream we stop reading at the limit);
 * - lzma (LZMA-alone) and LZ4 frames: our own bounded decoders (lzma.ts, lz4.ts).
 * Each keeps what it decoded before damage or the limit.
 */
export async function decompressOther(kind: Compression, input: Uint8Array, limit: number): Promise<Decompressed> {
  const out = new BoundedOutput(limit);
  let error: string | undefined;
  let overLimit = false;
  try {
    switch (kind) {
      case 'bz2':
        await bunzip(input, out);
        break;
      case 'xz':
        overLimit = await unxz(input, out);
        break;
      case 'lzma': {
        const { decodeLzmaAlone } = await import('./lzma.js');
        decodeLzmaAlone(input, out);
        break;
      }
      case 'lz4': {
        const { decodeLz4Frames } = await import('./lz4.js');
        decodeLz4Frames(input, out);
        break;
      }
      default:
        error = `no ${kind} decoder`;
    }
  } catch (e) {
    if (e instanceof LimitReached) overLimit = true;
    else error = e instanceof Error ? e.message : String(e);
  }
  return { bytes: out.bytes, overLimit, ...(error !== undefined ? { error } : {}) };
}

interface SeekBzip {
  decode(input: Uint8Array, output: { writeByte(b: number): void }, multistream?: boolean): unknown;
}

async function bunzip(input: Uint8Array, out: BoundedOutput): Promise<void> {
  const mod = (await import('seek-bzip')) as unknown as { default?: SeekBzip } & SeekBzip;
  const bz = mod.default ?? mod;
  // A stream object: seek-bzip calls readByte/eof (multistream: concatenated .bz2 files, as Python's bz2 reads them).
  let pos = 0;
  const stream = {
    readByte: () => (pos < input.length ? input[pos++]! : -1),
    read(buffer: Uint8Array, offset: number, length: number): number {
      const n = Math.min(length, input.length - pos);
      buffer.set(input.subarray(pos, pos + n), offset);
      pos += n;
      return n;
    },
    seek(p: number) {
      pos = p;
    },
    eof: () => pos >= input.length,
  };
  // seek-bzip allocates its small tables with `new Buffer(n)` (zero-filled since Node 8): keep Node's
  // DEP0005 notice, meant for application code, out of the scan output.
  const quiet = process.noDeprecation;
  process.noDeprecation = true;
  try {
    bz.decode(stream as unknown as Uint8Array, { writeByte: (b: number) => out.push(b) }, true);
  } finally {
    process.noDeprecation = quiet;
  }
}

async function unxz(input: Uint8Array, out: BoundedOutput): Promise<boolean> {
  const { XzReadableStream } = (await import('xz-decompress')) as typeof import('xz-decompress');
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      // Copy: the wasm side may transfer or keep the chunk.
      controller.enqueue(Uint8Array.prototype.slice.call(input));
      controller.close();
    },
  });
  const reader = new XzReadableStream(source).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      if (out.length + value.length > out.limit) {
        out.pushAll(value.subarray(0, out.limit - out.length));
        return true;
      }
      out.pushAll(value);
    }
  } finally {
    void reader.cancel().catch(() => {});
  }
}

import { createGunzip, createInflate } from 'node:zlib';
import type { Transform } from 'node:stream';
import type { ByteSource } from '../../core/source.js';

/** What a bounded decompression produced. */
export interface Decompressed {
  bytes: Uint8Array;
  /** The stream is corrupt or truncated: `bytes` is what came out before the damage. */
  error?: string;
  /** Output went past the limit: `bytes` holds the first `limit` bytes. */
  overLimit: boolean;
}

const CHUNK = 1024 * 1024;

/**
 * Feeds source[start..] through a node:zlib transform, reading the input chunk
 * by chunk and keeping at most `limit` output bytes: a bomb stops as soon as it
 * passes the limit, and a damaged stream keeps what it produced before the damage.
 */
export function pumpZlib(kind: 'gzip' | 'zlib', source: ByteSource, start: number, limit: number): Promise<Decompressed> {
  const stream: Transform = kind === 'gzip' ? createGunzip() : createInflate();
  return new Promise((resolve) => {
    const chunks: Uint8Array[] = [];
    let length = 0;
    let done = false;
    let overLimit = false;
    let error: string | undefined;
    const finish = (): void => {
      if (done) return;
      done = true;
      stream.destroy();
      resolve({ bytes: Buffer.concat(chunks, length), overLimit, ...(error !== undefined ? { error } : {}) });
    };
    stream.on('data', (chunk: Buffer) => {
      if (done) return;
      const n = Math.min(chunk.length, limit - length);
      if (n > 0) chunks.push(chunk.subarray(0, n));
      length += n;
      if (chunk.length > n) {
        overLimit = true;
        finish();
      }
    });
    stream.on('error', (e: Error) => {
      error = e.message;
      finish();
    });
    stream.on('end', finish);
    let pos = start;
    const feed = (): void => {
      while (!done && pos < source.size) {
        const chunk = source.read(pos, Math.min(CHUNK, source.size - pos));
        if (chunk.length === 0) break;
        pos += chunk.length;
        if (!stream.write(chunk)) {
          stream.once('drain', feed);
          return;
        }
      }
      if (!done) stream.end();
    };
    feed();
  });
}

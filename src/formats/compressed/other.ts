import type { Compression } from './index.js';
import type { Decompressed } from './node-zlib.js';

/** Decoders that need a library, loaded on first use. */
export async function decompressOther(kind: Compression, input: Uint8Array, limit: number): Promise<Decompressed | string> {
  void input;
  void limit;
  return `no ${kind} decoder is available`;
}

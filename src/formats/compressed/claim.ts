import { builtin } from '../../core/builtin.js';
import type { FormatScanner, Probe } from '../../core/scanner.js';

/** node:zlib, loaded the first time a head starts like zlib (a plain run does not pay for it). */
const zlib = (): typeof import('node:zlib') => builtin<typeof import('node:zlib')>('node:zlib');

export type Compression = 'gzip' | 'zlib' | 'bz2' | 'xz' | 'lzma' | 'lz4' | 'joblib-zfile';

/** joblib < 0.10: `ZF`, the uncompressed length in hex padded to 19 characters, then a zlib stream. */
export const ZFILE_HEADER = 2 + 19;

/** The compression of a stream from its first bytes, or undefined. */
export function detectCompression(head: Uint8Array, whole = false): Compression | undefined {
  const b = head;
  if (b.length < 4) return undefined;
  if (b[0] === 0x1f && b[1] === 0x8b && b[2] === 0x08 && (b[3]! & 0xe0) === 0) return 'gzip';
  if (b[0] === 0x42 && b[1] === 0x5a && b[2] === 0x68 && b[3]! >= 0x31 && b[3]! <= 0x39 && b.length >= 10) {
    // "BZh1".."BZh9" then a block (pi) or end-of-stream (sqrt pi) magic.
    const m = Buffer.from(b.subarray(4, 10)).toString('hex');
    if (m === '314159265359' || m === '177245385090') return 'bz2';
  }
  if (b.length >= 6 && b[0] === 0xfd && b[1] === 0x37 && b[2] === 0x7a && b[3] === 0x58 && b[4] === 0x5a && b[5] === 0x00) return 'xz';
  if (b[0] === 0x04 && b[1] === 0x22 && b[2] === 0x4d && b[3] === 0x18) return 'lz4';
  if (b.length >= 13 && b[0] === 0x5d && b[1] === 0x00 && looksLikeLzmaAlone(b)) return 'lzma';
  if (b[0] === 0x5a && b[1] === 0x46 && b.length >= ZFILE_HEADER && /^0x[0-9a-f]+ *$/.test(Buffer.from(b.subarray(2, ZFILE_HEADER)).toString('latin1'))) {
    return 'joblib-zfile';
  }
  if (b[0] === 0x78 && ((b[0]! << 8) | b[1]!) % 31 === 0 && (b[1]! & 0x20) === 0 && inflatesCleanly(b, whole)) return 'zlib';
  return undefined;
}

/** LZMA-alone header: properties byte 0x5d (lc=3 lp=0 pb=2, what every encoder writes), dictionary size, uncompressed size. */
function looksLikeLzmaAlone(b: Uint8Array): boolean {
  const dict = Buffer.from(b.subarray(1, 5)).readUInt32LE(0);
  // Dictionary sizes are 2^n or 2^n + 2^(n-1) (xz, 7-Zip, Python's lzma).
  let ok = false;
  for (let n = 12; n <= 30 && !ok; n++) ok = dict === 2 ** n || dict === 2 ** n + 2 ** (n - 1);
  if (!ok) return false;
  const hi = Buffer.from(b.subarray(9, 13)).readUInt32LE(0);
  // Unknown size (all ones, what joblib's streaming writer leaves), or one below 2^40.
  return hi === 0xffffffff ? Buffer.from(b.subarray(5, 9)).readUInt32LE(0) === 0xffffffff : hi < 256;
}

/**
 * `0x78` is also the letter x: a zlib claim needs the head to inflate without
 * error, and a file that fits in the head to be one complete stream.
 */
function inflatesCleanly(head: Uint8Array, whole: boolean): boolean {
  const { inflateSync, constants: zc } = zlib();
  try {
    inflateSync(head, { ...(whole ? {} : { finishFlush: zc.Z_SYNC_FLUSH }), maxOutputLength: 1 << 20 });
    return true;
  } catch (error) {
    // Output past the probe limit still means the head is valid zlib.
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return true;
  }
  if (!whole) return false;
  // A cut-off stream that starts a pickle: joblib.load would run it up to the cut.
  try {
    const partial = inflateSync(head, { finishFlush: zc.Z_SYNC_FLUSH, maxOutputLength: 1 << 20 });
    return partial.length >= 2 && partial[0] === 0x80 && partial[1]! <= 5;
  } catch {
    return false;
  }
}

/** What routing needs of the compressed-stream scanner (index.ts adds the scan, loaded on first use). */
export const compressedClaim = {
  id: 'compressed',
  name: 'Compressed stream (gzip, zlib, bzip2, xz, lzma, LZ4, joblib)',
  extensions: ['.gz', '.tgz', '.bz2', '.xz', '.lzma', '.lz4', '.z'],
  claim: (probe: Probe): 'magic' | false => (detectCompression(probe.head, probe.head.length === probe.size) ? 'magic' : false),
} satisfies Omit<FormatScanner, 'scan'>;

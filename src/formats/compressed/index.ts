import { type FormatScanner, type Probe, type ScanContext, PROBE_HEAD_BYTES } from '../../core/scanner.js';
import { type ByteSource, BufferSource } from '../../core/source.js';
import { type Decompressed, pumpZlib } from './node-zlib.js';
import { inflateSync, constants as zc } from 'node:zlib';

/**
 * Single-stream compressed files: gzip, zlib, bzip2, xz, lzma (LZMA-alone), LZ4
 * frames, and joblib's pre-0.10 "ZF" files. These are how `joblib.dump(compress=…)`
 * writes models (joblib picks the decompressor from these same magic numbers,
 * whatever the file is called), and how .tar.gz/.tar.bz2/.tar.xz archives are
 * made. The output, bounded by `maxMemberBytes`, is routed by content like a
 * file of its own; it is never written to disk.
 */

export type Compression = 'gzip' | 'zlib' | 'bz2' | 'xz' | 'lzma' | 'lz4' | 'joblib-zfile';

/** joblib < 0.10: `ZF`, the uncompressed length in hex padded to 19 characters, then a zlib stream. */
const ZFILE_HEADER = 2 + 19;

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

const EXTENSION: Record<string, string> = {
  '.gz': '', '.gzip': '', '.z': '', '.zlib': '', '.bz2': '', '.bz': '', '.xz': '', '.lzma': '', '.lz4': '',
  '.tgz': '.tar', '.tbz': '.tar', '.tbz2': '.tar', '.txz': '.tar',
};

/** Name of the decompressed content: the file name without its compression extension. */
export function innerName(outerPath: string, kind: Compression): string {
  const base = outerPath.slice(outerPath.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  if (dot > 0) {
    const ext = base.slice(dot).toLowerCase();
    const replacement = EXTENSION[ext];
    if (replacement !== undefined) return base.slice(0, dot) + replacement;
  }
  return `[${kind} content]`;
}

const NAMES: Record<Compression, string> = {
  gzip: 'gzip', zlib: 'zlib', bz2: 'bzip2', xz: 'xz', lzma: 'lzma', lz4: 'LZ4 frame', 'joblib-zfile': 'joblib ZF (zlib)',
};

async function decompress(kind: Compression, source: ByteSource, limit: number, maxInput: number): Promise<Decompressed | string> {
  switch (kind) {
    case 'gzip':
    case 'zlib':
      return pumpZlib(kind, source, 0, limit);
    case 'joblib-zfile': {
      // joblib skips one extra space (a Python 2 writer made the header one character wider).
      const next = source.read(ZFILE_HEADER, 1);
      return pumpZlib('zlib', source, ZFILE_HEADER + (next[0] === 0x20 ? 1 : 0), limit);
    }
    default: {
      if (source.size > maxInput) {
        return `the compressed stream has ${source.size} bytes, more than the limit of ${maxInput} bytes (limit maxMemberBytes)`;
      }
      const { decompressOther } = await import('./other.js');
      return decompressOther(kind, source.read(0, source.size), limit);
    }
  }
}

async function scan(ctx: ScanContext): Promise<void> {
  const { source, limits } = ctx;
  const head = source.read(0, PROBE_HEAD_BYTES);
  const kind = detectCompression(head, head.length === source.size);
  if (!kind) {
    ctx.incomplete('not a recognised compressed stream');
    return;
  }
  // Per file on disk, all formats and levels together (ctx.budget is owned by the core).
  const budget = ctx.budget;
  const limit = Math.max(0, Math.min(limits.maxMemberBytes, budget.inflateLeft));
  let result: Decompressed | string;
  try {
    result = await decompress(kind, source, limit, limits.maxMemberBytes);
  } catch (error) {
    result = `the ${NAMES[kind]} decoder failed: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (typeof result === 'string') {
    ctx.incomplete(result);
    return;
  }
  budget.inflated += result.bytes.length;
  if (result.overLimit) {
    const which = limit < limits.maxMemberBytes ? `${limits.maxTotalInflatedBytes} bytes for the whole file (limit maxTotalInflatedBytes)` : `${limits.maxMemberBytes} bytes (limit maxMemberBytes)`;
    ctx.incomplete(`the ${NAMES[kind]} stream decompresses to more than ${which}; only the first ${result.bytes.length} bytes were scanned`);
  } else if (result.error !== undefined) {
    ctx.incomplete(`the ${NAMES[kind]} stream is damaged or truncated (${result.error}); the ${result.bytes.length} bytes before the damage were scanned`);
  }
  if (result.bytes.length === 0) return;
  const inner = new BufferSource(result.bytes);
  const name = innerName(ctx.member ?? ctx.file, kind);
  const taken = await ctx.scanNested(inner, name);
  if (taken === undefined && (kind === 'zlib' || kind === 'joblib-zfile')) {
    // joblib.load unpickles whatever a zlib/ZF file holds.
    ctx.incomplete(`the decompressed ${NAMES[kind]} content is not recognisable (joblib.load would unpickle it)`);
  }
}

function claim(probe: Probe): 'magic' | false {
  return detectCompression(probe.head, probe.head.length === probe.size) ? 'magic' : false;
}

export const compressedScanner: FormatScanner = {
  id: 'compressed',
  name: 'Compressed stream (gzip, zlib, bzip2, xz, lzma, LZ4, joblib)',
  extensions: ['.gz', '.tgz', '.bz2', '.xz', '.lzma', '.lz4', '.z'],
  claim,
  scan,
};

import { type FormatScanner, type ScanContext, PROBE_HEAD_BYTES } from '../../core/scanner.js';
import { type ByteSource, BufferSource } from '../../core/source.js';
import { type Decompressed, pumpZlib } from './node-zlib.js';
import { type Compression, ZFILE_HEADER, compressedClaim, detectCompression } from './claim.js';

export { type Compression, detectCompression } from './claim.js';

/**
 * Single-stream compressed files: gzip, zlib, bzip2, xz, lzma (LZMA-alone), LZ4
 * frames, and joblib's pre-0.10 "ZF" files. These are how `joblib.dump(compress=…)`
 * writes models (joblib picks the decompressor from these same magic numbers,
 * whatever the file is called), and how .tar.gz/.tar.bz2/.tar.xz archives are
 * made. The output, bounded by `maxMemberBytes`, is routed by content like a
 * file of its own; it is never written to disk.
 */

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

export const compressedScanner: FormatScanner = { ...compressedClaim, scan };

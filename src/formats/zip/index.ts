import type { FormatScanner, ScanContext } from '../../core/scanner.js';
import { type ByteSource, BufferSource, SliceSource } from '../../core/source.js';
import { pickleClaim } from '../pickle/claim.js';
import { UnsafePaths, memberPathProblem } from '../archive-paths.js';
import {
  FLAG_ENCRYPTED,
  FLAG_STRONG_ENCRYPTION,
  METHOD_DEFLATE,
  METHOD_STORED,
  type ZipDirectory,
  type ZipEntry,
  readLocalHeader,
} from './reader.js';
import { directoryOf, pytorchZipClaim, torchPrefixes, zipClaim } from './claim.js';

export * from './reader.js';
export { torchPrefixes } from './claim.js';

/**
 * Zip archives: PyTorch checkpoints (torch.save since 1.6, TorchScript), NumPy
 * .npz, Keras v3 .keras, plain .zip. Every member is routed by its content;
 * tensor storages of a PyTorch checkpoint are never read.
 */

/** Member name shown for bytes that precede the archive (polyglots, self-extractors). */
export const PREFIX_MEMBER = '[bytes before the zip archive]';

const METHOD_NAMES: Record<number, string> = {
  1: 'shrink',
  6: 'implode',
  9: 'deflate64',
  12: 'bzip2',
  14: 'lzma',
  93: 'zstd',
  95: 'xz',
  98: 'ppmd',
  99: 'AES encryption',
};

const STORAGE_RE = /^([^/]+)\/data\/\d+$/;

/** A tensor storage of a torch checkpoint: raw bytes torch never unpickles. */
export function isTensorStorage(name: string, prefixes: ReadonlySet<string>): boolean {
  const m = STORAGE_RE.exec(name);
  return m !== null && prefixes.has(m[1]!);
}

/** Members torch always unpickles, whatever their bytes look like. */
function isTorchPickle(name: string, prefixes: ReadonlySet<string>): boolean {
  const m = /^([^/]+)\/(data|constants)\.pkl$/.exec(name);
  return m !== null && prefixes.has(m[1]!);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function scanZip(ctx: ScanContext): Promise<void> {
  const { source, limits } = ctx;
  let dir: ZipDirectory;
  try {
    dir = directoryOf(source, limits.maxMembers);
  } catch (error) {
    ctx.incomplete(`not a readable zip archive: ${describe(error)}`);
    return;
  }
  // Bytes inflated and members routed are counted per file on disk by the core (ctx.budget), whatever
  // the nesting: a zip in a gzip in a zip draws on the same budget (overlapping-entry and nested bombs).
  const budget = ctx.budget;

  // Bytes before the archive are what a loader reading from offset 0 sees (pickle + zip polyglot).
  if (dir.archiveStart > 0) {
    const prefix = new SliceSource(source, 0, Math.min(dir.archiveStart, source.size));
    await ctx.scanNested(prefix, PREFIX_MEMBER);
  }

  const unsafe = new UnsafePaths();
  for (const entry of dir.entries) unsafe.add(entry.name, memberPathProblem(entry.name));
  unsafe.report(ctx, 'zip');

  const prefixes = torchPrefixes(dir.entries);
  const seen = new Set<string>();
  for (const entry of dir.entries) {
    if (entry.isDirectory) continue;
    // Tensor data: never read (a STORED 2 GB storage costs nothing).
    if (isTensorStorage(entry.name, prefixes)) continue;
    // The same member listed by both central directories (see readZipDirectory) is scanned once.
    const key = `${entry.localHeaderOffset + entry.shift}\u0000${entry.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ctx.checkBudget();
    if (++budget.members > limits.maxMembers) {
      if (!budget.reported.has('maxMembers')) {
        budget.reported.add('maxMembers');
        ctx.incomplete(
          `more than ${limits.maxMembers} archive members in this file (nested archives included); the rest were not examined (limit maxMembers)`,
        );
      }
      break;
    }
    await scanEntry(ctx, entry, isTorchPickle(entry.name, prefixes));
  }

  if (dir.error) ctx.incomplete(`damaged zip central directory (${dir.error}); ${dir.entries.length} entries were examined`);
  if (dir.truncatedAtLimit) {
    ctx.incomplete(`the archive has more than ${limits.maxMembers} members; only the first ${limits.maxMembers} were examined (limit maxMembers)`);
  }
}

async function scanEntry(ctx: ScanContext, entry: ZipEntry, mustBePickle: boolean): Promise<void> {
  const { limits, budget } = ctx;
  const name = entry.name;
  if (!Number.isFinite(entry.compressedSize) || !Number.isFinite(entry.uncompressedSize) || !Number.isFinite(entry.localHeaderOffset)) {
    ctx.incomplete(`member "${name}" has impossible zip64 sizes or offset`);
    return;
  }
  let data;
  try {
    data = readLocalHeader(ctx.source, entry);
  } catch (error) {
    ctx.incomplete(`member "${name}": ${describe(error)}`);
    return;
  }
  const truncated = data.available < entry.compressedSize;

  let member: ByteSource;
  if (entry.method === METHOD_STORED) {
    // No copy: a window on the file. Its size is what the directory says (miniz trusts it).
    member = new SliceSource(ctx.source, data.dataOffset, data.available);
    if (truncated) {
      ctx.incomplete(`member "${name}" is truncated: ${data.available} of ${entry.compressedSize} bytes are present`);
    }
  } else if (entry.method === METHOD_DEFLATE) {
    const usize = entry.uncompressedSize;
    if (usize > limits.maxMemberBytes) {
      ctx.incomplete(
        `member "${name}" would inflate to ${usize} bytes, more than the limit of ${limits.maxMemberBytes} bytes (limit maxMemberBytes)`,
      );
      return;
    }
    if (budget.inflated + usize > limits.maxTotalInflatedBytes) {
      ctx.incomplete(
        `member "${name}" would bring the bytes inflated for this file to ${budget.inflated + usize}, more than the limit of ` +
          `${limits.maxTotalInflatedBytes} bytes (limit maxTotalInflatedBytes)`,
      );
      return;
    }
    // The compressed bytes are read into memory too (empty stored blocks can pad a stream at will).
    if (entry.compressedSize > limits.maxMemberBytes) {
      ctx.incomplete(
        `member "${name}" has ${entry.compressedSize} compressed bytes, more than the limit of ${limits.maxMemberBytes} bytes (limit maxMemberBytes)`,
      );
      return;
    }
    budget.inflated += usize;
    const raw = ctx.source.read(data.dataOffset, data.available);
    const inflated = await inflateBounded(raw, usize);
    if (inflated.error !== undefined || truncated) {
      const why = truncated
        ? `is truncated (${data.available} of ${entry.compressedSize} compressed bytes present)`
        : `could not be inflated (${inflated.error})`;
      const enc = entry.flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION) ? ' and is marked as encrypted' : '';
      ctx.incomplete(`member "${name}" ${why}${enc}; ${inflated.bytes.length} bytes were recovered and scanned`);
    }
    member = new BufferSource(inflated.bytes);
  } else {
    const method = METHOD_NAMES[entry.method] ?? 'unknown';
    ctx.incomplete(`member "${name}" uses compression method ${entry.method} (${method}), which the scanner cannot read`);
    return;
  }

  const takenBy = await ctx.scanNested(member, name);
  if (mustBePickle && takenBy !== pickleClaim.id) {
    // torch.load unpickles this member whatever its first bytes look like.
    ctx.incomplete(
      takenBy === undefined
        ? `member "${name}" is unpickled by torch.load but is not recognisable as a pickle`
        : `member "${name}" is unpickled by torch.load but its bytes were read as ${takenBy}, not as a pickle`,
    );
  } else if (takenBy === undefined && entry.flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) {
    // miniz reads flagged entries as plain data; if nothing recognises the bytes they may really be encrypted.
    ctx.incomplete(`member "${name}" is marked as encrypted and its content is not recognised`);
  }
}

/**
 * Inflates at most `size` bytes (the declared size: the output buffer is
 * allocated once, never grown). On a corrupt or truncated stream, returns what
 * could be inflated before the damage: a loader that reads the member
 * incrementally (Python's zipfile under pickle.load) runs a payload at the start
 * of a broken stream before it notices.
 */
export async function inflateBounded(raw: Uint8Array, size: number): Promise<{ bytes: Uint8Array; error?: string }> {
  // fflate builds its tables when it loads: only once a deflated member is met.
  const { inflateSync } = await (fflate ??= import('fflate'));
  try {
    return { bytes: inflateSync(raw, { out: new Uint8Array(size) }) };
  } catch (error) {
    return { bytes: await inflatePartial(raw, size), error: describe(error) };
  }
}

let fflate: Promise<typeof import('fflate')> | undefined;

/** Streaming inflate that keeps the output produced before an error (node:zlib emits it chunk by chunk). */
async function inflatePartial(raw: Uint8Array, size: number): Promise<Uint8Array> {
  const { createInflateRaw } = await import('node:zlib');
  return new Promise((resolve) => {
    const out = new Uint8Array(size);
    let length = 0;
    let done = false;
    const stream = createInflateRaw();
    const finish = (): void => {
      if (done) return;
      done = true;
      stream.destroy();
      resolve(out.subarray(0, length));
    };
    stream.on('data', (chunk: Buffer) => {
      const n = Math.min(chunk.length, size - length);
      out.set(chunk.subarray(0, n), length);
      length += n;
      if (length >= size) finish();
    });
    stream.on('error', finish);
    stream.on('end', finish);
    stream.on('close', finish);
    stream.end(raw);
  });
}

/** PyTorch checkpoints in zip form (torch.save since 1.6, TorchScript archives). */
export const pytorchZipScanner: FormatScanner = {
  ...pytorchZipClaim,
  scan: scanZip,
};

/** Any other zip: .npz, .keras, .nemo, plain .zip. */
export const zipScanner: FormatScanner = {
  ...zipClaim,
  scan: scanZip,
};

import type { ByteSource } from '../../core/source.js';

/**
 * A zip reader over positioned reads. It reads the end-of-central-directory
 * record, the zip64 locator/record, the central directory and, per entry, the
 * entry's own local header: never the entry data unless asked.
 *
 * It is as lenient as PyTorch's miniz reader (the loader we must not disagree
 * with): CRCs are not checked, the encryption/patch flag bits do not stop it,
 * a local name that differs from the central one is noted and the central
 * name is used. Structural damage is reported as text (`problems`, `error`),
 * never thrown past `readZipDirectory`.
 */

export const SIG_LOCAL = 0x04034b50;
export const SIG_CENTRAL = 0x02014b50;
export const SIG_EOCD = 0x06054b50;
export const SIG_ZIP64_EOCD = 0x06064b50;
export const SIG_ZIP64_LOCATOR = 0x07064b50;

const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_EOCD_MIN = 56;
const MAX_COMMENT = 0xffff;
const U32_MAX = 0xffffffff;
const U16_MAX = 0xffff;

/** General-purpose flag bits that make Python's zipfile refuse an entry (miniz/torch ignore them). */
export const FLAG_ENCRYPTED = 0x0001;
export const FLAG_DATA_DESCRIPTOR = 0x0008;
export const FLAG_PATCHED = 0x0020;
export const FLAG_STRONG_ENCRYPTION = 0x0040;
export const FLAG_UTF8 = 0x0800;

export const METHOD_STORED = 0;
export const METHOD_DEFLATE = 8;

export interface ZipEntry {
  /** Position in the central directory, from 0. */
  index: number;
  /** Name from the central directory (what miniz/torch look records up by). */
  name: string;
  flags: number;
  method: number;
  crc32: number;
  /** Sizes and offset after zip64 extra fields; NaN when the value cannot be represented. */
  compressedSize: number;
  uncompressedSize: number;
  /** Local header offset as written in the archive (before any prefix shift). */
  localHeaderOffset: number;
  /** Added to localHeaderOffset to find the header in the source (bytes prepended to the archive). */
  shift: number;
  /** Read from the second central directory (see DirectoryLayout.alternate), not the declared one. */
  fromAlternateDirectory?: boolean;
  /** True when any field came from a zip64 extra field. */
  zip64: boolean;
  /** Name ends with "/" and has no data. */
  isDirectory: boolean;
  /** Oddities that loaders tolerate but that are worth noting (zip64 extra missing, ...). */
  problems: string[];
}

export interface ZipDirectory {
  entries: ZipEntry[];
  /** Offset of the end-of-central-directory record. */
  eocdOffset: number;
  /** Absolute offset of the central directory in the source. */
  centralDirectoryOffset: number;
  centralDirectorySize: number;
  /** Entry count the end records declare. */
  declaredEntries: number;
  /** A zip64 end record was found and used. */
  zip64: boolean;
  /**
   * Bytes prepended to the archive (self-extractor, polyglot): offsets in the
   * archive are relative to this position.
   */
  shift: number;
  /** Offset of the first byte that belongs to the archive (lowest local header, or the directory). */
  archiveStart: number;
  /** Non-fatal oddities in the directory. */
  problems: string[];
  /** When set, the directory could not be read to its end: entries holds what was read. */
  error?: string;
  /** True when reading stopped at maxMembers (more entries exist). */
  truncatedAtLimit: boolean;
}

/** Where an entry's data lives, after reading its local header. */
export interface ZipEntryData {
  /** Absolute offset of the first data byte in the source. */
  dataOffset: number;
  /** Name in the local header (may differ from the central directory name). */
  localName: string;
  /** Local name differs from the central name (tolerated by miniz/torch). */
  nameMismatch: boolean;
  /** Bytes of entry data present in the source (may be less than compressedSize if truncated). */
  available: number;
}

export class ZipFormatError extends Error {}

export interface ReadDirectoryOptions {
  /** Stop after this many entries (the result says truncatedAtLimit). */
  maxMembers?: number;
}

const decoderUtf8 = new TextDecoder('utf-8', { fatal: false });
const decoderLatin1 = new TextDecoder('latin1');

function u16(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}

function u32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}

/** A little-endian u64 as a number, or NaN beyond 2^53 (no real file is that large). */
function u64(b: Uint8Array, o: number): number {
  const lo = u32(b, o);
  const hi = u32(b, o + 4);
  if (hi >= 0x200000) return NaN;
  return hi * 0x100000000 + lo;
}

function decodeName(bytes: Uint8Array, flags: number): string {
  if (flags & FLAG_UTF8) return decoderUtf8.decode(bytes);
  // Without the UTF-8 flag the spec says CP437; ASCII names (all real models) decode the same.
  // Bytes >= 0x80 are shown as UTF-8 when valid (what most writers meant), else Latin-1.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decoderLatin1.decode(bytes);
  }
}

function readExact(source: ByteSource, offset: number, length: number): Uint8Array | undefined {
  if (offset < 0 || !Number.isFinite(offset) || offset + length > source.size) return undefined;
  const bytes = source.read(offset, length);
  return bytes.length === length ? bytes : undefined;
}

/** True when the bytes start with a local file header signature. */
export function startsWithLocalHeader(head: Uint8Array): boolean {
  return head.length >= 4 && u32(head, 0) === SIG_LOCAL;
}

/**
 * Offsets (relative to `tail`) of every EOCD signature in the tail whose fixed
 * part fits, last first. The real record is normally the last one; earlier ones
 * can be data or a comment.
 */
export function eocdCandidates(tail: Uint8Array): number[] {
  const found: number[] = [];
  const lowest = Math.max(0, tail.length - EOCD_SIZE - MAX_COMMENT);
  // lastIndexOf finds each "P" natively: a byte loop over 64 KiB runs cold (interpreted) on every claim.
  for (let i = tail.length - EOCD_SIZE; i >= lowest; i--) {
    i = tail.lastIndexOf(0x50, i);
    if (i < lowest) break;
    if (tail[i + 1] === 0x4b && tail[i + 2] === 0x05 && tail[i + 3] === 0x06) found.push(i);
  }
  return found;
}

/** Quick structural test used to claim a source: an EOCD whose directory starts with a central header. */
export function looksLikeZip(source: ByteSource, head: Uint8Array, tail: Uint8Array): boolean {
  if (startsWithLocalHeader(head)) return true;
  const tailStart = source.size - tail.length;
  for (const rel of eocdCandidates(tail)) {
    try {
      const layout = locateDirectory(source, tailStart + rel);
      if (layout.size === 0 && layout.count === 0) continue; // an empty archive hides nothing
      if (layout.size >= 4 && hasSignatureAt(source, layout.offset, SIG_CENTRAL)) return true;
    } catch {
      // not this candidate
    }
  }
  return false;
}

function hasSignatureAt(source: ByteSource, offset: number, sig: number): boolean {
  const b = readExact(source, offset, 4);
  return b !== undefined && u32(b, 0) === sig;
}

interface DirectoryLayout {
  /** Absolute offset of the central directory. */
  offset: number;
  size: number;
  count: number;
  zip64: boolean;
  shift: number;
  problems: string[];
  /**
   * A second directory at the position Python's zipfile uses (right before the
   * end records) when it differs from the declared offset miniz/torch use.
   */
  alternate?: { offset: number; shift: number };
}

/**
 * From an EOCD record at `eocdOffset`: where the central directory is. Handles
 * the zip64 locator/record and archives with bytes prepended (offsets relative
 * to the archive start, as `cat prefix archive.zip` produces).
 */
function locateDirectory(source: ByteSource, eocdOffset: number): DirectoryLayout {
  const eocd = readExact(source, eocdOffset, EOCD_SIZE);
  if (!eocd || u32(eocd, 0) !== SIG_EOCD) throw new ZipFormatError(`no end-of-central-directory record at offset ${eocdOffset}`);
  const problems: string[] = [];
  let count = u16(eocd, 10);
  let size = u32(eocd, 12);
  let offset = u32(eocd, 16);
  let zip64 = false;
  let recordEnd = eocdOffset; // the directory ends where the next end record starts

  const locatorOffset = eocdOffset - ZIP64_LOCATOR_SIZE;
  const locator = locatorOffset >= 0 ? readExact(source, locatorOffset, ZIP64_LOCATOR_SIZE) : undefined;
  if (locator && u32(locator, 0) === SIG_ZIP64_LOCATOR) {
    const recordOffsetDeclared = u64(locator, 8);
    // The record normally sits right before the locator; with prepended bytes its declared offset is shifted.
    const candidates = [recordOffsetDeclared, locatorOffset - ZIP64_EOCD_MIN];
    let record: Uint8Array | undefined;
    let recordOffset = NaN;
    for (const c of candidates) {
      if (!Number.isFinite(c)) continue;
      const r = readExact(source, c, ZIP64_EOCD_MIN);
      if (r && u32(r, 0) === SIG_ZIP64_EOCD) {
        record = r;
        recordOffset = c;
        break;
      }
    }
    if (record) {
      zip64 = true;
      recordEnd = recordOffset;
      const count64 = u64(record, 32);
      const size64 = u64(record, 40);
      const offset64 = u64(record, 48);
      if (!Number.isFinite(count64) || !Number.isFinite(size64) || !Number.isFinite(offset64)) {
        throw new ZipFormatError('the zip64 end record holds impossible sizes (beyond 2^53 bytes)');
      }
      // Prefer the 64-bit values wherever the 32-bit ones are saturated, like every reader.
      if (count === U16_MAX || count !== count64) count = count64;
      if (size === U32_MAX || size !== size64) size = size64;
      if (offset === U32_MAX || offset !== offset64) offset = offset64;
    } else {
      problems.push('zip64 locator present but its end record was not found; using the 32-bit end record');
    }
  }

  // Where the directory must start if it directly precedes the end record(s): Python's zipfile
  // always reads it there (and shifts every offset by the difference); miniz/torch trust the
  // declared offset. When both places hold a directory, both are read.
  const expected = recordEnd - size;
  let shift = 0;
  let alternate: DirectoryLayout['alternate'];
  const expectedValid = offset !== expected && expected >= 0 && expected + size <= source.size && hasSignatureAt(source, expected, SIG_CENTRAL);
  if (offset !== expected && offset + size <= source.size && hasSignatureAt(source, offset, SIG_CENTRAL)) {
    if (expectedValid) alternate = { offset: expected, shift: expected - offset };
  } else if (offset !== expected && expected >= 0 && expected > offset) {
    shift = expected - offset;
    offset = expected;
  }
  if (offset + size > source.size) {
    throw new ZipFormatError(
      `central directory (offset ${offset}, ${size} bytes) extends beyond the end of the file (${source.size} bytes)`,
    );
  }
  const layout: DirectoryLayout = { offset, size, count, zip64, shift, problems };
  if (alternate) layout.alternate = alternate;
  return layout;
}

/** Reads ranges of the central directory in blocks, so a big directory costs few reads. */
class Window {
  private start = 0;
  private bytes: Uint8Array = new Uint8Array(0);
  constructor(
    private readonly source: ByteSource,
    private readonly end: number,
  ) {}

  /** `length` bytes at `offset`, or undefined when they pass the directory end. */
  get(offset: number, length: number): Uint8Array | undefined {
    if (offset + length > this.end) return undefined;
    if (offset < this.start || offset + length > this.start + this.bytes.length) {
      const want = Math.min(this.end - offset, Math.max(length, 1 << 20));
      this.bytes = this.source.read(offset, want);
      this.start = offset;
      if (this.bytes.length < length) return undefined;
    }
    return this.bytes.subarray(offset - this.start, offset - this.start + length);
  }
}

/**
 * Finds and reads the central directory. Throws ZipFormatError only when no
 * directory can be located at all; damage further in is reported in `error`
 * with the entries read so far.
 */
export function readZipDirectory(source: ByteSource, options: ReadDirectoryOptions = {}): ZipDirectory {
  const maxMembers = options.maxMembers ?? Number.POSITIVE_INFINITY;
  if (source.size < EOCD_SIZE) throw new ZipFormatError(`too small to be a zip archive (${source.size} bytes)`);
  const tailStart = Math.max(0, source.size - (EOCD_SIZE + MAX_COMMENT));
  const tail = source.read(tailStart, source.size - tailStart);
  const candidates = eocdCandidates(tail);
  if (candidates.length === 0) throw new ZipFormatError('no end-of-central-directory record in the last 64 KiB (truncated or not a zip)');

  // The last candidate whose directory is where it says wins; else the last one that parses at all.
  let chosen: { eocdOffset: number; layout: DirectoryLayout } | undefined;
  let firstError: unknown;
  for (const rel of candidates) {
    const eocdOffset = tailStart + rel;
    try {
      const layout = locateDirectory(source, eocdOffset);
      const ok = layout.size === 0 || hasSignatureAt(source, layout.offset, SIG_CENTRAL);
      if (ok) {
        chosen = { eocdOffset, layout };
        break;
      }
      chosen ??= { eocdOffset, layout };
    } catch (error) {
      firstError ??= error;
    }
  }
  if (!chosen) throw firstError instanceof Error ? firstError : new ZipFormatError(String(firstError));

  const { eocdOffset, layout } = chosen;
  const dir: ZipDirectory = {
    entries: [],
    eocdOffset,
    centralDirectoryOffset: layout.offset,
    centralDirectorySize: layout.size,
    declaredEntries: layout.count,
    zip64: layout.zip64,
    shift: layout.shift,
    archiveStart: layout.offset,
    problems: [...layout.problems],
    truncatedAtLimit: false,
  };
  if (layout.shift > 0) dir.problems.push(`${layout.shift} bytes precede the archive`);

  walkDirectory(source, dir, layout.offset, layout.size, layout.shift, maxMembers, false);
  const primaryCount = dir.entries.length;
  if (layout.alternate && !dir.error) {
    dir.problems.push(
      `a second central directory at offset ${layout.alternate.offset} (where Python's zipfile reads it) differs from the declared one at ${layout.offset}`,
    );
    walkDirectory(source, dir, layout.alternate.offset, layout.size, layout.alternate.shift, maxMembers, true);
  }
  if (!dir.error && !dir.truncatedAtLimit && primaryCount !== dir.declaredEntries) {
    const msg = `the end record declares ${dir.declaredEntries} entries but the directory holds ${primaryCount}`;
    if (primaryCount < dir.declaredEntries) dir.error = msg;
    else dir.problems.push(msg);
  }
  let lowest = layout.offset;
  for (const e of dir.entries) {
    const abs = e.localHeaderOffset + e.shift;
    if (Number.isFinite(abs) && abs < lowest) lowest = abs;
  }
  dir.archiveStart = lowest;
  return dir;
}

function walkDirectory(
  source: ByteSource,
  dir: ZipDirectory,
  start: number,
  size: number,
  shift: number,
  maxMembers: number,
  alternate: boolean,
): void {
  const end = start + size;
  const window = new Window(source, end);
  let pos = start;
  while (pos < end) {
    if (dir.entries.length >= maxMembers) {
      dir.truncatedAtLimit = true;
      break;
    }
    const fixed = window.get(pos, CENTRAL_SIZE);
    if (!fixed) {
      // Trailing bytes shorter than a header: padding or a lying size.
      if (end - pos >= 4) dir.error = `central directory entry ${dir.entries.length} at offset ${pos} is cut short`;
      break;
    }
    if (u32(fixed, 0) !== SIG_CENTRAL) {
      dir.error = `central directory entry ${dir.entries.length} at offset ${pos} has no valid signature`;
      break;
    }
    const flags = u16(fixed, 8);
    const method = u16(fixed, 10);
    const crc32 = u32(fixed, 16);
    let compressedSize = u32(fixed, 20);
    let uncompressedSize = u32(fixed, 24);
    const nameLength = u16(fixed, 28);
    const extraLength = u16(fixed, 30);
    const commentLength = u16(fixed, 32);
    let localHeaderOffset = u32(fixed, 42);
    const variable = window.get(pos + CENTRAL_SIZE, nameLength + extraLength);
    if (!variable) {
      dir.error = `central directory entry ${dir.entries.length} at offset ${pos} runs past the end of the directory`;
      break;
    }
    const name = decodeName(variable.subarray(0, nameLength), flags);
    const problems: string[] = [];
    let zip64 = false;
    // zip64 extended information (0x0001): only the saturated fields, in this order.
    const needUsize = uncompressedSize === U32_MAX;
    const needCsize = compressedSize === U32_MAX;
    const needOffset = localHeaderOffset === U32_MAX;
    if (needUsize || needCsize || needOffset) {
      const extra = variable.subarray(nameLength);
      let found = false;
      for (let p = 0; p + 4 <= extra.length; ) {
        const id = u16(extra, p);
        const len = u16(extra, p + 2);
        const body = extra.subarray(p + 4, Math.min(extra.length, p + 4 + len));
        if (id === 0x0001) {
          found = true;
          let q = 0;
          const next = (): number => {
            if (q + 8 > body.length) {
              problems.push('zip64 extra field too short');
              q += 8;
              return NaN;
            }
            const v = u64(body, q);
            q += 8;
            return v;
          };
          if (needUsize) uncompressedSize = next();
          if (needCsize) compressedSize = next();
          if (needOffset) localHeaderOffset = next();
          zip64 = true;
          break;
        }
        p += 4 + len;
      }
      if (!found) problems.push('32-bit size or offset saturated but no zip64 extra field');
    }
    dir.entries.push({
      index: dir.entries.length,
      name,
      flags,
      method,
      crc32,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
      shift,
      ...(alternate ? { fromAlternateDirectory: true } : {}),
      zip64,
      isDirectory: name.endsWith('/') && uncompressedSize === 0,
      problems,
    });
    pos += CENTRAL_SIZE + nameLength + extraLength + commentLength;
  }
}

/**
 * Reads an entry's own local header (its name and extra lengths differ from the
 * central directory's: torch pads the local extra to 64-byte alignment).
 */
export function readLocalHeader(source: ByteSource, entry: ZipEntry): ZipEntryData {
  const offset = entry.localHeaderOffset + entry.shift;
  if (!Number.isFinite(offset)) throw new ZipFormatError(`local header offset of "${entry.name}" is not representable`);
  const fixed = readExact(source, offset, LOCAL_SIZE);
  if (!fixed) throw new ZipFormatError(`local header of "${entry.name}" at offset ${offset} is beyond the end of the file`);
  if (u32(fixed, 0) !== SIG_LOCAL) throw new ZipFormatError(`no local header signature for "${entry.name}" at offset ${offset}`);
  const nameLength = u16(fixed, 26);
  const extraLength = u16(fixed, 28);
  const nameBytes = readExact(source, offset + LOCAL_SIZE, nameLength) ?? new Uint8Array(0);
  const localName = decodeName(nameBytes, u16(fixed, 6));
  const dataOffset = offset + LOCAL_SIZE + nameLength + extraLength;
  const size = Number.isFinite(entry.compressedSize) ? entry.compressedSize : 0;
  const available = Math.max(0, Math.min(size, source.size - dataOffset));
  return { dataOffset, localName, nameMismatch: localName !== entry.name, available };
}

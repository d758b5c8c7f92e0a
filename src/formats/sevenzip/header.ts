/**
 * The 7z header: signature header, then the "next header" (plain kHeader, or
 * kEncodedHeader: a header that is itself packed, usually with LZMA), holding
 * pack info (where the packed streams are), folders (coders and how they are
 * bound), substreams (one per file with data: sizes and CRCs) and files info
 * (names, empty-stream bits, attributes). Read after 7-Zip's 7zIn.cpp and
 * DOC/7zFormat.txt; every count is checked against the bytes left before
 * anything is allocated for it, and numbers above 2^53 are refused.
 */

import { crc32 } from './crc32.js';

export const SIGNATURE = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];
export const SIGNATURE_HEADER_SIZE = 32;

/** The archive cannot be read at all (its header is unreadable, inconsistent or unsupported). */
export class SevenZipError extends Error {}

const ID = {
  end: 0x00,
  header: 0x01,
  archiveProperties: 0x02,
  additionalStreamsInfo: 0x03,
  mainStreamsInfo: 0x04,
  filesInfo: 0x05,
  packInfo: 0x06,
  unpackInfo: 0x07,
  subStreamsInfo: 0x08,
  size: 0x09,
  crc: 0x0a,
  folder: 0x0b,
  codersUnpackSize: 0x0c,
  numUnpackStream: 0x0d,
  emptyStream: 0x0e,
  emptyFile: 0x0f,
  anti: 0x10,
  name: 0x11,
  winAttributes: 0x15,
  encodedHeader: 0x17,
  dummy: 0x19,
} as const;

/** 7-Zip's own bounds on a folder (k_NumCodersStreams_in_Folder_MAX). */
const MAX_CODERS = 64;
const MAX_STREAMS = 64;
/** Longest member name kept (UTF-16 units); longer names are shortened for display. */
const MAX_NAME = 4096;

export interface StartHeader {
  version: string;
  /** Absolute offset of the next header. */
  offset: number;
  size: number;
  crc: number;
  /** The start header's own CRC does not match (7-Zip refuses such an archive). */
  crcMismatch: boolean;
}

export interface Coder {
  /** Codec id, lower-case hex ("21" is LZMA2). */
  id: string;
  numIn: number;
  numOut: number;
  props: Uint8Array;
}

export interface Folder {
  coders: Coder[];
  /** Coder input `inIndex` is fed by coder output `outIndex`. */
  bindPairs: { inIndex: number; outIndex: number }[];
  /** Coder inputs fed by packed streams, in pack-stream order. */
  packedStreams: number[];
  /** One per coder output. */
  unpackSizes: number[];
  /** CRC of the folder's final output, when stored. */
  crc: number | undefined;
  /** Index of the folder's first packed stream in the archive's pack streams. */
  firstPackStream: number;
  /** The output that is not bound to another coder: the folder's data. */
  mainOut: number;
}

export interface Substream {
  folder: number;
  size: number;
  crc: number | undefined;
}

export interface StreamsInfo {
  /** Absolute offset of each pack stream, and its size. */
  packOffsets: number[];
  packSizes: number[];
  folders: Folder[];
  /** Files' data, in order, folder after folder. */
  substreams: Substream[];
  /** Number of substreams of each folder. */
  perFolder: number[];
}

export interface FileEntry {
  /** Shortened past MAX_NAME units; `[member N]` when the archive stores no names. */
  name: string;
  hasStream: boolean;
  isDirectory: boolean;
  isAnti: boolean;
}

export interface ArchiveHeader {
  streams: StreamsInfo;
  files: FileEntry[];
  /** The archive lists more entries than were kept (limit). */
  totalFiles: number;
}

export function folderUnpackSize(folder: Folder): number {
  return folder.unpackSizes[folder.mainOut]!;
}

/** Reads the 32-byte signature header. */
export function readStartHeader(b: Uint8Array): StartHeader {
  if (b.length < SIGNATURE_HEADER_SIZE) throw new SevenZipError('the archive is shorter than its 32-byte signature header');
  if (!SIGNATURE.every((x, i) => b[i] === x)) throw new SevenZipError('no 7z signature');
  const view = new DataView(b.buffer, b.byteOffset, b.length);
  const version = `${b[6]}.${b[7]}`;
  if (b[6] !== 0) throw new SevenZipError(`unsupported 7z format version ${version}`);
  const startCrc = view.getUint32(8, true);
  const offset = u64(view, 12, 'next header offset');
  const size = u64(view, 20, 'next header size');
  const crc = view.getUint32(28, true);
  return { version, offset: SIGNATURE_HEADER_SIZE + offset, size, crc, crcMismatch: crc32(b.subarray(12, 32)) !== startCrc };
}

function u64(view: DataView, at: number, what: string): number {
  const v = view.getBigUint64(at, true);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new SevenZipError(`impossible ${what} (${v})`);
  return Number(v);
}

/** The byte stream of a header, with 7z's variable-length numbers. */
export class HeaderReader {
  pos = 0;
  constructor(private readonly b: Uint8Array) {}

  get remaining(): number {
    return this.b.length - this.pos;
  }

  byte(): number {
    if (this.pos >= this.b.length) throw new SevenZipError('the header is truncated');
    return this.b[this.pos++]!;
  }

  bytes(n: number): Uint8Array {
    if (n > this.remaining) throw new SevenZipError('the header is truncated');
    const out = this.b.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  /** 7z NUMBER: the leading one bits of the first byte say how many bytes follow (little-endian). */
  number(): number {
    const first = this.byte();
    let mask = 0x80;
    let value = 0;
    for (let i = 0; i < 8; i++) {
      if ((first & mask) === 0) {
        const high = first & (mask - 1);
        value += high * 2 ** (8 * i);
        if (value > Number.MAX_SAFE_INTEGER) throw new SevenZipError('a number in the header is too large');
        return value;
      }
      value += this.byte() * 2 ** (8 * i);
      mask >>>= 1;
    }
    if (value > Number.MAX_SAFE_INTEGER) throw new SevenZipError('a number in the header is too large');
    return value;
  }

  /** A count of things that each take at least `perItem` bytes (or bits, with perItem 1/8) of what is left. */
  count(what: string, perItem = 1): number {
    const n = this.number();
    if (n * perItem > this.remaining) throw new SevenZipError(`the header claims ${n} ${what}, more than it has room for`);
    return n;
  }

  uint32(): number {
    const b = this.bytes(4);
    return (b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24)) >>> 0;
  }

  /** A property's data: its size, then that many bytes, as a reader of its own. */
  sub(): HeaderReader {
    const size = this.number();
    return new HeaderReader(this.bytes(size));
  }

  skipData(): void {
    this.bytes(this.number());
  }

  /** `n` bits, most significant first in each byte; only the first `keep` are returned, the rest are counted. */
  bits(n: number, keep = n): { bits: Uint8Array; set: number } {
    const bytes = this.bytes(Math.ceil(n / 8));
    const bits = new Uint8Array(Math.min(n, keep));
    let set = 0;
    for (let i = 0; i < n; i++) {
      const bit = (bytes[i >>> 3]! >>> (7 - (i & 7))) & 1;
      if (i < bits.length) bits[i] = bit;
      set += bit;
    }
    return { bits, set };
  }

  /** An "all defined" byte, or a bit vector, then a UINT32 per defined item. */
  digests(n: number): (number | undefined)[] {
    const all = this.byte();
    const defined = all !== 0 ? undefined : this.bits(n).bits;
    const out: (number | undefined)[] = [];
    for (let i = 0; i < n; i++) out.push(defined && !defined[i] ? undefined : this.uint32());
    return out;
  }

  /** Skips properties until `id` (7-Zip's WaitId). */
  waitFor(id: number): void {
    for (;;) {
      const type = this.number();
      if (type === id) return;
      if (type === ID.end) throw new SevenZipError(`the header lacks property ${id}`);
      this.skipData();
    }
  }
}

function readPackInfo(r: HeaderReader): { packPos: number; packSizes: number[] } {
  const packPos = r.number();
  const n = r.count('pack streams');
  r.waitFor(ID.size);
  const packSizes: number[] = [];
  for (let i = 0; i < n; i++) packSizes.push(r.number());
  for (;;) {
    const type = r.number();
    if (type === ID.end) break;
    if (type === ID.crc) {
      r.digests(n);
      continue;
    }
    r.skipData();
  }
  return { packPos, packSizes };
}

function readFolder(r: HeaderReader): Omit<Folder, 'unpackSizes' | 'crc' | 'firstPackStream'> {
  const numCoders = r.number();
  if (numCoders < 1 || numCoders > MAX_CODERS) throw new SevenZipError(`a folder with ${numCoders} coders`);
  const coders: Coder[] = [];
  let numIn = 0;
  let numOut = 0;
  for (let i = 0; i < numCoders; i++) {
    const flags = r.byte();
    if (flags & 0xc0) throw new SevenZipError('a coder with alternative methods or reserved flags, which 7-Zip does not read either');
    const id = Buffer.from(r.bytes(flags & 0x0f)).toString('hex');
    let ins = 1;
    let outs = 1;
    if (flags & 0x10) {
      ins = r.number();
      outs = r.number();
      if (ins > MAX_STREAMS || outs > MAX_STREAMS || outs < 1) throw new SevenZipError(`a coder with ${ins} inputs and ${outs} outputs`);
    }
    const props = flags & 0x20 ? r.bytes(r.number()) : new Uint8Array(0);
    coders.push({ id, numIn: ins, numOut: outs, props });
    numIn += ins;
    numOut += outs;
  }
  if (numIn > MAX_STREAMS || numOut > MAX_STREAMS) throw new SevenZipError('a folder with too many coder streams');
  const bindPairs: Folder['bindPairs'] = [];
  for (let i = 0; i < numOut - 1; i++) {
    const inIndex = r.number();
    const outIndex = r.number();
    if (inIndex >= numIn || outIndex >= numOut) throw new SevenZipError('a folder binds a coder stream that does not exist');
    if (bindPairs.some((p) => p.inIndex === inIndex || p.outIndex === outIndex)) throw new SevenZipError('a folder binds a coder stream twice');
    bindPairs.push({ inIndex, outIndex });
  }
  const numPacked = numIn - bindPairs.length;
  if (numPacked < 1) throw new SevenZipError('a folder without packed input');
  const packedStreams: number[] = [];
  if (numPacked === 1) {
    for (let i = 0; i < numIn; i++) {
      if (!bindPairs.some((p) => p.inIndex === i)) {
        packedStreams.push(i);
        break;
      }
    }
  } else {
    for (let i = 0; i < numPacked; i++) {
      const index = r.number();
      if (index >= numIn || bindPairs.some((p) => p.inIndex === index) || packedStreams.includes(index)) {
        throw new SevenZipError('a folder lists an invalid packed stream');
      }
      packedStreams.push(index);
    }
  }
  if (packedStreams.length !== numPacked) throw new SevenZipError('a folder without packed input');
  let mainOut = -1;
  for (let i = 0; i < numOut; i++) {
    if (!bindPairs.some((p) => p.outIndex === i)) {
      mainOut = i;
      break;
    }
  }
  if (mainOut < 0) throw new SevenZipError('a folder whose coders only feed each other');
  return { coders, bindPairs, packedStreams, mainOut };
}

function readUnpackInfo(r: HeaderReader): Folder[] {
  r.waitFor(ID.folder);
  const n = r.count('folders', 2);
  if (r.byte() !== 0) throw new SevenZipError('folders stored outside the header (external), which the scanner does not read');
  const partial = [];
  for (let i = 0; i < n; i++) partial.push(readFolder(r));
  r.waitFor(ID.codersUnpackSize);
  const folders: Folder[] = [];
  let firstPackStream = 0;
  for (const f of partial) {
    const unpackSizes: number[] = [];
    const outs = f.coders.reduce((s, c) => s + c.numOut, 0);
    for (let j = 0; j < outs; j++) unpackSizes.push(r.number());
    folders.push({ ...f, unpackSizes, crc: undefined, firstPackStream });
    firstPackStream += f.packedStreams.length;
  }
  for (;;) {
    const type = r.number();
    if (type === ID.end) break;
    if (type === ID.crc) {
      const crcs = r.digests(n);
      folders.forEach((f, i) => (f.crc = crcs[i]));
      continue;
    }
    r.skipData();
  }
  return folders;
}

function readSubStreamsInfo(r: HeaderReader, folders: Folder[]): { substreams: Substream[]; perFolder: number[] } {
  const perFolder = folders.map(() => 1);
  let type: number;
  for (;;) {
    type = r.number();
    if (type === ID.numUnpackStream) {
      for (let i = 0; i < folders.length; i++) {
        const n = r.number();
        // Each substream but the last of a folder needs a size in the header.
        if (n > r.remaining + 1) throw new SevenZipError(`a folder claims ${n} files, more than the header has room for`);
        perFolder[i] = n;
      }
      continue;
    }
    if (type === ID.crc || type === ID.size || type === ID.end) break;
    r.skipData();
  }
  const substreams: Substream[] = [];
  for (let i = 0; i < folders.length; i++) {
    const n = perFolder[i]!;
    if (n === 0) continue;
    if (n > 1 && type !== ID.size) throw new SevenZipError('a folder with several files but no file sizes');
    let sum = 0;
    for (let j = 1; j < n; j++) {
      const size = r.number();
      sum += size;
      substreams.push({ folder: i, size, crc: undefined });
    }
    const total = folderUnpackSize(folders[i]!);
    if (sum > total) throw new SevenZipError('the files of a folder are larger than the folder');
    substreams.push({ folder: i, size: total - sum, crc: undefined });
  }
  if (type === ID.size) type = r.number();

  // CRCs: stored for every substream except a folder's only one when the folder has its own.
  let numDigests = 0;
  folders.forEach((f, i) => {
    const n = perFolder[i]!;
    if (n !== 1 || f.crc === undefined) numDigests += n;
  });
  let digests: (number | undefined)[] | undefined;
  for (;;) {
    if (type === ID.end) break;
    if (type === ID.crc) digests = r.digests(numDigests);
    else r.skipData();
    type = r.number();
  }
  let k = 0;
  let d = 0;
  folders.forEach((f, i) => {
    const n = perFolder[i]!;
    if (n === 1 && f.crc !== undefined) {
      substreams[k++]!.crc = f.crc;
    } else {
      for (let j = 0; j < n; j++) substreams[k++]!.crc = digests?.[d++];
    }
  });
  return { substreams, perFolder };
}

/** StreamsInfo; packed-stream offsets made absolute (they count from the end of the signature header). */
export function readStreamsInfo(r: HeaderReader): StreamsInfo {
  let packPos = 0;
  let packSizes: number[] = [];
  let folders: Folder[] = [];
  let sub: { substreams: Substream[]; perFolder: number[] } | undefined;
  let type = r.number();
  if (type === ID.packInfo) {
    ({ packPos, packSizes } = readPackInfo(r));
    type = r.number();
  }
  if (type === ID.unpackInfo) {
    folders = readUnpackInfo(r);
    type = r.number();
  }
  if (type === ID.subStreamsInfo) {
    sub = readSubStreamsInfo(r, folders);
    type = r.number();
  }
  if (type !== ID.end) throw new SevenZipError(`unexpected property ${type} in the streams info`);
  sub ??= {
    substreams: folders.map((f, i) => ({ folder: i, size: folderUnpackSize(f), crc: f.crc })),
    perFolder: folders.map(() => 1),
  };
  const packOffsets: number[] = [];
  let at = SIGNATURE_HEADER_SIZE + packPos;
  for (const size of packSizes) {
    packOffsets.push(at);
    at += size;
    if (at > Number.MAX_SAFE_INTEGER) throw new SevenZipError('impossible pack sizes');
  }
  const needed = folders.reduce((n, f) => n + f.packedStreams.length, 0);
  if (needed > packSizes.length) throw new SevenZipError(`the folders use ${needed} packed streams but the archive lists ${packSizes.length}`);
  return { packOffsets, packSizes, folders, substreams: sub.substreams, perFolder: sub.perFolder };
}

/** Everything after the kHeader id. `maxFiles`: entries kept (the rest are counted in `totalFiles`). */
export function readHeader(r: HeaderReader, maxFiles: number): ArchiveHeader {
  let type = r.number();
  if (type === ID.archiveProperties) {
    for (;;) {
      const t = r.number();
      if (t === ID.end) break;
      r.skipData();
    }
    type = r.number();
  }
  if (type === ID.additionalStreamsInfo) {
    throw new SevenZipError('additional streams (header data stored outside the header), which the scanner does not read');
  }
  let streams: StreamsInfo = { packOffsets: [], packSizes: [], folders: [], substreams: [], perFolder: [] };
  if (type === ID.mainStreamsInfo) {
    streams = readStreamsInfo(r);
    type = r.number();
  }
  let files: FileEntry[] = [];
  let totalFiles = 0;
  if (type === ID.filesInfo) {
    ({ files, totalFiles } = readFilesInfo(r, streams.substreams.length, maxFiles));
    type = r.number();
  } else if (streams.substreams.length > 0) {
    // No file list: the data streams are still files to 7-Zip (unnamed).
    totalFiles = streams.substreams.length;
    for (let i = 0; i < Math.min(totalFiles, maxFiles); i++) files.push({ name: `[member ${i}]`, hasStream: true, isDirectory: false, isAnti: false });
  }
  if (type !== ID.end) throw new SevenZipError(`unexpected property ${type} in the header`);
  return { streams, files, totalFiles };
}

function readFilesInfo(r: HeaderReader, numStreams: number, maxFiles: number): { files: FileEntry[]; totalFiles: number } {
  const numFiles = r.number();
  // Files without data take at least a bit of the empty-stream vector; files with data are the substreams.
  if (numFiles > numStreams + r.remaining * 8) throw new SevenZipError(`the header claims ${numFiles} files, more than it has room for`);
  const keep = Math.min(numFiles, maxFiles);
  let emptyStream: Uint8Array | undefined;
  let numEmpty = 0;
  let emptyFile: Uint8Array | undefined;
  let anti: Uint8Array | undefined;
  let names: string[] | undefined;
  let attributes: (number | undefined)[] | undefined;
  for (;;) {
    const type = r.number();
    if (type === ID.end) break;
    const p = r.sub();
    switch (type) {
      case ID.emptyStream: {
        const v = p.bits(numFiles, keep);
        emptyStream = v.bits;
        numEmpty = v.set;
        emptyFile = undefined;
        anti = undefined;
        break;
      }
      case ID.emptyFile:
        emptyFile = p.bits(numEmpty).bits;
        break;
      case ID.anti:
        anti = p.bits(numEmpty).bits;
        break;
      case ID.name:
        if (p.byte() !== 0) throw new SevenZipError('file names stored outside the header (external), which the scanner does not read');
        names = readNames(p, keep);
        break;
      case ID.winAttributes: {
        const all = p.byte();
        const defined = all !== 0 ? undefined : p.bits(numFiles, keep).bits;
        if (p.byte() !== 0) throw new SevenZipError('attributes stored outside the header (external)');
        attributes = [];
        for (let i = 0; i < keep; i++) attributes.push(defined && !defined[i] ? undefined : p.uint32());
        break;
      }
      default:
        // Times, start positions, padding (kDummy) and anything newer: not needed.
        break;
    }
  }
  if (numFiles - numEmpty !== numStreams) {
    throw new SevenZipError(`the header lists ${numFiles - numEmpty} files with data but ${numStreams} data streams`);
  }
  const files: FileEntry[] = [];
  let emptyIndex = 0;
  for (let i = 0; i < keep; i++) {
    const hasStream = !emptyStream?.[i];
    let isDirectory = false;
    let isAnti = false;
    if (!hasStream) {
      isDirectory = !emptyFile?.[emptyIndex];
      isAnti = !!anti?.[emptyIndex];
      emptyIndex++;
    }
    const attr = attributes?.[i];
    if (attr !== undefined && attr & 0x10 && !hasStream) isDirectory = true;
    files.push({ name: names?.[i] ?? `[member ${i}]`, hasStream, isDirectory, isAnti });
  }
  return { files, totalFiles: numFiles };
}

/** Up to `keep` names: UTF-16LE, each ended by a zero unit. */
function readNames(p: HeaderReader, keep: number): string[] {
  const data = p.bytes(p.remaining);
  const names: string[] = [];
  let start = 0;
  for (let i = 0; i + 1 < data.length && names.length < keep; i += 2) {
    if (data[i] === 0 && data[i + 1] === 0) {
      const units = (i - start) / 2;
      const end = units > MAX_NAME ? start + MAX_NAME * 2 : i;
      let name = Buffer.from(data.subarray(start, end)).toString('utf16le');
      if (units > MAX_NAME) name += '…';
      names.push(name || '[unnamed]');
      start = i + 2;
    }
  }
  return names;
}

/** The decoded data that should follow: kHeader or kEncodedHeader, with the reader past that id. */
export function headerKind(r: HeaderReader): 'header' | 'encoded' {
  const type = r.number();
  if (type === ID.header) return 'header';
  if (type === ID.encodedHeader) return 'encoded';
  throw new SevenZipError(`the next header starts with property ${type}, not a header`);
}

import { Cursor, type H5Space } from './bytes.js';
import { lookup3 } from './checksum.js';
import { malformed, unsupported } from './errors.js';

/** Bounds on one object header: real root groups have one to a few chunks and a few dozen messages. */
export const MAX_CHUNKS = 64;
export const MAX_MESSAGES = 4096;
export const MAX_HEADER_BYTES = 16 * 1024 * 1024;

export const MSG = {
  NIL: 0x00,
  DATASPACE: 0x01,
  LINK_INFO: 0x02,
  DATATYPE: 0x03,
  LINK: 0x06,
  GROUP_INFO: 0x0a,
  FILTER_PIPELINE: 0x0b,
  ATTRIBUTE: 0x0c,
  COMMENT: 0x0d,
  MTIME_OLD: 0x0e,
  CONTINUATION: 0x10,
  SYMBOL_TABLE: 0x11,
  MTIME: 0x12,
  ATTRIBUTE_INFO: 0x15,
  REFCOUNT: 0x16,
} as const;

/** Message flags (H5Opkg.h). */
const FLAG_SHARED = 0x02;
const FLAG_DONTSHARE = 0x04;
const FLAG_FAIL_IF_UNKNOWN_AND_OPEN_FOR_WRITE = 0x08;
const FLAG_MARK_IF_UNKNOWN = 0x10;
const FLAG_WAS_UNKNOWN = 0x20;
const FLAG_SHAREABLE = 0x40;
const FLAG_FAIL_IF_UNKNOWN_ALWAYS = 0x80;

/** Message classes HDF5 allows to be shared (datatype, dataspace, fill value, filter pipeline, attribute). */
const SHAREABLE_TYPES = new Set([0x01, 0x03, 0x05, 0x0b, 0x0c]);
/**
 * Message types below this one are those of HDF5's object headers (H5O_msg_class_g, 0x00-0x17); the
 * rest are unknown here (0x18, the metadata cache image, belongs in a superblock extension, and a newer
 * HDF5 may define more). An unknown message is never skipped: it might change what the header means.
 */
const KNOWN_TYPES = 0x18;

export interface HeaderMessage {
  type: number;
  flags: number;
  data: Uint8Array;
}

export interface ObjectHeader {
  version: 1 | 2;
  /** v2 header flags (0 for v1). */
  flags: number;
  messages: HeaderMessage[];
}

interface Chunk {
  address: number;
  length: number;
}

/**
 * Reads every message of the object header at `address`: version 1 (8-byte
 * aligned messages, continuation chunks without signature) or version 2
 * ("OHDR", continuation chunks "OCHK", all checksummed). Continuation messages
 * are followed, with a bound on chunks, messages and bytes, and a chunk seen
 * twice (a loop) or overlapping another is an error.
 */
export function readObjectHeader(space: H5Space, address: number): ObjectHeader {
  const head = space.readUpTo(address, 512, 'the object header');
  const isV2 = head[0] === 0x4f && head[1] === 0x48 && head[2] === 0x44 && head[3] === 0x52; // "OHDR"
  const header: ObjectHeader = { version: isV2 ? 2 : 1, flags: 0, messages: [] };
  const chunks: Chunk[] = [];
  const pending: Chunk[] = [];
  let bytes = 0;
  let v1Count = 0;

  const addChunk = (chunk: Chunk): void => {
    if (chunks.length >= MAX_CHUNKS) throw unsupported(`more than ${MAX_CHUNKS} object header chunks`);
    for (const seen of chunks) {
      if (chunk.address < seen.address + seen.length && seen.address < chunk.address + chunk.length) {
        throw malformed(`object header chunk at ${chunk.address} overlaps the chunk at ${seen.address} (a continuation loop?)`);
      }
    }
    bytes += chunk.length;
    if (bytes > MAX_HEADER_BYTES) throw unsupported(`an object header larger than ${MAX_HEADER_BYTES} bytes`);
    chunks.push(chunk);
  };

  if (isV2) {
    const c = new Cursor(head, 'the object header prefix', 4);
    const version = c.u8();
    if (version !== 2) throw malformed(`object header version ${version} after an OHDR signature`);
    const flags = c.u8();
    if (flags & 0xc0) throw malformed(`unknown object header flags 0x${flags.toString(16)}`);
    if (flags & 0x08 && !(flags & 0x04)) throw unsupported('attribute creation order indexed but not tracked');
    header.flags = flags;
    if (flags & 0x20) c.skip(16); // access, modification, change, birth times
    if (flags & 0x10) {
      const maxCompact = c.u16();
      const minDense = c.u16();
      if (maxCompact < minDense) throw malformed('bad attribute phase change values');
    }
    const chunk0 = c.uint(1 << (flags & 0x03));
    const messageHeader = flags & 0x04 ? 6 : 4;
    if (chunk0 > 0 && chunk0 < messageHeader) throw malformed('bad object header chunk size');
    const start = address + c.pos;
    // The chunk's image spans the prefix (checksummed with it) up to its checksum.
    const chunk = { address, length: c.pos + chunk0 + 4 };
    addChunk(chunk);
    const image = chunk.length <= head.length ? head.subarray(0, chunk.length) : space.read(address, chunk.length, 'the object header');
    verifyChecksum(image, 'object header');
    parseMessages(image, start - address, chunk.length - 4);
  } else {
    const c = new Cursor(head, 'the object header prefix');
    const version = c.u8();
    if (version !== 1) throw malformed(`object header version ${version}`);
    c.skip(1);
    v1Count = c.u16();
    c.skip(4); // reference count
    const chunk0 = c.u32();
    c.skip(4); // padding to 8 bytes
    if ((v1Count > 0 && chunk0 < 8) || (v1Count === 0 && chunk0 > 0)) throw malformed('bad object header chunk size');
    // HDF5 counts the prefix into chunk 0.
    const chunk = { address, length: 16 + chunk0 };
    addChunk(chunk);
    const image = chunk.length <= head.length ? head.subarray(0, chunk.length) : space.read(address, chunk.length, 'the object header');
    parseMessages(image, 16, chunk.length);
  }

  while (pending.length > 0) {
    const chunk = pending.shift()!;
    addChunk(chunk);
    const image = space.read(chunk.address, chunk.length, 'an object header continuation chunk');
    if (isV2) {
      if (image.length < 8 || image[0] !== 0x4f || image[1] !== 0x43 || image[2] !== 0x48 || image[3] !== 0x4b) {
        throw malformed(`no OCHK signature on the continuation chunk at ${chunk.address}`);
      }
      verifyChecksum(image, 'continuation chunk');
      parseMessages(image, 4, image.length - 4);
    } else {
      parseMessages(image, 0, image.length);
    }
  }

  if (!isV2 && header.messages.length !== v1Count) {
    throw unsupported(`the object header says ${v1Count} messages but holds ${header.messages.length}`);
  }
  return header;

  function parseMessages(image: Uint8Array, start: number, end: number): void {
    const v1 = !isV2;
    const messageHeader = v1 ? 8 : header.flags & 0x04 ? 6 : 4;
    const c = new Cursor(image, 'an object header message', start, end);
    let nulls = 0;
    while (c.pos < end) {
      if (header.messages.length >= MAX_MESSAGES) throw unsupported(`more than ${MAX_MESSAGES} object header messages`);
      const type = v1 ? c.u16() : c.u8();
      const size = c.u16();
      const flags = c.u8();
      if (v1) c.skip(3);
      else if (header.flags & 0x04) c.skip(2); // creation order
      if (v1 && size % 8 !== 0) throw malformed('an object header message is not aligned');
      checkFlags(type, flags);
      if (size > c.remaining) throw malformed(`an object header message (type 0x${type.toString(16)}, ${size} bytes) runs past its chunk`);
      const data = c.take(size);
      if (type === MSG.NIL) nulls++;
      header.messages.push({ type, flags, data });
      if (type === MSG.CONTINUATION) pending.push(continuation(data));
      const left = end - c.pos;
      if (left > 0 && left < messageHeader) {
        if (v1) throw malformed('a gap at the end of a version 1 object header chunk');
        if (nulls !== 0) throw malformed('a gap in an object header chunk with null messages');
        c.skip(left);
      }
    }
  }

  function continuation(data: Uint8Array): Chunk {
    const c = new Cursor(data, 'a continuation message');
    const target = c.address(space.sizeofAddr);
    const length = c.uint(space.sizeofSize);
    if (target === undefined) throw malformed('a continuation message without an address');
    if (length < 8) throw malformed(`a continuation chunk of ${length} bytes`);
    if (length > MAX_HEADER_BYTES) throw unsupported(`a continuation chunk of ${length} bytes`);
    if (target + length > space.eoa) throw malformed(`a continuation chunk (${length} bytes at ${target}) beyond the end of the HDF5 data`);
    return { address: target, length };
  }
}

function checkFlags(type: number, flags: number): void {
  if (flags & FLAG_SHARED && flags & FLAG_DONTSHARE) throw malformed('bad flag combination for a message');
  if (flags & FLAG_WAS_UNKNOWN && flags & FLAG_FAIL_IF_UNKNOWN_AND_OPEN_FOR_WRITE) throw malformed('bad flag combination for a message');
  if (flags & FLAG_WAS_UNKNOWN && !(flags & FLAG_MARK_IF_UNKNOWN)) throw malformed('bad flag combination for a message');
  if (type >= KNOWN_TYPES) {
    const must = flags & (FLAG_FAIL_IF_UNKNOWN_ALWAYS | FLAG_FAIL_IF_UNKNOWN_AND_OPEN_FOR_WRITE);
    throw unsupported(`a message of unknown type 0x${type.toString(16)}${must ? ' flagged "must understand"' : ''}`);
  }
  if (flags & FLAG_SHAREABLE && !SHAREABLE_TYPES.has(type)) throw malformed(`a message of unshareable type 0x${type.toString(16)} flagged shareable`);
}

function verifyChecksum(image: Uint8Array, what: string): void {
  const n = image.length - 4;
  const stored = (image[n]! | (image[n + 1]! << 8) | (image[n + 2]! << 16) | (image[n + 3]! << 24)) >>> 0;
  if (lookup3(image.subarray(0, n)) !== stored) throw malformed(`the ${what} checksum does not match`);
}

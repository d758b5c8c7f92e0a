import { align8, Cursor } from './bytes.js';
import { malformed, unsupported } from './errors.js';

/** HDF5's limit on dataspace rank (H5S_MAX_RANK). */
const MAX_RANK = 32;

export type Datatype =
  | { cls: 'integer'; version: number; size: number; signed: boolean; bigEndian: boolean }
  | { cls: 'float'; version: number; size: number; bigEndian: boolean }
  | { cls: 'string'; version: number; size: number; pad: number; cset: number }
  | { cls: 'vlen-string'; version: number; size: number; pad: number; cset: number };

export interface Dataspace {
  kind: 'scalar' | 'simple' | 'null';
  dims: bigint[];
  /** Number of elements (0 for a null dataspace). */
  elements: bigint;
}

export interface Attribute {
  /** The name's bytes, compared byte for byte as HDF5 does (strcmp). */
  name: string;
  datatype: Datatype;
  dataspace: Dataspace;
  /** The raw data: elements × datatype size bytes. */
  data: Uint8Array;
}

/**
 * Decodes an attribute message (versions 1, 2, 3) the way HDF5's H5O__attr_decode
 * does, with every length checked against the message. A shared (committed or
 * SOHM) datatype or dataspace is not read here: unsupported.
 */
export function decodeAttribute(data: Uint8Array, sizeofAddr: number, sizeofSize: number): Attribute {
  const c = new Cursor(data, 'an attribute message');
  const version = c.u8();
  if (version < 1 || version > 3) throw unsupported(`attribute message version ${version}`);
  if (version >= 2) {
    const flags = c.u8();
    if (flags & ~0x03) throw malformed(`unknown attribute message flags 0x${flags.toString(16)}`);
    if (flags & 0x01) throw unsupported('an attribute with a shared (committed) datatype');
    if (flags & 0x02) throw unsupported('an attribute with a shared dataspace');
  } else {
    c.skip(1);
  }
  const nameLength = c.u16();
  const datatypeSize = c.u16();
  const dataspaceSize = c.u16();
  if (version >= 3) c.skip(1); // name character set: names are compared as bytes
  const padded = (n: number): number => (version === 1 ? align8(n) : n);

  const nameBytes = c.take(nameLength);
  const nul = nameBytes.indexOf(0);
  if (nameLength === 0 || nul !== nameLength - 1) throw malformed('an attribute name whose length does not match the stored length');
  const name = Buffer.from(nameBytes.buffer, nameBytes.byteOffset, nameLength - 1).toString('latin1');
  c.skip(padded(nameLength) - nameLength);

  const typeBytes = c.take(datatypeSize);
  c.skip(padded(datatypeSize) - datatypeSize);
  const tc = new Cursor(typeBytes, `the datatype of attribute "${name}"`);
  const datatype = decodeDatatype(tc, sizeofAddr, 0);
  if (tc.remaining !== 0) throw unsupported(`the datatype of attribute "${name}" is ${datatypeSize} bytes but encodes in ${tc.pos}`);

  const spaceBytes = c.take(dataspaceSize);
  c.skip(padded(dataspaceSize) - dataspaceSize);
  const sc = new Cursor(spaceBytes, `the dataspace of attribute "${name}"`);
  const dataspace = decodeDataspace(sc, sizeofSize);
  if (sc.remaining !== 0) throw unsupported(`the dataspace of attribute "${name}" is ${dataspaceSize} bytes but encodes in ${sc.pos}`);

  const dataSize = dataspace.elements * BigInt(datatype.size);
  if (dataSize > BigInt(c.remaining)) throw malformed(`the data of attribute "${name}" (${dataSize} bytes) exceeds its message`);
  return { name, datatype, dataspace, data: c.take(Number(dataSize)) };
}

/**
 * A datatype message. Only the classes a Keras root attribute (or its neighbours) can
 * plausibly have are read: integers and IEEE floats of the usual layouts, fixed-length
 * strings, variable-length strings. Anything else is unsupported, never skipped.
 */
export function decodeDatatype(c: Cursor, sizeofAddr: number, depth: number): Datatype {
  const classAndVersion = c.u8();
  const cls = classAndVersion & 0x0f;
  const version = classAndVersion >> 4;
  if (version < 1 || version > 5) throw unsupported(`datatype version ${version}`);
  const flags = c.u8() | (c.u8() << 8) | (c.u8() << 16);
  const size = c.u32();
  if (size === 0) throw malformed('a datatype of size 0');
  switch (cls) {
    case 0: {
      const offset = c.u16();
      const precision = c.u16();
      if (flags & ~0x0f) throw unsupported(`integer datatype flags 0x${flags.toString(16)}`);
      if (flags & 0x06 || offset !== 0 || precision !== size * 8 || ![1, 2, 4, 8].includes(size)) {
        throw unsupported(`an integer datatype of ${size} bytes, precision ${precision}, offset ${offset}`);
      }
      return { cls: 'integer', version, size, signed: (flags & 0x08) !== 0, bigEndian: (flags & 0x01) !== 0 };
    }
    case 1: {
      const offset = c.u16();
      const precision = c.u16();
      const exponentAt = c.u8();
      const exponentSize = c.u8();
      const mantissaAt = c.u8();
      const mantissaSize = c.u8();
      const bias = c.u32();
      const signAt = (flags >> 8) & 0xff;
      const layout = `${size}:${offset}:${precision}:${exponentAt}:${exponentSize}:${mantissaAt}:${mantissaSize}:${bias}:${signAt}`;
      // Byte order bits 0 and 6 (VAX order when both), padding bits 1-3, normalization bits 4-5 (2: implied).
      const order = flags & 0x41;
      if ((flags & ~0xff7f) !== 0 || (flags & 0x0e) !== 0 || ((flags >> 4) & 0x03) !== 2 || order === 0x40 || order === 0x41) {
        throw unsupported(`float datatype flags 0x${flags.toString(16)}`);
      }
      if (layout !== '4:0:32:23:8:0:23:127:31' && layout !== '8:0:64:52:11:0:52:1023:63') throw unsupported(`a float datatype of layout ${layout}`);
      return { cls: 'float', version, size, bigEndian: order === 0x01 };
    }
    case 3: {
      const pad = flags & 0x0f;
      const cset = (flags >> 4) & 0x0f;
      if (flags & ~0xff || pad > 2 || cset > 1) throw unsupported(`string datatype flags 0x${flags.toString(16)}`);
      return { cls: 'string', version, size, pad, cset };
    }
    case 9: {
      const kind = flags & 0x0f;
      const pad = (flags >> 4) & 0x0f;
      const cset = (flags >> 8) & 0x0f;
      if (kind !== 1) throw unsupported('a variable-length sequence datatype');
      if (flags & ~0xfff || pad > 2 || cset > 1) throw unsupported(`variable-length string datatype flags 0x${flags.toString(16)}`);
      if (depth > 0) throw unsupported('a nested variable-length datatype');
      const base = decodeDatatype(c, sizeofAddr, depth + 1);
      if (base.cls !== 'integer' || base.size !== 1) throw unsupported('a variable-length string whose base type is not a byte');
      if (base.version > version) throw malformed('a variable-length datatype older than its base type');
      if (size !== 4 + sizeofAddr + 4) throw unsupported(`a variable-length string datatype of size ${size}`);
      return { cls: 'vlen-string', version, size, pad, cset };
    }
    default:
      throw unsupported(`datatype class ${cls}`);
  }
}

/** A dataspace message (versions 1 and 2): scalar, simple (up to rank 32) or null. */
export function decodeDataspace(c: Cursor, sizeofSize: number): Dataspace {
  const version = c.u8();
  if (version < 1 || version > 2) throw unsupported(`dataspace message version ${version}`);
  const rank = c.u8();
  if (rank > MAX_RANK) throw malformed(`a dataspace of rank ${rank}`);
  const flags = c.u8();
  if (flags & ~0x01) throw unsupported(`dataspace flags 0x${flags.toString(16)}`);
  let kind: Dataspace['kind'];
  if (version === 2) {
    const type = c.u8();
    if (type > 2) throw unsupported(`dataspace type ${type}`);
    kind = type === 0 ? 'scalar' : type === 1 ? 'simple' : 'null';
    if (kind !== 'simple' && rank > 0) throw malformed(`a ${kind} dataspace of rank ${rank}`);
    if (kind === 'simple' && rank === 0) throw unsupported('a simple dataspace of rank 0');
  } else {
    kind = rank > 0 ? 'simple' : 'scalar';
    c.skip(5);
  }
  const dims: bigint[] = [];
  for (let i = 0; i < rank; i++) dims.push(c.big(sizeofSize));
  if (flags & 0x01) {
    const unlimited = (1n << BigInt(sizeofSize * 8)) - 1n;
    for (let i = 0; i < rank; i++) {
      const max = c.big(sizeofSize);
      // HDF5 refuses such an extent when it decodes the attribute.
      if (max !== unlimited && max < dims[i]!) throw malformed(`a dataspace whose maximum size ${max} is below its size ${dims[i]}`);
    }
  }
  const elements = kind === 'null' ? 0n : dims.reduce((n, d) => n * d, 1n);
  return { kind, dims, elements };
}

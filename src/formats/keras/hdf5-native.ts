import type { ByteSource } from '../../core/source.js';
import { CONFIG_ATTRIBUTES, type H5Attributes } from './h5-attributes.js';
import { decodeAttribute, type Attribute } from './hdf5/attribute.js';
import { Cursor } from './hdf5/bytes.js';
import { malformed, unsupported } from './hdf5/errors.js';
import { GlobalHeaps } from './hdf5/global-heap.js';
import { MSG, readObjectHeader, type ObjectHeader } from './hdf5/object-header.js';
import { readSuperblock, type Superblock } from './hdf5/superblock.js';

export { Hdf5NativeError } from './hdf5/errors.js';

/**
 * Reads a Keras H5 file's root attributes `model_config`, `training_config` and
 * `keras_version` without the HDF5 library: positioned reads of the superblock,
 * the root group's object header (and its continuation chunks) and, for
 * variable-length strings, the global heap collection holding them. The
 * datasets are never touched.
 *
 * The result is what h5wasm would give (h5-attributes.ts, readH5Attributes) or
 * an Hdf5NativeError: `unsupported` for what this reader does not cover (dense
 * attribute storage, shared or committed datatypes, shared messages, unknown
 * message types, two attributes of one name, …), `malformed` for inconsistent
 * bytes. Either way the caller falls back to HDF5; nothing is guessed.
 */
export function readH5AttributesNative(source: ByteSource): H5Attributes {
  const superblock = readSuperblock(source);
  const header = readObjectHeader(superblock.space, superblock.rootHeader);
  const attributes = rootAttributes(superblock, header);
  const heaps = new GlobalHeaps(superblock.space);
  const result: H5Attributes = { texts: [], notStrings: [] };
  for (const name of CONFIG_ATTRIBUTES) {
    const attribute = attributes.get(name);
    if (!attribute) continue;
    const text = attributeText(attribute, superblock, heaps);
    if (text === undefined) result.notStrings.push(name);
    else result.texts.push([name, text]);
  }
  const version = attributes.get('keras_version');
  const text = version && attributeText(version, superblock, heaps);
  if (text !== undefined) result.kerasVersion = text;
  return result;
}

/**
 * Checks the root group's header message by message and decodes every attribute in it
 * (as HDF5 does when it lists them: one undecodable attribute fails the listing).
 */
function rootAttributes(superblock: Superblock, header: ObjectHeader): Map<string, Attribute> {
  const { sizeofAddr, sizeofSize } = superblock.space;
  const attributes = new Map<string, Attribute>();
  const counts = new Map<number, number>();
  let stab: { btree: number | undefined; heap: number | undefined } | undefined;
  for (const message of header.messages) {
    counts.set(message.type, (counts.get(message.type) ?? 0) + 1);
    if (message.type !== MSG.NIL && message.flags & 0x02) throw unsupported(`a shared message (type 0x${message.type.toString(16)}) in the root group`);
    const c = new Cursor(message.data, `message 0x${message.type.toString(16)} of the root group`);
    switch (message.type) {
      case MSG.NIL:
      case MSG.CONTINUATION:
      case MSG.LINK:
      case MSG.COMMENT:
      case MSG.MTIME_OLD:
      case MSG.MTIME:
        break;
      case MSG.REFCOUNT:
        if (header.version === 1) throw malformed('a reference count message in a version 1 object header');
        if (c.u8() !== 0) throw malformed('reference count message version');
        c.u32();
        break;
      case MSG.ATTRIBUTE: {
        const attribute = decodeAttribute(message.data, sizeofAddr, sizeofSize);
        if (attributes.has(attribute.name)) throw unsupported(`two attributes named "${attribute.name}"`);
        attributes.set(attribute.name, attribute);
        break;
      }
      case MSG.ATTRIBUTE_INFO: {
        // HDF5 reads this message only in version 2 headers.
        if (header.version === 1) throw unsupported('an attribute info message in a version 1 object header');
        if (c.u8() !== 0) throw malformed('attribute info message version');
        const flags = c.u8();
        if (flags & ~0x03) throw malformed(`attribute info flags 0x${flags.toString(16)}`);
        if (flags & 0x01) c.u16();
        if (c.address(sizeofAddr) !== undefined) throw unsupported('dense attribute storage (a fractal heap)');
        c.address(sizeofAddr);
        if (flags & 0x02) c.address(sizeofAddr);
        break;
      }
      case MSG.LINK_INFO: {
        if (c.u8() !== 0) throw malformed('link info message version');
        const flags = c.u8();
        if (flags & ~0x03) throw malformed(`link info flags 0x${flags.toString(16)}`);
        if (flags & 0x01) c.skip(8);
        if (c.address(sizeofAddr) !== undefined) throw unsupported('dense link storage in the root group');
        c.address(sizeofAddr);
        if (flags & 0x02) c.address(sizeofAddr);
        break;
      }
      case MSG.GROUP_INFO: {
        if (c.u8() !== 0) throw malformed('group info message version');
        const flags = c.u8();
        if (flags & ~0x03) throw malformed(`group info flags 0x${flags.toString(16)}`);
        if (flags & 0x01) c.skip(4);
        if (flags & 0x02) c.skip(4);
        break;
      }
      case MSG.SYMBOL_TABLE:
        stab = { btree: c.address(sizeofAddr), heap: c.address(sizeofAddr) };
        break;
      default:
        throw unsupported(`a message of type 0x${message.type.toString(16)} in the root group's header`);
    }
  }
  for (const type of [MSG.ATTRIBUTE_INFO, MSG.LINK_INFO, MSG.GROUP_INFO, MSG.SYMBOL_TABLE]) {
    if ((counts.get(type) ?? 0) > 1) throw unsupported(`more than one message of type 0x${type.toString(16)} in the root group`);
  }
  // HDF5 takes an object with a symbol table or link info message as a group.
  const hasLinkInfo = counts.has(MSG.LINK_INFO);
  if (stab === undefined && !hasLinkInfo) throw unsupported('the root object is not a group');
  if (stab !== undefined && hasLinkInfo) throw unsupported('the root group has both a symbol table and link info');
  if (superblock.cachedStab) {
    if (stab === undefined || stab.btree !== superblock.cachedStab.btree || stab.heap !== superblock.cachedStab.heap) {
      throw unsupported("the superblock's cached symbol table differs from the root group's");
    }
  }
  return attributes;
}

/**
 * The attribute's value as h5wasm hands it to attributeText (h5-attributes.ts): a
 * string, or undefined when it would not be one. What h5wasm would turn into text
 * in a way not reproduced here (a byte array decoded as UTF-8) is unsupported.
 */
function attributeText(attribute: Attribute, superblock: Superblock, heaps: GlobalHeaps): string | undefined {
  const { datatype, dataspace, data, name } = attribute;
  if (dataspace.kind === 'null') return undefined; // h5wasm: value null
  if (dataspace.elements === 0n) throw unsupported(`attribute "${name}" has no elements`);
  switch (datatype.cls) {
    case 'integer':
    case 'float':
      // h5wasm returns a number for a scalar and a typed array otherwise; only a Uint8Array reads as text.
      if (dataspace.kind !== 'scalar' && datatype.cls === 'integer' && datatype.size === 1 && !datatype.signed) {
        throw unsupported(`attribute "${name}" is an array of bytes`);
      }
      return undefined;
    case 'string': {
      if (dataspace.elements !== 1n) return undefined; // an array of strings
      // h5wasm: the element's bytes up to the first NUL, whatever the padding, decoded by the character set.
      return new TextDecoder(datatype.cset === 1 ? 'utf-8' : 'ascii').decode(beforeNul(data));
    }
    case 'vlen-string': {
      if (dataspace.elements !== 1n) throw unsupported(`attribute "${name}" is an array of variable-length strings`);
      const c = new Cursor(data, `the value of attribute "${name}"`);
      const length = c.u32();
      const address = c.address(superblock.space.sizeofAddr);
      const index = c.u32();
      if (address === 0) throw unsupported(`attribute "${name}" is a null variable-length string`);
      if (address === undefined) throw malformed(`attribute "${name}" points to an undefined global heap address`);
      if (length === 0) throw unsupported(`attribute "${name}" is an empty variable-length string`);
      const bytes = heaps.object(address, index);
      if (bytes.length !== length) throw unsupported(`attribute "${name}" is ${length} bytes long but its global heap object holds ${bytes.length}`);
      // h5wasm reads the C string HDF5 makes of it: up to the first NUL.
      const text = beforeNul(bytes);
      if (datatype.cset !== 1) return Buffer.from(text.buffer, text.byteOffset, text.length).toString('latin1'); // emscripten AsciiToString
      if (text[0] === 0xef && text[1] === 0xbb && text[2] === 0xbf) throw unsupported(`attribute "${name}" starts with a byte order mark`);
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(text);
      } catch {
        throw unsupported(`attribute "${name}" is not valid UTF-8`);
      }
    }
  }
}

function beforeNul(bytes: Uint8Array): Uint8Array {
  const nul = bytes.indexOf(0);
  return nul < 0 ? bytes : bytes.subarray(0, nul);
}

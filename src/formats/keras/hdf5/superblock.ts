import type { ByteSource } from '../../../core/source.js';
import { findHdf5Signature } from '../hdf5-signature.js';
import { Cursor, H5Space } from './bytes.js';
import { lookup3 } from './checksum.js';
import { malformed, unsupported } from './errors.js';

/** What the superblock says about the file and where the root group is. */
export interface Superblock {
  version: number;
  space: H5Space;
  /** Relative address of the root group's object header. */
  rootHeader: number;
  /** Superblock v0/v1: the root symbol table entry's cached B-tree and local heap addresses, if cached. */
  cachedStab?: { btree: number | undefined; heap: number | undefined };
}

/**
 * Reads the superblock where HDF5 finds it (offset 0, 512, 1024, …). Versions 0
 * and 1 (h5py's default) and 2 and 3 (libver 'v108' and later). Address 0 is the
 * superblock itself, as HDF5 has it: a user block before it is skipped.
 */
export function readSuperblock(source: ByteSource): Superblock {
  const at = findHdf5Signature(source.read(0, 2048 + 8), source);
  if (at === undefined) throw malformed('no HDF5 signature');
  const bytes = source.read(at, 256);
  const c = new Cursor(bytes, 'the superblock', 8);
  const version = c.u8();
  if (version <= 1) return readV0V1(source, at, version, c);
  if (version <= 3) return readV2V3(source, at, version, c);
  throw unsupported(`superblock version ${version}`);
}

function checkSizes(sizeofAddr: number, sizeofSize: number): void {
  if (![2, 4, 8, 16, 32].includes(sizeofAddr) || ![2, 4, 8, 16, 32].includes(sizeofSize)) {
    throw malformed(`the superblock gives ${sizeofAddr}-byte addresses and ${sizeofSize}-byte lengths`);
  }
  if ((sizeofAddr !== 4 && sizeofAddr !== 8) || (sizeofSize !== 4 && sizeofSize !== 8)) {
    throw unsupported(`${sizeofAddr}-byte addresses and ${sizeofSize}-byte lengths`);
  }
}

/** The end-of-file address is absolute; HDF5 refuses a file shorter than it (a truncated file). */
function makeSpace(source: ByteSource, at: number, base: number | undefined, eof: number | undefined, sizeofAddr: number, sizeofSize: number): H5Space {
  // HDF5 takes the superblock's position as the base address; a file whose stored base differs
  // (moved by a tool) is read by HDF5 with adjusted addresses: leave that to HDF5.
  if (base !== at) throw unsupported(`the superblock at ${at} gives base address ${base}`);
  if (eof === undefined || eof < at) throw malformed(`the superblock's end-of-file address is ${eof}`);
  if (eof > source.size) throw malformed(`the file is truncated: ${source.size} bytes, the superblock says ${eof}`);
  return new H5Space(source, at, eof - at, sizeofAddr, sizeofSize);
}

function readV0V1(source: ByteSource, at: number, version: number, c: Cursor): Superblock {
  const freeSpaceVersion = c.u8();
  const rootEntryVersion = c.u8();
  c.skip(1);
  const sharedHeaderVersion = c.u8();
  if (freeSpaceVersion !== 0 || rootEntryVersion !== 0 || sharedHeaderVersion !== 0) {
    throw malformed(`superblock v${version} with free-space v${freeSpaceVersion}, root entry v${rootEntryVersion}, shared header v${sharedHeaderVersion}`);
  }
  const sizeofAddr = c.u8();
  const sizeofSize = c.u8();
  checkSizes(sizeofAddr, sizeofSize);
  c.skip(1);
  const leafK = c.u16();
  const internalK = c.u16();
  if (leafK === 0 || internalK === 0) throw malformed('a B-tree K of 0 in the superblock');
  const flags = c.u32();
  if (flags !== 0) throw unsupported(`superblock status flags 0x${flags.toString(16)}`);
  if (version === 1) {
    if (c.u16() === 0) throw malformed('an indexed storage K of 0 in the superblock');
    c.skip(2);
  }
  const base = c.address(sizeofAddr);
  // HDF5 reads this field (the "global free-space index" of the spec) as the superblock extension's address.
  const extension = c.address(sizeofAddr);
  const eof = c.address(sizeofAddr);
  const driver = c.address(sizeofAddr);
  if (extension !== undefined) throw unsupported('a superblock extension');
  if (driver !== undefined) throw unsupported('a file driver information block');
  // Root group symbol table entry.
  c.address(sizeofAddr); // link name offset
  const rootHeader = c.address(sizeofAddr);
  const cacheType = c.u32();
  c.skip(4);
  const scratch = new Cursor(c.take(16), 'the root symbol table entry');
  const space = makeSpace(source, at, base, eof, sizeofAddr, sizeofSize);
  if (rootHeader === undefined) throw malformed('the root symbol table entry has no object header address');
  if (cacheType === 0) return { version, space, rootHeader };
  if (cacheType === 1) {
    return { version, space, rootHeader, cachedStab: { btree: scratch.address(sizeofAddr), heap: scratch.address(sizeofAddr) } };
  }
  throw unsupported(`root symbol table entry cache type ${cacheType}`);
}

function readV2V3(source: ByteSource, at: number, version: number, c: Cursor): Superblock {
  const sizeofAddr = c.u8();
  const sizeofSize = c.u8();
  checkSizes(sizeofAddr, sizeofSize);
  const flags = c.u8();
  const base = c.address(sizeofAddr);
  const extension = c.address(sizeofAddr);
  const eof = c.address(sizeofAddr);
  const rootHeader = c.address(sizeofAddr);
  const end = c.pos;
  const stored = c.u32();
  if (lookup3(c.bytes.subarray(0, end)) !== stored) throw malformed('the superblock checksum does not match');
  // Bit 0: open for writing; bit 2: SWMR writing. HDF5 may refuse such a file; let it decide.
  if (flags !== 0) throw unsupported(`superblock status flags 0x${flags.toString(16)}`);
  if (extension !== undefined) throw unsupported('a superblock extension');
  const space = makeSpace(source, at, base, eof, sizeofAddr, sizeofSize);
  if (rootHeader === undefined) throw malformed('the superblock has no root object header address');
  return { version, space, rootHeader };
}

import type { ByteSource } from '../../core/source.js';

const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]; // "\x89HDF\r\n\x1a\n"

/**
 * Offset of the HDF5 superblock, or undefined. The HDF5 library looks for it
 * at 0, 512, 1024, 2048, … (a user block may precede it), so we do too:
 * a file with a user block is still an H5 model to h5py and Keras.
 */
export function findHdf5Signature(head: Uint8Array, source: ByteSource): number | undefined {
  for (let offset = 0; offset + HDF5_SIGNATURE.length <= source.size; offset = offset === 0 ? 512 : offset * 2) {
    const bytes = offset + HDF5_SIGNATURE.length <= head.length ? head.subarray(offset) : source.read(offset, HDF5_SIGNATURE.length);
    if (HDF5_SIGNATURE.every((b, i) => bytes[i] === b)) return offset;
  }
  return undefined;
}

/** True when one of the ASCII `needles` occurs in the source; read in chunks, so memory stays bounded. */
export function sourceContainsAny(source: ByteSource, needles: readonly string[]): boolean {
  const patterns = needles.map((n) => Buffer.from(n, 'latin1'));
  const overlap = Math.max(...patterns.map((p) => p.length));
  const chunk = 8 * 1024 * 1024;
  for (let offset = 0; offset < source.size; offset += chunk - overlap) {
    const bytes = source.read(offset, chunk);
    const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    if (patterns.some((p) => view.includes(p))) return true;
    if (offset + chunk >= source.size) break;
  }
  return false;
}

import { align8, Cursor, type H5Space } from './bytes.js';
import { malformed, unsupported } from './errors.js';

/** Largest global heap collection read natively (a Keras config is KB to a few MB; MAX_CONFIG_TEXT is 256 Mi characters). */
export const MAX_COLLECTION_BYTES = 512 * 1024 * 1024;

interface HeapObject {
  begin: number;
  size: number;
}

/**
 * Global heap collections ("GCOL"), where variable-length strings live. A
 * collection is parsed whole, the way HDF5 does when it loads one
 * (H5HG__cache_heap_deserialize), so that a collection HDF5 would reject (or
 * loop on: a free-space object of size 0) is rejected here too rather than
 * half-read.
 */
export class GlobalHeaps {
  private readonly collections = new Map<number, { bytes: Uint8Array; objects: Map<number, HeapObject> }>();

  constructor(private readonly space: H5Space) {}

  /** The bytes of object `index` of the collection at `address`. */
  object(address: number, index: number): Uint8Array {
    if (index === 0) throw unsupported('a global heap reference to the free-space object');
    const collection = this.load(address);
    const object = collection.objects.get(index);
    if (object === undefined) throw malformed(`global heap object ${index} is not in the collection at ${address}`);
    const start = object.begin + this.objectHeaderSize;
    return collection.bytes.subarray(start, start + object.size);
  }

  private get objectHeaderSize(): number {
    return 2 + 2 + 4 + this.space.sizeofSize;
  }

  private load(address: number): { bytes: Uint8Array; objects: Map<number, HeapObject> } {
    const cached = this.collections.get(address);
    if (cached) return cached;
    const L = this.space.sizeofSize;
    const head = new Cursor(this.space.read(address, 8 + L, 'a global heap collection header'), 'a global heap collection header');
    const magic = head.take(4);
    if (magic[0] !== 0x47 || magic[1] !== 0x43 || magic[2] !== 0x4f || magic[3] !== 0x4c) throw malformed(`no GCOL signature at ${address}`);
    const version = head.u8();
    if (version !== 1) throw malformed(`global heap collection version ${version}`);
    head.skip(3);
    const size = head.uint(L);
    const headerSize = align8(8 + L);
    if (size < headerSize) throw malformed(`a global heap collection of ${size} bytes`);
    if (address + size > this.space.eoa) throw malformed(`the global heap collection at ${address} (${size} bytes) runs past the end of the HDF5 data`);
    if (size > MAX_COLLECTION_BYTES) throw unsupported(`a global heap collection of ${size} bytes`);
    const bytes = this.space.read(address, size, 'a global heap collection');
    const objects = new Map<number, HeapObject>();
    const objectHeader = this.objectHeaderSize;
    let p = headerSize;
    let free = 0;
    let frees = 0;
    while (p < size) {
      if (p + objectHeader > size) {
        // Too little room left for an object header: free space, as HDF5 has it.
        free = size - p;
        frees++;
        p = size;
        continue;
      }
      const c = new Cursor(bytes, 'a global heap object', p, size);
      const index = c.u16();
      c.skip(2 + 4); // reference count, reserved
      const objectSize = c.uint(L);
      const need = index > 0 ? objectHeader + align8(objectSize) : objectSize;
      if (need === 0) throw malformed(`a zero-length free-space object in the global heap collection at ${address} (HDF5 would loop)`);
      if (p + need > size) throw malformed(`global heap object ${index} runs past its collection at ${address}`);
      if (index === 0) {
        free = objectSize;
        frees++;
      } else {
        if (objects.has(index)) throw unsupported(`global heap object ${index} twice in the collection at ${address}`);
        objects.set(index, { begin: p, size: objectSize });
      }
      p += need;
    }
    if (frees > 1) throw unsupported(`more than one free-space object in the global heap collection at ${address}`);
    if (free % 8 !== 0) throw malformed(`the free space of the global heap collection at ${address} is not aligned`);
    const loaded = { bytes, objects };
    this.collections.set(address, loaded);
    return loaded;
  }
}

import zlib from 'node:zlib';

/**
 * CRC-32 (IEEE, reflected 0xEDB88320), as 7z stores it for headers and members:
 * node:zlib's (Node >= 20.15), else a table in JavaScript.
 */

const TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

const native = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** Incremental: `crc = crc32(part, crc)` over consecutive parts; start with 0. */
export function crc32(bytes: Uint8Array, crc = 0): number {
  return native ? native(bytes, crc) >>> 0 : crc32js(bytes, crc);
}

export function crc32js(bytes: Uint8Array, crc = 0): number {
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

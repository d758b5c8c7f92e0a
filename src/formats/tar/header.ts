// What the tar claim needs (eager, so small): a header block's checksum and numbers.

export const BLOCK = 512;

/** Octal (space/NUL padded) or GNU base-256 number; undefined when malformed. */
export function tarNumber(b: Uint8Array, start: number, len: number): number | undefined {
  if (b[start]! & 0x80) {
    // base-256, big-endian, first byte's top bit is the marker (0xff = negative: refuse)
    if (b[start] === 0xff) return undefined;
    let v = b[start]! & 0x7f;
    for (let i = start + 1; i < start + len; i++) {
      v = v * 256 + b[i]!;
      if (v > Number.MAX_SAFE_INTEGER) return undefined;
    }
    return v;
  }
  // Octal digits between optional NUL/space padding on either side (every file of a run is probed here).
  let from = start;
  let to = Math.min(start + len, b.length);
  while (to > from && (b[to - 1] === 0 || b[to - 1] === 0x20)) to--;
  while (from < to && (b[from] === 0x20 || b[from] === 0)) from++;
  let v = 0;
  for (let i = from; i < to; i++) {
    const digit = b[i]! - 0x30;
    if (digit < 0 || digit > 7) return undefined;
    v = v * 8 + digit;
  }
  return v;
}

/** The header checksum matches (unsigned sum, or the signed sum some old tars wrote). */
export function validHeader(h: Uint8Array): boolean {
  if (h.length < BLOCK) return false;
  const stored = tarNumber(h, 148, 8);
  if (stored === undefined) return false;
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const c = i >= 148 && i < 156 ? 0x20 : h[i]!;
    unsigned += c;
    signed += c > 127 ? c - 256 : c;
  }
  return stored === unsigned || stored === signed;
}

/** Looks like the first header of a tar archive. */
export function looksLikeTar(head: Uint8Array): boolean {
  if (head.length < BLOCK || !validHeader(head)) return false;
  const magic = Buffer.from(head.subarray(257, 263)).toString('latin1');
  // ustar/GNU magic, or a v7 header whose name and size fields are sane.
  return magic === 'ustar\0' || magic === 'ustar ' || (head[0] !== 0 && tarNumber(head, 124, 12) !== undefined);
}

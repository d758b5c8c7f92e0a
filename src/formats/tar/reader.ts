import type { ByteSource } from '../../core/source.js';

/**
 * A tar reader over positioned reads: ustar, GNU (long names `L`/`K`, base-256
 * sizes) and POSIX pax (`x` headers: path, size, linkpath). Headers are 512
 * bytes; data is never read here, only located. Like Python's tarfile, a bad
 * header after the first ends the archive.
 */

import { BLOCK, tarNumber, validHeader } from './header.js';

export { BLOCK, looksLikeTar, tarNumber, validHeader } from './header.js';
/** Longest GNU long name or pax header we read (tarfile has no limit; real ones are tiny). */
const MAX_META = 1024 * 1024;

export interface TarEntry {
  name: string;
  /** '0' regular (also '\0', '7'), '5' directory, '1' hard link, '2' symlink, 'S' GNU sparse, … */
  type: string;
  size: number;
  /** Offset of the member's data. */
  dataOffset: number;
  headerOffset: number;
  linkName: string;
}

export interface TarListing {
  entries: TarEntry[];
  /** Offset just past the end-of-archive marker (or where reading stopped). */
  end: number;
  /** Why reading stopped early, if it did. */
  error?: string;
  /** More entries than the limit. */
  truncatedAtLimit: boolean;
}

function cstr(b: Uint8Array, start: number, len: number): string {
  let end = start;
  while (end < start + len && b[end] !== 0) end++;
  return Buffer.from(b.subarray(start, end)).toString('utf8');
}

export function isZeroBlock(h: Uint8Array): boolean {
  for (let i = 0; i < h.length; i++) if (h[i] !== 0) return false;
  return true;
}


function parsePax(data: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  while (i < data.length) {
    const sp = data.indexOf(0x20, i);
    if (sp < 0) break;
    const len = Number(data.toString('latin1', i, sp));
    if (!Number.isSafeInteger(len) || len <= 0 || i + len > data.length) break;
    const rec = data.toString('utf8', sp + 1, i + len - 1); // without the trailing newline
    const eq = rec.indexOf('=');
    if (eq > 0) out.set(rec.slice(0, eq), rec.slice(eq + 1));
    i += len;
  }
  return out;
}

export function readTar(source: ByteSource, maxEntries: number): TarListing {
  const entries: TarEntry[] = [];
  let pos = 0;
  let longName: string | undefined;
  let longLink: string | undefined;
  let pax: Map<string, string> | undefined;
  const size = source.size;
  while (pos + BLOCK <= size) {
    const h = source.read(pos, BLOCK);
    if (isZeroBlock(h)) {
      // End of archive: one or two zero blocks.
      const next = pos + BLOCK + BLOCK <= size ? source.read(pos + BLOCK, BLOCK) : undefined;
      return { entries, end: pos + (next && isZeroBlock(next) ? 2 * BLOCK : BLOCK), truncatedAtLimit: false };
    }
    if (!validHeader(h)) {
      return { entries, end: pos, error: `invalid tar header at offset ${pos}`, truncatedAtLimit: false };
    }
    const type = h[156] === 0 ? '0' : String.fromCharCode(h[156]!);
    let memberSize = tarNumber(h, 124, 12);
    if (memberSize === undefined) return { entries, end: pos, error: `unreadable size in the tar header at offset ${pos}`, truncatedAtLimit: false };
    const dataOffset = pos + BLOCK;
    if (type === 'L' || type === 'K' || type === 'x' || type === 'g') {
      if (memberSize > MAX_META) return { entries, end: pos, error: `tar metadata header of ${memberSize} bytes at offset ${pos}`, truncatedAtLimit: false };
      const data = Buffer.from(source.read(dataOffset, memberSize));
      if (data.length < memberSize) return { entries, end: pos, error: `tar archive ends inside a header at offset ${pos}`, truncatedAtLimit: false };
      if (type === 'L') longName = cstr(data, 0, data.length);
      else if (type === 'K') longLink = cstr(data, 0, data.length);
      else if (type === 'x') pax = parsePax(data);
      pos = dataOffset + Math.ceil(memberSize / BLOCK) * BLOCK;
      continue;
    }
    const magic = Buffer.from(h.subarray(257, 263)).toString('latin1');
    let name = cstr(h, 0, 100);
    if (magic === 'ustar\0') {
      const prefix = cstr(h, 345, 155);
      if (prefix) name = `${prefix}/${name}`;
    }
    let linkName = cstr(h, 157, 100);
    if (longName !== undefined) name = longName;
    if (longLink !== undefined) linkName = longLink;
    if (pax) {
      name = pax.get('path') ?? name;
      linkName = pax.get('linkpath') ?? linkName;
      const paxSize = pax.get('size');
      if (paxSize !== undefined) {
        const n = Number(paxSize);
        if (!/^\d+$/.test(paxSize) || !Number.isSafeInteger(n)) {
          return { entries, end: pos, error: `unreadable pax size at offset ${pos}`, truncatedAtLimit: false };
        }
        memberSize = n;
      }
    }
    longName = longLink = pax = undefined;
    if (entries.length >= maxEntries) return { entries, end: pos, truncatedAtLimit: true };
    // Links and directories have no data (tarfile ignores a size on them, except for a hard link's).
    const hasData = !['1', '2', '3', '4', '5', '6'].includes(type);
    entries.push({ name, type, size: hasData ? memberSize : 0, dataOffset, headerOffset: pos, linkName });
    pos = dataOffset + (hasData ? Math.ceil(memberSize / BLOCK) * BLOCK : 0);
    if (!Number.isSafeInteger(pos)) return { entries, end: size, error: 'impossible member size', truncatedAtLimit: false };
  }
  if (pos < size) return { entries, end: pos, error: `tar archive ends inside a header at offset ${pos}`, truncatedAtLimit: false };
  // No end-of-archive marker (tarfile accepts that).
  return { entries, end: pos, truncatedAtLimit: false };
}

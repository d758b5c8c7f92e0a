import { deflateSync } from 'fflate';

/** A tiny zip writer for tests: every field can be broken on purpose. */
export interface TestMember {
  name: string;
  data?: Uint8Array;
  /** Local header name (defaults to name). */
  localName?: string;
  method?: number;
  /** Compressed bytes to write as-is (method 8), instead of deflating `data`. */
  compressed?: Uint8Array;
  flags?: number;
  crc?: number;
  /** Override the sizes written in the central directory. */
  compressedSize?: number;
  uncompressedSize?: number;
  /** Write 0xFFFFFFFF + a zip64 extra field with these raw 64-bit values. */
  zip64?: { usize?: bigint; csize?: bigint; offset?: bigint };
  /** Override the local header offset written in the central directory. */
  localHeaderOffset?: number;
}

export interface BuildOptions {
  /** Entry count written in the end record(s). */
  declaredEntries?: number;
  /** Override the central directory offset / size in the end record. */
  cdOffset?: number;
  cdSize?: number;
  /** Write a zip64 end record + locator (values may be overridden). */
  zip64Eocd?: boolean | { count?: bigint; size?: bigint; offset?: bigint };
  comment?: Uint8Array;
  /** Bytes prepended without adjusting offsets (polyglot). */
  prefix?: Uint8Array;
}

export const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function crc32(data: Uint8Array): number {
  let c = ~0;
  for (const b of data) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

class Writer {
  bytes: number[] = [];
  u8(v: number): void {
    this.bytes.push(v & 0xff);
  }
  u16(v: number): void {
    this.u8(v);
    this.u8(v >>> 8);
  }
  u32(v: number): void {
    this.u16(v & 0xffff);
    this.u16(Math.floor(v / 0x10000) & 0xffff);
  }
  u64(v: bigint | number): void {
    const b = BigInt(v);
    this.u32(Number(b & 0xffffffffn));
    this.u32(Number((b >> 32n) & 0xffffffffn));
  }
  raw(data: Uint8Array): void {
    for (const b of data) this.bytes.push(b);
  }
  get length(): number {
    return this.bytes.length;
  }
}

export function buildZip(members: TestMember[], options: BuildOptions = {}): Uint8Array {
  const w = new Writer();
  const central = new Writer();
  for (const m of members) {
    const data = m.data ?? new Uint8Array(0);
    const method = m.method ?? 0;
    const comp = m.compressed ?? (method === 8 ? deflateSync(data) : data);
    const crc = m.crc ?? crc32(data);
    const flags = m.flags ?? 0;
    const offset = w.length;
    const localName = enc(m.localName ?? m.name);
    w.u32(0x04034b50);
    w.u16(20);
    w.u16(flags);
    w.u16(method);
    w.u32(0);
    w.u32(crc);
    w.u32(comp.length);
    w.u32(data.length);
    w.u16(localName.length);
    w.u16(0);
    w.raw(localName);
    w.raw(comp);

    const name = enc(m.name);
    const extra = new Writer();
    let usize = m.uncompressedSize ?? data.length;
    let csize = m.compressedSize ?? comp.length;
    let lho = m.localHeaderOffset ?? offset;
    if (m.zip64) {
      extra.u16(1);
      const fields = [m.zip64.usize, m.zip64.csize, m.zip64.offset].filter((v) => v !== undefined);
      extra.u16(fields.length * 8);
      if (m.zip64.usize !== undefined) {
        usize = 0xffffffff;
        extra.u64(m.zip64.usize);
      }
      if (m.zip64.csize !== undefined) {
        csize = 0xffffffff;
        extra.u64(m.zip64.csize);
      }
      if (m.zip64.offset !== undefined) {
        lho = 0xffffffff;
        extra.u64(m.zip64.offset);
      }
    }
    central.u32(0x02014b50);
    central.u16(20);
    central.u16(20);
    central.u16(flags);
    central.u16(method);
    central.u32(0);
    central.u32(crc);
    central.u32(csize);
    central.u32(usize);
    central.u16(name.length);
    central.u16(extra.length);
    central.u16(0);
    central.u16(0);
    central.u16(0);
    central.u32(0);
    central.u32(lho);
    central.raw(name);
    central.raw(Uint8Array.from(extra.bytes));
  }
  const cdOffset = w.length;
  w.raw(Uint8Array.from(central.bytes));
  const count = options.declaredEntries ?? members.length;
  if (options.zip64Eocd) {
    const z = options.zip64Eocd === true ? {} : options.zip64Eocd;
    const recordOffset = w.length;
    w.u32(0x06064b50);
    w.u64(44);
    w.u16(45);
    w.u16(45);
    w.u32(0);
    w.u32(0);
    w.u64(z.count ?? BigInt(count));
    w.u64(z.count ?? BigInt(count));
    w.u64(z.size ?? BigInt(options.cdSize ?? central.length));
    w.u64(z.offset ?? BigInt(options.cdOffset ?? cdOffset));
    w.u32(0x07064b50);
    w.u32(0);
    w.u64(recordOffset);
    w.u32(1);
  }
  const comment = options.comment ?? new Uint8Array(0);
  w.u32(0x06054b50);
  w.u16(0);
  w.u16(0);
  w.u16(Math.min(count, 0xffff));
  w.u16(Math.min(count, 0xffff));
  w.u32(options.cdSize ?? central.length);
  w.u32(options.cdOffset ?? cdOffset);
  w.u16(comment.length);
  w.raw(comment);
  const body = Uint8Array.from(w.bytes);
  if (!options.prefix) return body;
  const out = new Uint8Array(options.prefix.length + body.length);
  out.set(options.prefix);
  out.set(body, options.prefix.length);
  return out;
}

/** Protocol-2 pickle of `os.system('id')` (never loaded: bytes only). */
export const EVIL_PICKLE = Uint8Array.from([
  0x80, 0x02, ...enc('cos\nsystem\n'), 0x58, 0x02, 0x00, 0x00, 0x00, ...enc('id'), 0x85, 0x52, 0x2e,
]);
/** Protocol-2 pickle of an empty dict. */
export const BENIGN_PICKLE = Uint8Array.from([0x80, 0x02, 0x7d, 0x2e]);

/**
 * miniz/torch read the central directory at the declared offset; Python's zipfile
 * (numpy .npz, plain zips) reads it right before the end record and shifts every
 * offset by the difference. A file can hold a different directory at each place.
 */
export function twoDirectoryZip(): Uint8Array {
  const padded = new Uint8Array(100);
  padded.set(BENIGN_PICKLE); // bytes after STOP are never read
  const z = buildZip([
    { name: 'good.pkl', data: padded },
    { name: 'evil.pkl', data: EVIL_PICKLE },
  ]);
  const view = new DataView(z.buffer, z.byteOffset, z.byteLength);
  const eocd = z.length - 22;
  const cdOffset = view.getUint32(eocd + 16, true);
  const entrySize = 46 + 'good.pkl'.length;
  const locals = z.subarray(0, cdOffset);
  const cdA = z.slice(cdOffset, cdOffset + entrySize);
  const cdB = z.slice(cdOffset + entrySize, cdOffset + 2 * entrySize);
  const shift = entrySize; // CD_B sits entrySize bytes after the declared offset
  const bView = new DataView(cdB.buffer);
  bView.setUint32(42, bView.getUint32(42, true) - shift, true);
  const end = z.slice(eocd);
  const eView = new DataView(end.buffer);
  eView.setUint16(8, 1, true);
  eView.setUint16(10, 1, true);
  eView.setUint32(12, entrySize, true);
  eView.setUint32(16, cdOffset, true);
  const out = new Uint8Array(locals.length + 2 * entrySize + end.length);
  out.set(locals);
  out.set(cdA, locals.length);
  out.set(cdB, locals.length + entrySize);
  out.set(end, locals.length + 2 * entrySize);
  return out;
}


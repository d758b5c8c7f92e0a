import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileSource } from '../../src/core/source.js';
import { readLocalHeader, readZipDirectory } from '../../src/formats/zip/reader.js';
import { EVIL_PICKLE, enc } from './build.js';
import { scanPath, stubScanners, tempDir } from './helpers.js';

/**
 * A 5 GiB STORED member written as a hole in a sparse file: the zip64 layout of a
 * big torch checkpoint (data.pkl, a huge storage, a member after the 4 GiB mark).
 * The scan must read the directory and the small members only.
 */
const BIG = 5 * 1024 * 1024 * 1024;

function crc32(data: Uint8Array): number {
  let c = ~0;
  for (const b of data) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function localHeader(name: string, size: number, crc: number): Buffer {
  const n = enc(name);
  const b = Buffer.alloc(30 + n.length + 20);
  b.writeUInt32LE(0x04034b50, 0);
  b.writeUInt16LE(45, 4);
  b.writeUInt16LE(0, 6);
  b.writeUInt16LE(0, 8);
  b.writeUInt32LE(crc, 14);
  const big = size >= 0xffffffff;
  b.writeUInt32LE(big ? 0xffffffff : size, 18);
  b.writeUInt32LE(big ? 0xffffffff : size, 22);
  b.writeUInt16LE(n.length, 26);
  b.writeUInt16LE(20, 28);
  Buffer.from(n).copy(b, 30);
  const e = 30 + n.length;
  b.writeUInt16LE(1, e);
  b.writeUInt16LE(16, e + 2);
  b.writeBigUInt64LE(BigInt(size), e + 4);
  b.writeBigUInt64LE(BigInt(size), e + 12);
  return b;
}

function centralHeader(name: string, size: number, crc: number, offset: number): Buffer {
  const n = enc(name);
  const b = Buffer.alloc(46 + n.length + 28);
  b.writeUInt32LE(0x02014b50, 0);
  b.writeUInt16LE(45, 4);
  b.writeUInt16LE(45, 6);
  b.writeUInt32LE(crc, 16);
  b.writeUInt32LE(0xffffffff, 20);
  b.writeUInt32LE(0xffffffff, 24);
  b.writeUInt16LE(n.length, 28);
  b.writeUInt16LE(28, 30);
  b.writeUInt32LE(0xffffffff, 42);
  Buffer.from(n).copy(b, 46);
  const e = 46 + n.length;
  b.writeUInt16LE(1, e);
  b.writeUInt16LE(24, e + 2);
  b.writeBigUInt64LE(BigInt(size), e + 4); // usize
  b.writeBigUInt64LE(BigInt(size), e + 12); // csize
  b.writeBigUInt64LE(BigInt(offset), e + 20); // local header offset
  return b;
}

function writeSparseZip(path: string, names: { pickle: string; big: string; after: string }): void {
  const fd = openSync(path, 'w');
  try {
    let pos = 0;
    const put = (b: Uint8Array): number => {
      const at = pos;
      writeSync(fd, b, 0, b.length, pos);
      pos += b.length;
      return at;
    };
    const central: Buffer[] = [];
    const pickleOff = put(localHeader(names.pickle, EVIL_PICKLE.length, crc32(EVIL_PICKLE)));
    put(EVIL_PICKLE);
    central.push(centralHeader(names.pickle, EVIL_PICKLE.length, crc32(EVIL_PICKLE), pickleOff));
    const bigOff = put(localHeader(names.big, BIG, 0));
    pos += BIG; // the hole: never written, never allocated on disk
    central.push(centralHeader(names.big, BIG, 0, bigOff));
    const version = enc('3\n');
    const afterOff = put(localHeader(names.after, version.length, crc32(version)));
    put(version);
    central.push(centralHeader(names.after, version.length, crc32(version), afterOff));
    const cdOffset = pos;
    for (const c of central) put(c);
    const cdSize = pos - cdOffset;
    const rec = Buffer.alloc(56);
    rec.writeUInt32LE(0x06064b50, 0);
    rec.writeBigUInt64LE(44n, 4);
    rec.writeUInt16LE(45, 12);
    rec.writeUInt16LE(45, 14);
    rec.writeBigUInt64LE(3n, 24);
    rec.writeBigUInt64LE(3n, 32);
    rec.writeBigUInt64LE(BigInt(cdSize), 40);
    rec.writeBigUInt64LE(BigInt(cdOffset), 48);
    const recOffset = put(rec);
    const loc = Buffer.alloc(20);
    loc.writeUInt32LE(0x07064b50, 0);
    loc.writeBigUInt64LE(BigInt(recOffset), 8);
    loc.writeUInt32LE(1, 16);
    put(loc);
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(0x06054b50, 0);
    eocd.writeUInt16LE(0xffff, 8);
    eocd.writeUInt16LE(0xffff, 10);
    eocd.writeUInt32LE(0xffffffff, 12);
    eocd.writeUInt32LE(0xffffffff, 16);
    put(eocd);
  } finally {
    closeSync(fd);
  }
}

describe('huge STORED members in a sparse file', () => {
  it('torch layout: the 5 GiB storage is never read, the member after it is', async () => {
    const path = join(tempDir(), 'big.pt');
    writeSparseZip(path, { pickle: 'archive/data.pkl', big: 'archive/data/0', after: 'archive/version' });
    expect(statSync(path).size).toBeGreaterThan(BIG);

    const source = new FileSource(path);
    try {
      const dir = readZipDirectory(source);
      expect(dir.zip64).toBe(true);
      expect(dir.entries.map((e) => [e.name, e.uncompressedSize])).toEqual([
        ['archive/data.pkl', EVIL_PICKLE.length],
        ['archive/data/0', BIG],
        ['archive/version', 2],
      ]);
      const after = readLocalHeader(source, dir.entries[2]!);
      expect(after.dataOffset).toBeGreaterThan(BIG);
      expect(new TextDecoder().decode(source.read(after.dataOffset, 2))).toBe('3\n');
    } finally {
      source.close();
    }

    const rssBefore = process.memoryUsage().rss;
    const { scanners, probed, scanned } = stubScanners();
    const result = await scanPath(path, { scanners });
    expect(result.status).toBe('complete');
    expect(result.formats).toEqual(['pytorch-zip', 'pickle']);
    expect(result.findings.map((f) => [f.ruleId, f.member])).toEqual([['pickle/code-execution', 'archive/data.pkl']]);
    expect(probed.map((p) => p.name)).toEqual(['big.pt', 'data.pkl', 'version']); // storage never probed
    expect(scanned.map((s) => s.size)).toEqual([EVIL_PICKLE.length]);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(512 * 1024 * 1024);
  });

  it('non-torch layout: the 5 GiB member is routed by its head only', async () => {
    const path = join(tempDir(), 'big.zip');
    writeSparseZip(path, { pickle: 'payload.pkl', big: 'blob.bin', after: 'notes.txt' });
    const { scanners, probed } = stubScanners();
    const result = await scanPath(path, { scanners });
    expect(result.status).toBe('complete');
    expect(result.formats).toEqual(['zip', 'pickle']);
    expect(result.findings.map((f) => f.member)).toEqual(['payload.pkl']);
    expect(probed.find((p) => p.name === 'blob.bin')?.size).toBe(BIG);
  });
});

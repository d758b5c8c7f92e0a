import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BufferSource, FileSource } from '../../src/core/source.js';
import {
  ZipFormatError,
  looksLikeZip,
  readLocalHeader,
  readZipDirectory,
  type ZipDirectory,
} from '../../src/formats/zip/reader.js';
import { BENIGN_PICKLE, EVIL_PICKLE, buildZip, enc, twoDirectoryZip } from './build.js';
import { FIXTURES } from './helpers.js';

function readFixture(name: string): { dir: ZipDirectory; source: FileSource } {
  const source = new FileSource(join(FIXTURES, name));
  return { dir: readZipDirectory(source), source };
}

function summary(name: string): [string, number, number, number][] {
  const { dir, source } = readFixture(name);
  source.close();
  return dir.entries.map((e) => [e.name, e.method, e.compressedSize, e.uncompressedSize]);
}

describe('zip reader on the fixtures', () => {
  it('reads a torch.save state_dict checkpoint (stem folder, zip64 end record, padded local extra)', () => {
    const { dir, source } = readFixture('torch_state_dict.pt');
    try {
      expect(dir.zip64).toBe(true);
      expect(dir.error).toBeUndefined();
      expect(dir.shift).toBe(0);
      expect(dir.archiveStart).toBe(0);
      expect(dir.entries.map((e) => e.name)).toEqual([
        'torch_state_dict/data.pkl',
        'torch_state_dict/data/0',
        'torch_state_dict/data/1',
        'torch_state_dict/version',
      ]);
      for (const e of dir.entries) {
        expect(e.method).toBe(0);
        expect(e.flags).toBe(0x0808);
        expect(e.compressedSize).toBe(e.uncompressedSize);
        const local = readLocalHeader(source, e);
        expect(local.nameMismatch).toBe(false);
        expect(local.dataOffset % 64).toBe(0); // torch aligns data with the FB extra
        expect(local.available).toBe(e.compressedSize);
      }
      const pkl = dir.entries[0]!;
      const data = source.read(readLocalHeader(source, pkl).dataOffset, pkl.compressedSize);
      expect(Array.from(data.subarray(0, 2))).toEqual([0x80, 0x02]);
      expect(data[data.length - 1]).toBe(0x2e); // STOP
      expect(new TextDecoder().decode(source.read(readLocalHeader(source, dir.entries[3]!).dataOffset, 2))).toBe('3\n');
    } finally {
      source.close();
    }
  });

  it('reads a whole-module checkpoint', () => {
    const entries = summary('torch_module.pt');
    expect(entries.map((e) => e[0])).toEqual([
      'torch_module/data.pkl',
      'torch_module/data/0',
      'torch_module/data/1',
      'torch_module/data/2',
      'torch_module/data/3',
      'torch_module/version',
    ]);
    expect(entries[1]).toEqual(['torch_module/data/0', 0, 48, 48]);
  });

  it('reads numpy.savez output', () => {
    expect(summary('arrays.npz')).toEqual([
      ['weights.npy', 0, 164, 164],
      ['bias.npy', 0, 140, 140],
    ]);
  });

  it('reads a Python zipfile archive with deflate and a directory entry', () => {
    const { dir, source } = readFixture('plain.zip');
    source.close();
    expect(dir.zip64).toBe(false);
    expect(dir.entries.map((e) => [e.name, e.method, e.uncompressedSize, e.isDirectory])).toEqual([
      ['README.txt', 8, 148, false],
      ['config.json', 0, 32, false],
      ['docs/', 0, 0, true],
    ]);
  });

  it('reads zip64 extra fields in every central entry', () => {
    const { dir, source } = readFixture('malicious_torch_zip64.pt');
    try {
      expect(dir.zip64).toBe(true);
      expect(dir.declaredEntries).toBe(3);
      expect(dir.entries.every((e) => e.zip64)).toBe(true);
      expect(dir.entries.map((e) => [e.name, e.compressedSize, e.uncompressedSize])).toEqual([
        ['malicious_torch_zip64/data.pkl', 217, 217],
        ['malicious_torch_zip64/data/0', 32, 32],
        ['malicious_torch_zip64/version', 2, 2],
      ]);
      for (const e of dir.entries) expect(readLocalHeader(source, e).localName).toBe(e.name);
    } finally {
      source.close();
    }
  });

  it('keeps the central name when the local header names the member differently', () => {
    const { dir, source } = readFixture('malicious_torch_name_mismatch.pt');
    try {
      const e = dir.entries[0]!;
      expect(e.name).toBe('malicious_torch_name_mismatch/data.pkl');
      const local = readLocalHeader(source, e);
      expect(local.localName).toBe('malicious_torch_name_mismatch/datap.kl');
      expect(local.nameMismatch).toBe(true);
    } finally {
      source.close();
    }
  });

  it('ignores a wrong CRC and the encrypted flag (like miniz)', () => {
    const crc = readFixture('malicious_torch_bad_crc.pt');
    crc.source.close();
    expect(crc.dir.entries[0]!.crc32).toBe(0xdeadbeef);
    expect(crc.dir.error).toBeUndefined();
    const flag = readFixture('malicious_torch_encrypted_flag.pt');
    flag.source.close();
    expect(flag.dir.entries[0]!.flags & 1).toBe(1);
    expect(flag.dir.error).toBeUndefined();
  });

  it('reads DEFLATE members metadata', () => {
    const entries = summary('malicious_torch_deflated.pt');
    expect(entries[0]![1]).toBe(8);
    expect(entries[0]![3]).toBe(217);
    expect(entries[0]![2]).toBeLessThan(217);
  });

  it('finds a zip appended to a pickle and measures the prefix', () => {
    const { dir, source } = readFixture('malicious_polyglot.pkl');
    const raw = readFileSync(join(FIXTURES, 'malicious_raw.pkl'));
    try {
      expect(dir.shift).toBe(raw.length);
      expect(dir.archiveStart).toBe(raw.length);
      expect(dir.entries.map((e) => e.name)).toEqual(['README.txt']);
      const local = readLocalHeader(source, dir.entries[0]!);
      expect(new TextDecoder().decode(source.read(local.dataOffset, 7))).toBe('benign\n');
      expect(looksLikeZip(source, source.read(0, 4096), source.read(0, source.size))).toBe(true);
    } finally {
      source.close();
    }
  });

  it('rejects files that are not zips', () => {
    for (const name of ['malicious_raw.pkl', 'sklearn_model.pkl', 'torch_legacy.pt', 'sklearn_model.joblib']) {
      const source = new FileSource(join(FIXTURES, name));
      try {
        expect(() => readZipDirectory(source)).toThrow(ZipFormatError);
        const all = source.read(0, source.size);
        expect(looksLikeZip(source, all.subarray(0, 4096), all)).toBe(false);
      } finally {
        source.close();
      }
    }
  });
});

describe('zip reader on malformed archives', () => {
  const good = buildZip([
    { name: 'a/data.pkl', data: EVIL_PICKLE },
    { name: 'a/version', data: enc('3\n') },
  ]);

  it('builds a valid baseline', () => {
    const dir = readZipDirectory(new BufferSource(good));
    expect(dir.entries.map((e) => e.name)).toEqual(['a/data.pkl', 'a/version']);
    expect(dir.error).toBeUndefined();
  });

  it('truncated end record', () => {
    expect(() => readZipDirectory(new BufferSource(good.subarray(0, good.length - 5)))).toThrow(/end-of-central-directory/);
    expect(() => readZipDirectory(new BufferSource(good.subarray(0, 10)))).toThrow(ZipFormatError);
    expect(() => readZipDirectory(new BufferSource(new Uint8Array(0)))).toThrow(ZipFormatError);
  });

  it('central directory offset beyond the file', () => {
    const bad = buildZip([{ name: 'x.pkl', data: BENIGN_PICKLE }], { cdOffset: 0x7fff0000 });
    expect(() => readZipDirectory(new BufferSource(bad))).toThrow(/beyond the end of the file/);
  });

  it('central directory size beyond the file', () => {
    const bad = buildZip([{ name: 'x.pkl', data: BENIGN_PICKLE }], { cdSize: 0x7fff0000 });
    expect(() => readZipDirectory(new BufferSource(bad))).toThrow(ZipFormatError);
  });

  it('absurd zip64 end record values', () => {
    const huge = buildZip([{ name: 'x.pkl', data: BENIGN_PICKLE }], { zip64Eocd: { size: 1n << 62n, offset: 1n << 61n } });
    expect(() => readZipDirectory(new BufferSource(huge))).toThrow(/impossible sizes|beyond the end/);
    const big = buildZip([{ name: 'x.pkl', data: BENIGN_PICKLE }], { zip64Eocd: { offset: 5_000_000_000n } });
    expect(() => readZipDirectory(new BufferSource(big))).toThrow(/beyond the end of the file/);
  });

  it('absurd zip64 entry sizes become NaN, not wrong numbers', () => {
    const bad = buildZip([{ name: 'x.pkl', data: BENIGN_PICKLE, zip64: { usize: 1n << 60n, csize: 4n } }]);
    const dir = readZipDirectory(new BufferSource(bad));
    expect(dir.entries[0]!.uncompressedSize).toBeNaN();
    expect(dir.entries[0]!.compressedSize).toBe(4);
  });

  it('saturated field without a zip64 extra is kept and noted', () => {
    const bad = buildZip([{ name: 'x.pkl', data: BENIGN_PICKLE, uncompressedSize: 0xffffffff }]);
    const dir = readZipDirectory(new BufferSource(bad));
    expect(dir.entries[0]!.uncompressedSize).toBe(0xffffffff);
    expect(dir.entries[0]!.problems.join()).toMatch(/no zip64 extra/);
  });

  it('entry count lying upwards: error with the entries read', () => {
    const bad = buildZip([{ name: 'x.pkl', data: BENIGN_PICKLE }], { declaredEntries: 40 });
    const dir = readZipDirectory(new BufferSource(bad));
    expect(dir.entries).toHaveLength(1);
    expect(dir.error).toMatch(/declares 40 entries but the directory holds 1/);
  });

  it('entry count lying downwards: every entry is still read', () => {
    const bad = buildZip(
      [
        { name: 'x.pkl', data: BENIGN_PICKLE },
        { name: 'hidden.pkl', data: EVIL_PICKLE },
      ],
      { declaredEntries: 1 },
    );
    const dir = readZipDirectory(new BufferSource(bad));
    expect(dir.entries.map((e) => e.name)).toEqual(['x.pkl', 'hidden.pkl']);
    expect(dir.error).toBeUndefined();
    expect(dir.problems.join()).toMatch(/declares 1 entries/);
  });

  it('garbage inside the central directory keeps the entries before it', () => {
    const z = buildZip([
      { name: 'one.pkl', data: BENIGN_PICKLE },
      { name: 'two.pkl', data: BENIGN_PICKLE },
    ]);
    const dir0 = readZipDirectory(new BufferSource(z));
    const second = dir0.centralDirectoryOffset + 46 + 'one.pkl'.length;
    const bad = z.slice();
    bad[second] = 0x00; // break the second central signature
    const dir = readZipDirectory(new BufferSource(bad));
    expect(dir.entries.map((e) => e.name)).toEqual(['one.pkl']);
    expect(dir.error).toMatch(/no valid signature/);
  });

  it('name length running past the directory', () => {
    const z = buildZip([{ name: 'one.pkl', data: BENIGN_PICKLE }]);
    const dir0 = readZipDirectory(new BufferSource(z));
    const bad = z.slice();
    bad[dir0.centralDirectoryOffset + 28] = 0xff;
    bad[dir0.centralDirectoryOffset + 29] = 0xff;
    const dir = readZipDirectory(new BufferSource(bad));
    expect(dir.entries).toHaveLength(0);
    expect(dir.error).toMatch(/runs past the end/);
  });

  it('local header offset pointing nowhere', () => {
    const z = buildZip([{ name: 'one.pkl', data: BENIGN_PICKLE, localHeaderOffset: 9_999_999 }]);
    const source = new BufferSource(z);
    const dir = readZipDirectory(source);
    expect(() => readLocalHeader(source, dir.entries[0]!)).toThrow(/beyond the end of the file/);
    const z2 = buildZip([{ name: 'one.pkl', data: BENIGN_PICKLE, localHeaderOffset: 3 }]);
    const s2 = new BufferSource(z2);
    expect(() => readLocalHeader(s2, readZipDirectory(s2).entries[0]!)).toThrow(/no local header signature/);
  });

  it('member data running past the end of the file is measured', () => {
    const z = buildZip([{ name: 'one.pkl', data: BENIGN_PICKLE, compressedSize: 1_000_000, uncompressedSize: 1_000_000 }]);
    const source = new BufferSource(z);
    const dir = readZipDirectory(source);
    const local = readLocalHeader(source, dir.entries[0]!);
    expect(local.available).toBeLessThan(1_000_000);
  });

  it('an EOCD signature inside the comment does not hide the real one', () => {
    const fakeEocd = Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0xee)]);
    const z = buildZip([{ name: 'one.pkl', data: BENIGN_PICKLE }], { comment: fakeEocd });
    const dir = readZipDirectory(new BufferSource(z));
    expect(dir.entries.map((e) => e.name)).toEqual(['one.pkl']);
  });

  it('stops at maxMembers', () => {
    const z = buildZip(Array.from({ length: 10 }, (_, i) => ({ name: `m${i}.pkl`, data: BENIGN_PICKLE })));
    const dir = readZipDirectory(new BufferSource(z), { maxMembers: 3 });
    expect(dir.entries).toHaveLength(3);
    expect(dir.truncatedAtLimit).toBe(true);
  });

  it('an empty archive is valid and has no entries', () => {
    const z = buildZip([]);
    const dir = readZipDirectory(new BufferSource(z));
    expect(dir.entries).toEqual([]);
    expect(looksLikeZip(new BufferSource(z), z, z)).toBe(false); // nothing to claim at offset 0 either
  });
});

describe('central directory differentials', () => {
  it('reads both the declared directory (miniz) and the one before the end record (Python zipfile)', () => {
    const source = new BufferSource(twoDirectoryZip());
    const dir = readZipDirectory(source);
    expect(dir.entries.map((e) => [e.name, e.shift, e.fromAlternateDirectory ?? false])).toEqual([
      ['good.pkl', 0, false],
      ['evil.pkl', 46 + 8, true],
    ]);
    expect(dir.problems.join()).toMatch(/second central directory/);
    const evil = readLocalHeader(source, dir.entries[1]!);
    expect(Array.from(source.read(evil.dataOffset, EVIL_PICKLE.length))).toEqual(Array.from(EVIL_PICKLE));
  });
});

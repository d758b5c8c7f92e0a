import { describe, expect, it } from 'vitest';
import { parseLfsPointer } from '../../src/formats/lfs/index.js';
import { parsePyLiteral, PyDictLit, PyTupleLit } from '../../src/formats/numpy/literal.js';
import { descrInfo } from '../../src/formats/numpy/index.js';
import { detectCompression, innerName } from '../../src/formats/compressed/index.js';
import { mediumPlus, scanBytes, scanFixture, summary } from './helpers.js';

describe('Git LFS pointers', () => {
  it('are reported as not scanned, never clean', async () => {
    const r = await scanFixture('lfs_pointer.bin');
    expect(r.status, summary(r)).toBe('incomplete');
    expect(r.formats).toEqual(['git-lfs-pointer']);
    const f = r.findings.find((x) => x.ruleId === 'scan/lfs-pointer');
    expect(f?.severity).toBe('medium');
    expect(f?.message).toContain('lfs: true');
    expect(f?.properties).toMatchObject({ size: 438007637 });
  });

  it('parse only real pointers', () => {
    expect(parseLfsPointer(Buffer.from('version https://git-lfs.github.com/spec/v1\noid sha256:' + 'a'.repeat(64) + '\nsize 12\n'))).toEqual({
      oid: 'a'.repeat(64),
      size: 12,
    });
    expect(parseLfsPointer(Buffer.from('version 1\n'))).toBeUndefined();
    expect(parseLfsPointer(Buffer.alloc(2000, 0x20))).toBeUndefined();
  });
});

describe('NumPy .npy and .npz', () => {
  it('header literals are parsed strictly, never evaluated', () => {
    const v = parsePyLiteral("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }");
    expect(v).toBeInstanceOf(PyDictLit);
    expect((v as PyDictLit).get('shape')).toEqual(new PyTupleLit([3, 4]));
    expect(parsePyLiteral('(5,)')).toEqual(new PyTupleLit([5]));
    expect(parsePyLiteral('()')).toEqual(new PyTupleLit([]));
    for (const bad of ["__import__('os').system('id')", "{'a': 1.5}", "{'a': (1)}", "{'a': 1} x", "{'a': b'x'}", "'unterminated", '[' .repeat(100)]) {
      expect(() => parsePyLiteral(bad), bad).toThrow();
    }
  });

  it('dtypes: sizes and object fields', () => {
    expect(descrInfo('<f4', 0)).toEqual({ size: 4, hasObject: false });
    expect(descrInfo('|O', 0)).toEqual({ size: 8, hasObject: true });
    expect(descrInfo('<U3', 0)).toEqual({ size: 12, hasObject: false });
    expect(descrInfo([new PyTupleLit(['a', '<i4']), new PyTupleLit(['b', '<f8', new PyTupleLit([2])])], 0)).toEqual({ size: 20, hasObject: false });
    expect(descrInfo([new PyTupleLit(['w', '<f4']), new PyTupleLit(['m', '|O'])], 0).hasObject).toBe(true);
    expect(() => descrInfo('<x9', 0)).toThrow();
  });

  it.each(['array_f32.npy', 'array_v2_structured.npy', 'array_object.npy', 'arrays_object.npz'])('%s: benign, complete', async (name) => {
    const r = await scanFixture(name);
    expect(mediumPlus(r), summary(r)).toEqual([]);
    expect(r.status).toBe('complete');
    expect(r.formats).toContain('numpy');
  });

  it.each([
    ['malicious_object.npy', '[object array pickle]'],
    ['malicious_object_structured.npy', '[object array pickle]'],
    ['malicious_object.npz', 'labels.npy!/[object array pickle]'],
  ])('%s: the object array pickle is scanned', async (name, member) => {
    const r = await scanFixture(name);
    const f = r.findings.find((x) => x.ruleId === 'pickle/code-execution');
    expect(f, summary(r)).toMatchObject({ severity: 'critical', callable: 'os.system', member });
  });

  it('a truncated array is not clean', async () => {
    const r = await scanFixture('truncated.npy');
    expect(r.status).toBe('incomplete');
    expect(r.reasons.join()).toMatch(/declares 512 bytes of array data but only 412/);
  });

  it('a broken header is not clean', async () => {
    const head = Buffer.from("\x93NUMPY\x01\x00\x20\x00{'descr': eval('1'), 'shape': ()}\n", 'latin1');
    const r = await scanBytes(head, 'bad.npy');
    expect(r.status).toBe('incomplete');
    expect(r.reasons.join()).toMatch(/invalid \.npy header/);
  });

  it('bytes after the array are routed by content (a pickle riding along)', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { CONTAINERS } = await import('./helpers.js');
    const npy = readFileSync(join(CONTAINERS, 'array_f32.npy'));
    const evil = readFileSync(join(CONTAINERS, 'malicious_pickle_no_extension'));
    const r = await scanBytes(Buffer.concat([npy, evil]), 'polyglot.npy');
    expect(r.findings.find((f) => f.callable === 'os.system')?.member).toBe('[bytes after the array]');
  });
});

describe('compressed streams', () => {
  it('recognises each compressor by its magic, not by name', () => {
    const h = (hex: string) => Buffer.from(hex.replaceAll(' ', ''), 'hex');
    expect(detectCompression(h('1f8b 0800 0000 0000 00ff'))).toBe('gzip');
    expect(detectCompression(h('425a 6839 3141 5926 5359'))).toBe('bz2');
    expect(detectCompression(h('fd37 7a58 5a00 0004 e6d6'))).toBe('xz');
    expect(detectCompression(h('0422 4d18 6440 a700 0000'))).toBe('lz4');
    expect(detectCompression(h('5d00 0080 00ff ffff ffff ffff ff00 00'))).toBe('lzma');
    // "x^" starts a valid zlib header but is text: it must inflate to be claimed.
    expect(detectCompression(Buffer.from('x^2 + y^2 = z^2, a formula in a text file'))).toBeUndefined();
    expect(detectCompression(Buffer.from('BZh9 is not bzip2 without its block magic'))).toBeUndefined();
  });

  it('names the content after the file without its compression extension', () => {
    expect(innerName('a/model.tar.gz', 'gzip')).toBe('model.tar');
    expect(innerName('model.tgz', 'gzip')).toBe('model.tar');
    expect(innerName('model.joblib', 'zlib')).toBe('[zlib content]');
  });
});

describe('joblib', () => {
  it.each(['joblib_arrays.joblib', 'joblib_object_array.joblib', 'joblib_zlib.joblib', 'joblib_gzip.joblib'])('%s: benign', async (name) => {
    const r = await scanFixture(name);
    expect(mediumPlus(r), summary(r)).toEqual([]);
    expect(r.status, summary(r)).toBe('complete');
  });

  it.each([
    ['malicious_joblib.joblib', undefined],
    ['malicious_joblib_object_array.joblib', undefined],
    ['malicious_joblib_zlib.joblib', '[zlib content]'],
    ['malicious_joblib_gzip.joblib', '[gzip content]'],
    ['malicious_joblib_zfile.pkl', '[joblib-zfile content]'],
  ])('%s: payload found', async (name, member) => {
    const r = await scanFixture(name);
    const f = r.findings.find((x) => x.ruleId === 'pickle/code-execution');
    expect(f, summary(r)).toMatchObject({ severity: 'critical', callable: 'os.system' });
    expect(f?.member).toBe(member);
  });

  it('a truncated gzip stream keeps what came before the cut and is not clean', async () => {
    const r = await scanFixture('truncated_gzip.joblib');
    expect(r.status).toBe('incomplete');
    expect(r.reasons.join()).toMatch(/damaged or truncated/);
  });

  it('a gzip bomb stops at maxMemberBytes and says so', async () => {
    const r = await scanFixture('bomb.pkl.gz', { limits: { maxMemberBytes: 1 << 20 } });
    expect(r.status).toBe('incomplete');
    expect(r.reasons.join()).toMatch(/more than 1048576 bytes \(limit maxMemberBytes\)/);
  });

  it('the whole-file budget is shared by nested streams', async () => {
    const r = await scanFixture('bomb.pkl.gz', { limits: { maxTotalInflatedBytes: 1 << 20 } });
    expect(r.reasons.join()).toMatch(/limit maxTotalInflatedBytes/);
  });
});

describe('zlib claims', () => {
  it('a cut-off zlib joblib that starts a pickle is still scanned', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { CONTAINERS } = await import('./helpers.js');
    const z = readFileSync(join(CONTAINERS, 'malicious_joblib_zlib.joblib'));
    const r = await scanBytes(z.subarray(0, z.length - 6), 'cut.joblib');
    expect(r.status).toBe('incomplete');
    expect(r.formats[0], summary(r)).toBe('compressed');
  });
});

describe('every joblib compressor', () => {
  const COMPRESSORS = ['zlib', 'gzip', 'bz2', 'lzma', 'xz', 'lz4'];

  it.each(COMPRESSORS)('joblib %s: benign is clean and complete', async (c) => {
    const r = await scanFixture(`joblib_${c}.joblib`);
    expect(mediumPlus(r), summary(r)).toEqual([]);
    expect(r.status).toBe('complete');
    expect(r.formats).toEqual(['compressed', 'pickle']);
  });

  it.each(COMPRESSORS)('joblib %s: the payload is found in the decompressed pickle', async (c) => {
    const r = await scanFixture(`malicious_joblib_${c}.joblib`);
    const f = r.findings.find((x) => x.ruleId === 'pickle/code-execution');
    expect(f, summary(r)).toMatchObject({ severity: 'critical', callable: 'os.system', member: `[${c} content]` });
  });

  it.each(COMPRESSORS)('joblib %s: output past maxMemberBytes stops and names the limit', async (c) => {
    const r = await scanFixture(`joblib_${c}.joblib`, { limits: { maxMemberBytes: 100 } });
    expect(r.status).toBe('incomplete');
    expect(r.reasons.join(), summary(r)).toMatch(/limit maxMemberBytes/);
  });

  it.each(COMPRESSORS.filter((c) => c !== 'zlib'))('joblib %s: a truncated stream is not clean', async (c) => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { CONTAINERS } = await import('./helpers.js');
    const b = readFileSync(join(CONTAINERS, `malicious_joblib_${c}.joblib`));
    const r = await scanBytes(b.subarray(0, Math.floor(b.length * 0.6)), `cut-${c}.joblib`);
    expect(r.status, summary(r)).toBe('incomplete');
  });

  it.each(['bomb.pkl.gz', 'bomb.pkl.bz2', 'bomb.pkl.xz'])('%s: 4 MiB bomb stops at a 1 MiB limit', async (name) => {
    const r = await scanFixture(name, { limits: { maxMemberBytes: 1 << 20 } });
    expect(r.status).toBe('incomplete');
    expect(r.reasons.join(), summary(r)).toMatch(/more than 1048576 bytes \(limit maxMemberBytes\)/);
  });

  it('random corruption of each stream never throws or hangs', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { CONTAINERS } = await import('./helpers.js');
    let seed = 11;
    for (const c of COMPRESSORS) {
      const base = readFileSync(join(CONTAINERS, `malicious_joblib_${c}.joblib`));
      for (let i = 0; i < 15; i++) {
        const b = Buffer.from(base);
        for (let k = 0; k < 4; k++) {
          seed = (seed * 1103515245 + 12345) & 0x7fffffff;
          const at = 8 + (seed % (b.length - 8));
          b[at] = seed & 0xff;
        }
        const r = await scanBytes(b, `fuzz-${c}-${i}.joblib`);
        expect(['complete', 'incomplete', 'unsupported']).toContain(r.status);
      }
    }
  }, 60_000);
});

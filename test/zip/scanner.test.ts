import { readFileSync } from 'node:fs';
import * as fflate from 'fflate';
import { constants as zlibConstants, deflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BufferSource } from '../../src/core/source.js';
import { makeProbe } from '../../src/core/route.js';
import { SCANNERS } from '../../src/formats/index.js';
import {
  PREFIX_MEMBER,
  inflateBounded,
  isTensorStorage,
  pytorchZipScanner,
  torchPrefixes,
  zipScanner,
} from '../../src/formats/zip/index.js';
import { BENIGN_PICKLE, EVIL_PICKLE, buildZip, enc, twoDirectoryZip } from './build.js';
import { FIXTURES, scanBytes, scanFixture, stubScanners } from './helpers.js';

/**
 * Routing through the zip scanners with a stand-in pickle scanner, so these tests
 * exercise the zip code whatever state the real pickle engine is in.
 */

function crit(result: Awaited<ReturnType<typeof scanFixture>>) {
  return result.findings.filter((f) => f.ruleId === 'pickle/code-execution');
}

describe('registration and claims', () => {
  it('zip scanners come before the pickle scanner', () => {
    const ids = SCANNERS.map((s) => s.id);
    expect(ids.indexOf('pytorch-zip')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('pytorch-zip')).toBeLessThan(ids.indexOf('zip'));
    expect(ids.indexOf('zip')).toBeLessThan(ids.indexOf('pickle'));
  });

  it('claims by content, not by name', () => {
    const probe = (file: string, as: string) => makeProbe(new BufferSource(readFileSync(join(FIXTURES, file))), as);
    expect(pytorchZipScanner.claim(probe('torch_state_dict.pt', 'x.txt'))).toBe('magic');
    expect(zipScanner.claim(probe('torch_state_dict.pt', 'x.txt'))).toBe('magic');
    expect(pytorchZipScanner.claim(probe('arrays.npz', 'model.pt'))).toBe(false);
    expect(zipScanner.claim(probe('arrays.npz', 'model.pt'))).toBe('magic');
    expect(zipScanner.claim(probe('malicious_polyglot.pkl', 'a.pkl'))).toBe('magic');
    expect(zipScanner.claim(probe('torch_legacy.pt', 'model.pt'))).toBe(false);
    expect(pytorchZipScanner.claim(probe('torch_legacy.pt', 'model.pt'))).toBe(false);
    expect(zipScanner.claim(probe('malicious_raw.pkl', 'model.zip'))).toBe(false);
  });

  it('recognises torch layouts under any top-level folder', () => {
    const entries = (names: string[]) => names.map((name, index) => ({ name, index }) as never);
    expect([...torchPrefixes(entries(['archive/data.pkl', 'archive/data/0']))]).toEqual(['archive']);
    expect([...torchPrefixes(entries(['my model/version', 'my model/data/0']))]).toEqual(['my model']);
    expect([...torchPrefixes(entries(['x/.data/version', 'x/data.txt']))]).toEqual(['x']);
    expect(torchPrefixes(entries(['data.pkl', 'a/b/data.pkl'])).size).toBe(0);
    const p = new Set(['archive']);
    expect(isTensorStorage('archive/data/0', p)).toBe(true);
    expect(isTensorStorage('archive/data/123', p)).toBe(true);
    expect(isTensorStorage('archive/data/0.pkl', p)).toBe(false);
    expect(isTensorStorage('other/data/0', p)).toBe(false);
    expect(isTensorStorage('archive/data.pkl', p)).toBe(false);
  });
});

describe('routing members (stub pickle scanner)', () => {
  it('torch checkpoint: scans data.pkl, never touches tensor storages', async () => {
    const { scanners, probed, scanned } = stubScanners();
    const result = await scanFixture('malicious_torch.pt', { scanners });
    expect(result.formats).toEqual(['pytorch-zip', 'pickle']);
    expect(result.status).toBe('complete');
    const [f] = crit(result);
    expect(f).toMatchObject({ callable: 'os.system', member: 'malicious_torch/data.pkl', format: 'pickle' });
    expect(scanned.map((s) => s.member)).toEqual(['malicious_torch/data.pkl']);
    // the file itself, then data.pkl and version: storage "0" is never probed
    expect(probed.map((p) => p.name)).toEqual(['malicious_torch.pt', 'data.pkl', 'version']);
  });

  it.each([
    ['malicious_torch_renamed.pt', 'malicious_torch_renamed/data.txt'],
    ['malicious_torch_name_mismatch.pt', 'malicious_torch_name_mismatch/data.pkl'],
    ['malicious_torch_bad_crc.pt', 'malicious_torch_bad_crc/data.pkl'],
    ['malicious_torch_encrypted_flag.pt', 'malicious_torch_encrypted_flag/data.pkl'],
    ['malicious_torch_zip64.pt', 'malicious_torch_zip64/data.pkl'],
    ['malicious_torch_deflated.pt', 'malicious_torch_deflated/data.pkl'],
    ['malicious_nested.zip', 'models/inner.zip!/payload.pkl'],
    ['malicious_polyglot.pkl', PREFIX_MEMBER],
  ])('%s: payload found in %s', async (file, member) => {
    const { scanners } = stubScanners();
    const result = await scanFixture(file, { scanners });
    expect(crit(result).map((f) => f.member)).toEqual([member]);
    expect(result.status).toBe('complete');
  });

  it('benign archives: complete, nothing found', async () => {
    for (const file of ['torch_state_dict.pt', 'torch_module.pt', 'arrays.npz', 'plain.zip']) {
      const { scanners } = stubScanners();
      const result = await scanFixture(file, { scanners });
      expect(result.findings, file).toEqual([]);
      expect(result.status, file).toBe('complete');
    }
  });

  it('a non-torch zip routes every member, including data/<n> names', async () => {
    const { scanners, scanned } = stubScanners();
    const z = buildZip([
      { name: 'data/0', data: EVIL_PICKLE },
      { name: 'notes.txt', data: enc('hello') },
    ]);
    const result = await scanBytes(z, 'x.zip', { scanners });
    expect(result.formats[0]).toBe('zip');
    expect(crit(result).map((f) => f.member)).toEqual(['data/0']);
    expect(scanned).toHaveLength(1);
  });

  it('torch.load would unpickle data.pkl: unrecognisable bytes there are not "clean"', async () => {
    const { scanners } = stubScanners();
    const z = buildZip([
      { name: 'archive/data.pkl', data: enc('not a pickle at all') },
      { name: 'archive/version', data: enc('3\n') },
    ]);
    const result = await scanBytes(z, 'x.pt', { scanners });
    expect(result.status).toBe('incomplete');
    expect(result.reasons.join()).toMatch(/archive\/data\.pkl.*not recognisable as a pickle/);
  });

  it('encrypted flag on data that nothing recognises is reported', async () => {
    const { scanners } = stubScanners();
    const z = buildZip([{ name: 'secret.bin', data: Uint8Array.from({ length: 64 }, (_, i) => (i * 37) & 0xff), flags: 1 }]);
    const result = await scanBytes(z, 'x.zip', { scanners });
    expect(result.status).toBe('incomplete');
    expect(result.reasons.join()).toMatch(/secret\.bin.*marked as encrypted/);
  });

  it.each([0x20, 0x40, 0x61])('flag bits 0x%s do not stop a pickle from being read', async (flags) => {
    const { scanners } = stubScanners();
    const z = buildZip([{ name: 'archive/data.pkl', data: EVIL_PICKLE, flags }, { name: 'archive/version', data: enc('3\n') }]);
    const result = await scanBytes(z, 'x.pt', { scanners });
    expect(crit(result)).toHaveLength(1);
  });

  it('a second central directory where Python zipfile reads it is scanned too', async () => {
    const { scanners, scanned } = stubScanners();
    const result = await scanBytes(twoDirectoryZip(), 'two.npz', { scanners });
    expect(scanned.map((s) => s.member)).toEqual(['good.pkl', 'evil.pkl']);
    expect(crit(result).map((f) => f.member)).toEqual(['evil.pkl']);
  });

  it('duplicate member names are all scanned', async () => {
    const { scanners, scanned } = stubScanners();
    const z = buildZip([
      { name: 'archive/data.pkl', data: BENIGN_PICKLE },
      { name: 'archive/data.pkl', data: EVIL_PICKLE },
      { name: 'archive/version', data: enc('3\n') },
    ]);
    const result = await scanBytes(z, 'x.pt', { scanners });
    expect(scanned).toHaveLength(2);
    expect(crit(result)).toHaveLength(1);
  });

  it('entry count lying: hidden entries are scanned, missing ones reported', async () => {
    const { scanners } = stubScanners();
    const hidden = buildZip(
      [
        { name: 'a.pkl', data: BENIGN_PICKLE },
        { name: 'b.pkl', data: EVIL_PICKLE },
      ],
      { declaredEntries: 1 },
    );
    const r1 = await scanBytes(hidden, 'h.zip', { scanners });
    expect(crit(r1).map((f) => f.member)).toEqual(['b.pkl']);
    const missing = buildZip([{ name: 'b.pkl', data: EVIL_PICKLE }], { declaredEntries: 7 });
    const r2 = await scanBytes(missing, 'm.zip', { scanners });
    expect(crit(r2)).toHaveLength(1);
    expect(r2.status).toBe('incomplete');
    expect(r2.reasons.join()).toMatch(/declares 7 entries/);
  });
});

describe('limits and malformed archives through scanFile', () => {
  it('a member claiming 10 GB uncompressed is reported, not allocated', async () => {
    const { scanners } = stubScanners();
    const z = buildZip([
      { name: 'bomb.pkl', data: EVIL_PICKLE, method: 8, zip64: { usize: 10_000_000_000n } },
      { name: 'ok.pkl', data: EVIL_PICKLE, method: 8 },
    ]);
    const result = await scanBytes(z, 'bomb.zip', { scanners });
    expect(result.status).toBe('incomplete');
    expect(result.reasons.join()).toMatch(/bomb\.pkl.*10000000000 bytes.*maxMemberBytes/);
    expect(crit(result).map((f) => f.member)).toEqual(['ok.pkl']);
  });

  it('maxMemberBytes and maxTotalInflatedBytes are enforced before inflating', async () => {
    const { scanners } = stubScanners();
    const big = new Uint8Array(5000).fill(0x41);
    const z = buildZip([
      { name: 'a.bin', data: big, method: 8 },
      { name: 'b.bin', data: big, method: 8 },
      { name: 'c.bin', data: big, method: 8 },
    ]);
    const r1 = await scanBytes(z, 'a.zip', { scanners, limits: { maxMemberBytes: 4000 } });
    expect(r1.reasons.filter((r) => r.includes('maxMemberBytes'))).toHaveLength(3);
    const r2 = await scanBytes(z, 'b.zip', { scanners, limits: { maxTotalInflatedBytes: 12_000 } });
    expect(r2.reasons).toHaveLength(1);
    expect(r2.reasons[0]).toMatch(/c\.bin.*maxTotalInflatedBytes/);
  });

  it('the inflate budget is shared with nested archives', async () => {
    const { scanners } = stubScanners();
    const big = new Uint8Array(5000).fill(0x41);
    const inner = buildZip([{ name: 'inner.bin', data: big, method: 8 }]);
    const outer = buildZip([
      { name: 'first.bin', data: big, method: 8 },
      { name: 'inner.zip', data: inner, method: 8 },
    ]);
    const result = await scanBytes(outer, 'o.zip', { scanners, limits: { maxTotalInflatedBytes: 5000 + inner.length + 100 } });
    expect(result.reasons.join()).toMatch(/inner\.zip!\/.*inner\.bin.*maxTotalInflatedBytes|inner\.bin.*maxTotalInflatedBytes/);
  });

  it('maxMembers', async () => {
    const { scanners } = stubScanners();
    const z = buildZip(Array.from({ length: 6 }, (_, i) => ({ name: `m${i}.txt`, data: enc('x') })));
    const result = await scanBytes(z, 'many.zip', { scanners, limits: { maxMembers: 4 } });
    expect(result.status).toBe('incomplete');
    expect(result.reasons.join()).toMatch(/more than 4 members.*maxMembers/);
  });

  it('nesting depth is bounded by the context', async () => {
    const { scanners } = stubScanners();
    let z = buildZip([{ name: 'p.pkl', data: EVIL_PICKLE }]);
    for (let i = 0; i < 8; i++) z = buildZip([{ name: `l${i}.zip`, data: z }]);
    const result = await scanBytes(z, 'deep.zip', { scanners, limits: { maxDepth: 4 } });
    expect(result.status).toBe('incomplete');
    expect(result.reasons.join()).toMatch(/nested deeper/);
  });

  it('unsupported compression methods: reported for members that matter only', async () => {
    const { scanners } = stubScanners();
    const z = buildZip([
      { name: 'archive/data.pkl', data: EVIL_PICKLE },
      { name: 'archive/data/0', data: new Uint8Array(16), method: 12 },
      { name: 'archive/version', data: enc('3\n') },
    ]);
    const r1 = await scanBytes(z, 'ok.pt', { scanners });
    expect(r1.status).toBe('complete');
    const z2 = buildZip([{ name: 'weights.bin', data: new Uint8Array(16), method: 14 }]);
    const r2 = await scanBytes(z2, 'x.zip', { scanners });
    expect(r2.status).toBe('incomplete');
    expect(r2.reasons.join()).toMatch(/weights\.bin.*method 14 \(lzma\)/);
  });

  it('truncated archive with a zip signature: incomplete, never a throw', async () => {
    const z = readFileSync(join(FIXTURES, 'malicious_torch.pt'));
    const result = await scanBytes(z.subarray(0, 400), 'cut.pt', { scanners: stubScanners().scanners });
    expect(result.formats).toEqual(['zip']);
    expect(result.status).toBe('incomplete');
    expect(result.reasons.join()).toMatch(/end-of-central-directory/);
  });

  it('central directory offset beyond the file: incomplete with the reason', async () => {
    const z = buildZip([{ name: 'x.pkl', data: EVIL_PICKLE }], { cdOffset: 0x7fff0000 });
    const result = await scanBytes(z, 'x.zip', { scanners: stubScanners().scanners });
    expect(result.status).toBe('incomplete');
    expect(result.reasons.join()).toMatch(/beyond the end of the file/);
  });

  it('impossible zip64 entry sizes: incomplete', async () => {
    const z = buildZip([{ name: 'x.pkl', data: EVIL_PICKLE, zip64: { usize: 1n << 60n, csize: 1n << 60n } }]);
    const result = await scanBytes(z, 'x.zip', { scanners: stubScanners().scanners });
    expect(result.status).toBe('incomplete');
    expect(result.reasons.join()).toMatch(/impossible zip64 sizes/);
  });

  it('a STORED member running past the end is scanned as far as it goes and reported', async () => {
    const { scanners } = stubScanners();
    const z = buildZip([{ name: 'x.pkl', data: EVIL_PICKLE, compressedSize: 99_999, uncompressedSize: 99_999 }]);
    const result = await scanBytes(z, 'x.zip', { scanners });
    expect(result.status).toBe('incomplete');
    expect(result.reasons.join()).toMatch(/x\.pkl.*truncated/);
    expect(crit(result)).toHaveLength(1);
  });

  it('a corrupt deflate stream: what inflated before the damage is still scanned', async () => {
    const payload = new Uint8Array(100_000);
    payload.set(EVIL_PICKLE);
    // a non-final stream (sync flush) followed by a block of the reserved type 3: "invalid block type"
    const good = deflateRawSync(payload, { finishFlush: zlibConstants.Z_SYNC_FLUSH });
    const compressed = new Uint8Array(good.length + 1);
    compressed.set(good);
    compressed[good.length] = 0x07;
    const z = buildZip([{ name: 'x.pkl', data: payload, method: 8, compressed }]);
    const { scanners, scanned } = stubScanners();
    const result = await scanBytes(z, 'x.zip', { scanners });
    expect(result.status).toBe('incomplete');
    expect(result.reasons.join()).toMatch(/x\.pkl.*could not be inflated/);
    expect(crit(result)).toHaveLength(1);
    expect(scanned[0]!.size).toBeGreaterThan(EVIL_PICKLE.length);
  });

  it('inflateBounded never writes past the declared size', async () => {
    const data = new Uint8Array(10_000).fill(7);
    const out = await inflateBounded(fflate.deflateSync(data), 100);
    expect(out.bytes.length).toBe(100);
    const bad = await inflateBounded(Uint8Array.from([1, 2, 3, 4, 5]), 50);
    expect(bad.error).toBeDefined();
    expect(bad.bytes.length).toBeLessThanOrEqual(50);
  });
});

describe('amplification', () => {
  it('overlapping entries and nested archives share one member budget', async () => {
    const { scanners, scanned } = stubScanners();
    // 30 central entries that all point at the same STORED inner zip of 30 members
    const inner = buildZip(Array.from({ length: 30 }, (_, i) => ({ name: `p${i}.pkl`, data: BENIGN_PICKLE })));
    const first = buildZip([{ name: 'inner0.zip', data: inner }]);
    const view = new DataView(first.buffer);
    const cdOffset = view.getUint32(first.length - 22 + 16, true);
    const cdEntry = first.slice(cdOffset, first.length - 22);
    const parts: Uint8Array[] = [first.subarray(0, cdOffset)];
    for (let i = 0; i < 30; i++) {
      const e = cdEntry.slice();
      const n = enc(`inner${i % 10}`);
      e.set(n, 46); // inner0..inner9, three entries each: all overlap the same local header
      parts.push(e);
    }
    const cdSize = cdEntry.length * 30;
    const eocd = first.slice(first.length - 22);
    const ev = new DataView(eocd.buffer);
    ev.setUint16(8, 30, true);
    ev.setUint16(10, 30, true);
    ev.setUint32(12, cdSize, true);
    parts.push(eocd);
    const bomb = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      bomb.set(p, at);
      at += p.length;
    }
    const result = await scanBytes(bomb, 'bomb.zip', { scanners, limits: { maxMembers: 200 } });
    expect(result.status).toBe('incomplete');
    expect(result.reasons.join()).toMatch(/more than 200 archive members.*maxMembers/);
    expect(scanned.length).toBeLessThanOrEqual(200);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BoundedOutput } from '../../src/formats/compressed/output.js';
import { decodeLzmaAlone } from '../../src/formats/compressed/lzma.js';
import { lzma2DictionarySize } from '../../src/formats/compressed/lzma2.js';
import { bcjX86 } from '../../src/formats/sevenzip/coders.js';
import { crc32, crc32js } from '../../src/formats/sevenzip/crc32.js';
import { HeaderReader } from '../../src/formats/sevenzip/header.js';
import type { FileResult } from '../../src/core/types.js';
import { CONTAINERS, mediumPlus, scanBytes, scanFixture, summary } from './helpers.js';

/**
 * 7z archives (threats A7/A8: nullifAI's 7z-wrapped PyTorch checkpoints). Fixtures:
 * test/fixtures/containers/make_7z.py (real archives from 7zz, byte-edited and
 * hand-built adversarial ones).
 */
const SEVEN = join(CONTAINERS, '7z');
const fixture = (name: string): Uint8Array => readFileSync(join(SEVEN, name));
const scan7z = (name: string, options: Parameters<typeof scanFixture>[1] = {}): Promise<FileResult> => scanFixture(`7z/${name}`, options);

function critical(r: FileResult, member: string): void {
  const hit = r.findings.find((f) => f.ruleId === 'pickle/code-execution' && f.member === member);
  expect(hit, summary(r)).toMatchObject({ severity: 'critical', callable: 'os.system' });
}

function notScanned(r: FileResult, reason: RegExp): void {
  expect(r.status, summary(r)).toBe('incomplete');
  const finding = r.findings.find((f) => f.ruleId === 'archive/not-scanned');
  expect(finding, summary(r)).toMatchObject({ severity: 'high', format: '7z' });
  expect(finding!.message).toMatch(reason);
  expect(r.reasons.join('\n')).toMatch(reason);
}

describe('7z: every supported coder decodes, and the payload is found in the member', () => {
  it.each([
    ['lzma2.7z', '7zz default (LZMA2, compressed chunks)'],
    ['lzma.7z', '-m0=LZMA'],
    ['copy.7z', '-m0=Copy'],
    ['deflate.7z', '-m0=Deflate'],
    ['bzip2.7z', '-m0=BZip2'],
    ['handmade_lzma.7z', 'a raw LZMA stream with an end marker'],
    ['big_dict_claim.7z', 'a claimed 1 GiB dictionary over a few KiB of data'],
  ])('%s (%s)', async (name) => {
    const r = await scan7z(name);
    expect(r.status, summary(r)).toBe('complete');
    expect(r.formats).toEqual(['7z', 'pickle']);
    critical(r, 'data.pkl');
    expect(r.findings).toHaveLength(1);
  });

  it('BCJ (x86) + LZMA2: the filtered member decodes to its CRC, the payload after it is found', async () => {
    const r = await scan7z('bcj.7z');
    expect(r.status, summary(r)).toBe('complete'); // a wrong BCJ decode would be a CRC mismatch
    critical(r, 'data.pkl');
  });

  it('the 7z from the container fixtures (a pickle, 7zz defaults) is decoded: threat A7', async () => {
    const r = await scanFixture('malicious_model.7z');
    expect(r.status, summary(r)).toBe('complete');
    critical(r, 'data.pkl');
  });

  it('the finding names the file and the member (model.7z!/data.pkl)', async () => {
    const r = await scanBytes(fixture('lzma2.7z'), 'model.7z');
    const f = r.findings.find((x) => x.ruleId === 'pickle/code-execution')!;
    expect(`${f.file.split('/').pop()}!/${f.member}`).toMatch(/model\.7z!\/data\.pkl$/);
  });

  it('is recognised by content whatever its name (a 7z named .pt)', async () => {
    const r = await scanBytes(fixture('lzma2.7z'), 'model.pt');
    expect(r.formats[0]).toBe('7z');
    critical(r, 'data.pkl');
  });
});

describe('7z: solid blocks, routing by content, nesting', () => {
  it.each(['solid.7z', 'solid_plain_header.7z'])('%s: one solid block; the payload named weights.bin is found, the torch checkpoint is clean', async (name) => {
    const r = await scan7z(name);
    expect(r.status, summary(r)).toBe('complete');
    expect(r.formats).toEqual(expect.arrayContaining(['7z', 'pytorch-zip', 'pickle', 'hf-config']));
    critical(r, 'model/weights.bin');
    expect(mediumPlus(r).map((f) => f.member)).toEqual(['model/weights.bin']);
  });

  it('a benign archive (torch checkpoint, config, README) has no medium+ finding', async () => {
    const r = await scan7z('benign.7z');
    expect(r.status, summary(r)).toBe('complete');
    expect(r.formats).toContain('pytorch-zip');
    expect(mediumPlus(r), summary(r)).toEqual([]);
  });

  it('a zip inside a 7z', async () => {
    const r = await scan7z('zip_in_7z.7z');
    expect(r.formats).toEqual(['7z', 'zip', 'pickle']);
    critical(r, 'bundle.zip!/inner/payload.pkl');
  });

  it('a 7z inside a zip', async () => {
    const r = await scan7z('7z_in_zip.zip');
    expect(r.formats).toEqual(['zip', '7z', 'pickle']);
    critical(r, 'models/model.7z!/data.pkl');
  });

  it('empty archives and archives of empty files and directories are complete and clean', async () => {
    for (const name of ['empty.7z', 'empty_entries.7z']) {
      const r = await scan7z(name);
      expect(r.status, summary(r)).toBe('complete');
      expect(r.findings).toEqual([]);
    }
  });
});

describe('7z: what cannot be decoded is reported, never clean', () => {
  it.each([
    ['ppmd.7z', /PPMd/],
    ['delta.7z', /Delta/],
    ['encrypted.7z', /encrypted \(7zAES/],
    ['huge_dict.7z', /4294967295-byte LZMA dictionary/],
  ])('%s: archive/not-scanned (high) naming the member and the reason', async (name, reason) => {
    const r = await scan7z(name);
    notScanned(r, reason);
    expect(r.findings.find((f) => f.ruleId === 'archive/not-scanned')!.message).toContain('"data.pkl"');
    expect(r.reasons.join()).toContain('"data.pkl"');
  });

  it.each([
    ['encrypted_header.7z', /header is encrypted/],
    ['truncated.7z', /beyond the end of the \d+-byte file/],
    ['header_outside.7z', /beyond the end of the \d+-byte file/],
    ['split.7z.001', /first volume of a multi-volume archive/],
    ['files_claim.7z', /claims 1099511627776 files/],
  ])('%s: could not be opened: archive/not-scanned (high)', async (name, reason) => {
    notScanned(await scan7z(name), reason);
  });
});

describe('7z: damage and lies', () => {
  it('a header that does not match its CRC is read anyway and reported not fully scanned', async () => {
    const r = await scan7z('header_crc.7z');
    expect(r.status).toBe('incomplete');
    expect(r.reasons.join()).toMatch(/header does not match its CRC/);
    critical(r, 'model/weights.bin');
  });

  it('damaged data: the payload before the damage is found, the damaged member is incomplete', async () => {
    const r = await scan7z('damaged_data.7z');
    expect(r.status).toBe('incomplete');
    critical(r, 'a.bin');
    expect(r.reasons.join()).toMatch(/member "b\.raw" could not be fully decoded/);
  });

  it.each(['claimed_size_copy.7z', 'claimed_size_lzma.7z'])('%s: a member claimed 1 TiB long is decoded as far as it goes, quickly, without the claimed memory', async (name) => {
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const r = await scan7z(name);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 * 1024);
    expect(r.status).toBe('incomplete');
    expect(r.reasons.join()).toMatch(/ends after 11816 of the 1099511627776 bytes/);
    critical(r, 'data.pkl');
  });

  it('a bomb in a solid block: decoded through (8 MiB of zeros) to the payload after it', async () => {
    const r = await scan7z('bomb.7z');
    critical(r, 'zz.txt');
    expect(r.formats).toEqual(['7z', 'pickle']);
  });

  it('maxMemberBytes: the oversized member is cut (and named), the payload after it is still reached', async () => {
    const r = await scan7z('bomb.7z', { limits: { maxMemberBytes: 1024 * 1024 } });
    expect(r.status).toBe('incomplete');
    expect(r.reasons.join()).toMatch(/member "zeros\.raw" has 8388608 bytes, more than the limit of 1048576 bytes \(limit maxMemberBytes\)/);
    critical(r, 'zz.txt');
  });

  it('maxTotalInflatedBytes: decoding stops, and what was not decoded is named', async () => {
    const r = await scan7z('bomb.7z', { limits: { maxTotalInflatedBytes: 4 * 1024 * 1024 } });
    expect(r.status).toBe('incomplete');
    const reasons = r.reasons.join('\n');
    expect(reasons).toMatch(/decoding stopped after \d+ of 8388608 bytes.*limit maxTotalInflatedBytes/);
    expect(reasons).toMatch(/member "zz\.txt" not decoded \(limit maxTotalInflatedBytes\)/);
    expect(r.findings.some((f) => f.ruleId === 'pickle/code-execution')).toBe(false);
  });

  it('maxMembers: members past the limit are not examined, and that is said', async () => {
    const all = await scan7z('many_members.7z');
    expect(all.status, summary(all)).toBe('complete');
    critical(all, 'zz.pkl');
    const r = await scan7z('many_members.7z', { limits: { maxMembers: 5 } });
    expect(r.status).toBe('incomplete');
    expect(r.reasons.join()).toMatch(/limit maxMembers/);
  });

  it('truncated at every length and flipped at many places: never an internal error, never clean when the archive is cut', async () => {
    const bytes = fixture('solid_plain_header.7z');
    for (let cut = 0; cut < bytes.length; cut += 97) {
      const r = await scanBytes(bytes.subarray(0, cut), 'cut.7z');
      expect(r.findings.some((f) => f.properties?.internalError), summary(r)).toBe(false);
      if (cut >= 6) expect(r.status, `cut at ${cut}: ${summary(r)}`).toBe('incomplete');
    }
    for (let at = 0; at < bytes.length; at += 41) {
      const flipped = Uint8Array.from(bytes);
      flipped[at] ^= 0x5a;
      const r = await scanBytes(flipped, 'flip.7z');
      expect(r.findings.some((f) => f.properties?.internalError), `flip at ${at}: ${summary(r)}`).toBe(false);
      // A broken signature is no longer a 7z: a .7z file nothing recognises is 'unsupported' (reported, not clean).
      expect(at < 6 ? ['unsupported'] : ['complete', 'incomplete'], `flip at ${at}: ${summary(r)}`).toContain(r.status);
    }
  });
});

describe('7z building blocks', () => {
  it('7z NUMBER encoding, and numbers past 2^53 refused', () => {
    const r = new HeaderReader(Uint8Array.from([0x05, 0x80, 0xff, 0xc1, 0x02, 0x03, 0xff, 1, 2, 3, 4, 5, 6, 7, 8]));
    expect(r.number()).toBe(5);
    expect(r.number()).toBe(0xff);
    expect(r.number()).toBe(0x010302);
    expect(() => r.number()).toThrow(/too large/);
  });

  it('LZMA2 dictionary sizes', () => {
    expect(lzma2DictionarySize(0)).toBe(4096);
    expect(lzma2DictionarySize(1)).toBe(6144);
    expect(lzma2DictionarySize(18)).toBe(2 * 1024 * 1024);
    expect(lzma2DictionarySize(37)).toBe(1536 * 1024 * 1024);
    expect(lzma2DictionarySize(40)).toBe(0xffffffff);
    expect(() => lzma2DictionarySize(41)).toThrow();
  });

  it('CRC-32: node:zlib and the JavaScript fallback agree, incrementally too', () => {
    const data = fixture('solid.7z');
    expect(crc32(data)).toBe(crc32js(data));
    expect(crc32(data.subarray(100), crc32(data.subarray(0, 100)))).toBe(crc32js(data));
    expect(crc32js(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('BCJ x86: a CALL target made absolute by the encoder is made relative again; other bytes pass', () => {
    // At stream position 0x100: E8 with absolute target 0x1234 → relative 0x1234 - (0x100 + 5).
    const buf = Uint8Array.from([0xe8, 0x34, 0x12, 0x00, 0x00, 0x90, 0x90, 0x90, 0x90, 0x90]);
    const n = bcjX86(buf, { prevMask: 0, pos: 0x100 });
    expect(n).toBeGreaterThanOrEqual(5);
    expect(Buffer.from(buf.subarray(1, 5)).readInt32LE(0)).toBe(0x1234 - 0x105);
    expect([...buf.subarray(5)]).toEqual([0x90, 0x90, 0x90, 0x90, 0x90]);
  });

  it('LZMA-alone keeps its behaviour on the new decoder (the joblib lzma fixtures and a limit)', async () => {
    const input = readFileSync(join(CONTAINERS, 'joblib_lzma.joblib'));
    const whole = new BoundedOutput(1 << 24);
    decodeLzmaAlone(input, whole);
    expect(whole.length).toBeGreaterThan(100);
    const cut = new BoundedOutput(50);
    expect(() => decodeLzmaAlone(input, cut)).toThrow();
    expect(cut.length).toBe(50);
    expect([...cut.bytes]).toEqual([...whole.bytes.subarray(0, 50)]);
  });
});

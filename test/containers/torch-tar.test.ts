import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTar, tarNumber } from '../../src/formats/tar/reader.js';
import { BufferSource } from '../../src/core/source.js';
import { readStringList } from '../../src/formats/torch-legacy/keys.js';
import { CONTAINERS, mediumPlus, scanBytes, scanFixture, summary } from './helpers.js';

const fixture = (name: string) => readFileSync(join(CONTAINERS, name));
const EVIL = fixture('malicious_pickle_no_extension');

describe('PyTorch legacy stacked pickles', () => {
  it.each(['torch_legacy_state.pt', 'torch_legacy_module.pt'])('%s: benign, complete, storages walked', async (name) => {
    const r = await scanFixture(name);
    expect(mediumPlus(r), summary(r)).toEqual([]);
    expect(r.status).toBe('complete');
    expect(r.formats).toEqual(['torch-legacy']);
  });

  it('tensor bytes that spell a malicious pickle are never parsed as one', async () => {
    const bytes = fixture('torch_legacy_pickle_in_storage.pt');
    expect(bytes.includes(Buffer.from('cos\nsystem\n'))).toBe(true);
    const r = await scanFixture('torch_legacy_pickle_in_storage.pt');
    expect(mediumPlus(r), summary(r)).toEqual([]);
    expect(r.status).toBe('complete');
  });

  it.each([
    ['malicious_torch_legacy.pt', 'os.system'],
    ['malicious_torch_legacy_magic_eval.pt', 'builtins.eval'],
    ['malicious_torch_legacy_keys.pt', 'os.system'],
  ])('%s: every pickle of the stream is scanned', async (name, callable) => {
    const r = await scanFixture(name);
    const f = r.findings.find((x) => x.ruleId === 'pickle/code-execution');
    expect(f, summary(r)).toMatchObject({ severity: 'critical', callable });
    expect(r.formats[0]).toBe('torch-legacy');
  });

  it('a payload appended after the last storage is found', async () => {
    const r = await scanBytes(Buffer.concat([fixture('torch_legacy_state.pt'), EVIL]), 'appended.pt');
    const f = r.findings.find((x) => x.callable === 'os.system');
    expect(f, summary(r)).toMatchObject({ member: '[bytes after the storages]', severity: 'critical' });
  });

  it('truncated storages are reported', async () => {
    const b = fixture('torch_legacy_state.pt');
    const r = await scanBytes(b.subarray(0, b.length - 5), 'cut.pt');
    expect(r.status).toBe('incomplete');
    expect(r.reasons.join()).toMatch(/storages run past the end/);
  });

  it('a broken pickle in the stream falls back to the plain pickle scan', async () => {
    const b = Buffer.from(fixture('malicious_torch_legacy.pt'));
    const at = b.indexOf(Buffer.from('cos\nsystem\n'));
    b[at + 20] = 0xff; // an unknown opcode after the payload's import
    const r = await scanBytes(b, 'broken.pt');
    expect(r.status).toBe('incomplete');
    expect(r.findings.some((f) => f.callable === 'os.system' || f.callable?.startsWith('os.system'))).toBe(true);
  });

  it('storage key lists: protocols 0, 2 and 4 parse; anything else does not', () => {
    const p2 = Buffer.from('80025d7100285801000000307101580100000031710265', 'hex');
    expect(readStringList(Buffer.concat([p2, Buffer.from('.')]))).toEqual(['0', '1']);
    expect(readStringList(Buffer.from('(lp0\nV0\np1\naV1\np2\na.', 'latin1'))).toEqual(['0', '1']);
    expect(readStringList(Buffer.from('80045d94288c01309494652e', 'hex'))).toEqual(['0']);
    expect(readStringList(Buffer.from('80025d71002858010000003071014b01652e', 'hex'))).toBeUndefined();
  });
});

describe('tar archives', () => {
  it('reads ustar, GNU long names and pax headers', () => {
    for (const name of ['malicious_pax_long_name.tar', 'malicious_gnu_long_name.tar']) {
      const listing = readTar(new BufferSource(fixture(name)), 100);
      expect(listing.error).toBeUndefined();
      expect(listing.entries.map((e) => e.name)).toEqual(['README.txt', `models/${'very-long-directory-name/'.repeat(5)}payload.bin`]);
    }
  });

  it('numbers: octal and base-256', () => {
    expect(tarNumber(Buffer.from('00000001750\0'), 0, 12)).toBe(1000);
    expect(tarNumber(Buffer.from([0x80, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0]), 0, 12)).toBe(2 ** 32);
    expect(tarNumber(Buffer.from('12x4\0'), 0, 5)).toBeUndefined();
  });

  it('plain.tar: benign, complete', async () => {
    const r = await scanFixture('plain.tar');
    expect(mediumPlus(r), summary(r)).toEqual([]);
    expect(r.status).toBe('complete');
    expect(r.formats[0]).toBe('tar');
  });

  it.each([
    ['malicious_pax_long_name.tar', `models/${'very-long-directory-name/'.repeat(5)}payload.bin`],
    ['malicious_gnu_long_name.tar', `models/${'very-long-directory-name/'.repeat(5)}payload.bin`],
    ['malicious.tar.gz', 'malicious.tar!/model/weights.pkl'],
    ['malicious.tar.bz2', 'malicious.tar!/model/weights.pkl'],
    ['malicious.tar.xz', 'malicious.tar!/model/weights.pkl'],
    ['malicious_zip_in.tgz', 'malicious_zip_in.tar!/bundle/model.zip!/inner/data.pkl'],
  ])('%s: members routed by content', async (name, member) => {
    const r = await scanFixture(name);
    const f = r.findings.find((x) => x.ruleId === 'pickle/code-execution');
    expect(f, summary(r)).toMatchObject({ severity: 'critical', callable: 'os.system', member });
  });

  it('nesting stops at maxDepth', async () => {
    const r = await scanFixture('malicious_zip_in.tgz', { limits: { maxDepth: 2 } });
    expect(r.status).toBe('incomplete');
    expect(r.reasons.join()).toMatch(/nested deeper than the limit of 2 levels/);
  });

  it('a zip appended after the tar is scanned', async () => {
    const r = await scanBytes(Buffer.concat([fixture('plain.tar'), fixture('malicious_zip_named.bin')]), 'poly.tar');
    expect(r.findings.find((f) => f.callable === 'os.system')?.member, summary(r)).toBe('[bytes after the tar archive]!/payload.pkl');
  });

  it('a truncated member is reported and what is there is scanned', async () => {
    const b = fixture('malicious_pax_long_name.tar');
    const listing = readTar(new BufferSource(b), 10);
    const last = listing.entries[1]!;
    const r = await scanBytes(b.subarray(0, last.dataOffset + last.size - 3), 'cut.tar');
    expect(r.status).toBe('incomplete');
    expect(r.reasons.join()).toMatch(/is truncated/);
  });

  it('more members than maxMembers is reported with the limit', async () => {
    const r = await scanFixture('plain.tar', { limits: { maxMembers: 1 } });
    expect(r.reasons.join()).toMatch(/limit maxMembers/);
  });

  it('a corrupted header after the first stops the archive like tarfile, and is reported', async () => {
    const b = Buffer.from(fixture('plain.tar'));
    b[512 + 512 + 10] ^= 0xff; // second header's name
    const r = await scanBytes(b, 'bad.tar');
    expect(r.status).toBe('incomplete');
    expect(r.reasons.join()).toMatch(/invalid tar header at offset 1024/);
  });

  it('random bytes never throw', async () => {
    const base = fixture('torch_legacy.tar');
    let seed = 7;
    for (let i = 0; i < 40; i++) {
      const b = Buffer.from(base);
      for (let k = 0; k < 8; k++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        b[seed % b.length] = seed & 0xff;
      }
      const r = await scanBytes(b, `fuzz${i}.tar`);
      expect(['complete', 'incomplete', 'unsupported']).toContain(r.status);
    }
  });
});

describe('PyTorch legacy tar layout', () => {
  it('torch_legacy.tar: benign, complete, records walked', async () => {
    const r = await scanFixture('torch_legacy.tar');
    expect(mediumPlus(r), summary(r)).toEqual([]);
    expect(r.status).toBe('complete');
    expect(r.formats).toEqual(['tar', 'torch-legacy', 'pickle']);
  });

  it.each([
    ['malicious_torch_legacy_tar_pickle.tar', 'pickle'],
    ['malicious_torch_legacy_tar_storages.tar', 'storages'],
    ['malicious_torch_legacy_tar_tensors.tar', 'tensors'],
  ])('%s: payload in member %s', async (name, member) => {
    const r = await scanFixture(name);
    const f = r.findings.find((x) => x.ruleId === 'pickle/code-execution');
    expect(f, summary(r)).toMatchObject({ severity: 'critical', callable: 'os.system', member });
  });
});

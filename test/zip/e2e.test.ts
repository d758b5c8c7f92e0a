import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { discoverPaths } from '../../src/core/discover.js';
import { makeProbe } from '../../src/core/route.js';
import { scanFiles } from '../../src/core/scan.js';
import { meetsThreshold } from '../../src/core/severity.js';
import { BufferSource } from '../../src/core/source.js';
import type { FileResult } from '../../src/core/types.js';
import { pickleScanner } from '../../src/formats/pickle/index.js';
import { PREFIX_MEMBER } from '../../src/formats/zip/index.js';
import { EVIL_PICKLE } from './build.js';
import { FIXTURES, scanFixture } from './helpers.js';

/**
 * End to end with the real scanner list (zip + the real pickle engine): the
 * verdicts the fixtures README promises.
 */

const BENIGN = [
  'torch_state_dict.pt',
  'torch_module.pt',
  'torch_legacy.pt',
  'sklearn_model.pkl',
  'sklearn_model.joblib',
  'pandas_dataframe.pkl',
  'numpy_array.pkl',
  'ordered_dict.pkl',
  'arrays.npz',
  'plain.zip',
];

const MALICIOUS: [string, string | undefined][] = [
  ['malicious_raw.pkl', undefined],
  ['malicious_raw_p4.pkl', undefined],
  ['malicious_torch.pt', 'malicious_torch/data.pkl'],
  ['malicious_torch_renamed.pt', 'malicious_torch_renamed/data.txt'],
  ['malicious_torch_name_mismatch.pt', 'malicious_torch_name_mismatch/data.pkl'],
  ['malicious_torch_bad_crc.pt', 'malicious_torch_bad_crc/data.pkl'],
  ['malicious_torch_encrypted_flag.pt', 'malicious_torch_encrypted_flag/data.pkl'],
  ['malicious_torch_zip64.pt', 'malicious_torch_zip64/data.pkl'],
  ['malicious_torch_deflated.pt', 'malicious_torch_deflated/data.pkl'],
  ['malicious_nested.zip', 'models/inner.zip!/payload.pkl'],
  ['malicious_polyglot.pkl', PREFIX_MEMBER],
];

function mediumPlus(result: FileResult) {
  return result.findings.filter((f) => meetsThreshold(f.severity, 'medium'));
}

it('every fixture is listed in this test', () => {
  const all = readdirSync(FIXTURES).sort();
  expect([...BENIGN, ...MALICIOUS.map(([f]) => f)].sort()).toEqual(all);
});

describe('fixture verdicts with the real pickle engine', () => {
  it('the pickle engine claims pickles', () => {
    expect(pickleScanner.claim(makeProbe(new BufferSource(EVIL_PICKLE), 'x.pkl'))).toBe('magic');
  });

  it.each(BENIGN)('%s: no MEDIUM+ finding', async (file) => {
    const result = await scanFixture(file);
    expect(mediumPlus(result)).toEqual([]);
    expect(result.status).toBe('complete');
  });

  it.each(MALICIOUS)('%s: CRITICAL os.system in %s', async (file, member) => {
    const result = await scanFixture(file);
    const hits = result.findings.filter((f) => f.ruleId === 'pickle/code-execution' && f.callable === 'os.system');
    expect(hits.length).toBeGreaterThanOrEqual(1);
    expect(hits[0]!.severity).toBe('critical');
    expect(hits[0]!.member).toBe(member);
    expect(hits[0]!.format).toBe('pickle');
  });

  it('torch checkpoints report pytorch-zip then pickle', async () => {
    expect((await scanFixture('torch_state_dict.pt')).formats).toEqual(['pytorch-zip', 'pickle']);
    expect((await scanFixture('malicious_torch.pt')).formats).toEqual(['pytorch-zip', 'pickle']);
    expect((await scanFixture('torch_legacy.pt')).formats).toEqual(['torch-legacy']); // stacked pickles + storages walked by size (src/formats/torch-legacy)
  });

  it('scanFiles over the fixture folder: exactly the malicious files fail a medium gate', async () => {
    const discovery = await discoverPaths([FIXTURES], { root: FIXTURES });
    const report = await scanFiles(discovery, { root: FIXTURES });
    const failing = report.files.filter((f) => mediumPlus(f).length > 0).map((f) => f.file).sort();
    expect(failing).toEqual(MALICIOUS.map(([f]) => f).sort());
    for (const f of report.files.filter((r) => r.file.startsWith('malicious_'))) {
      expect(f.findings.some((x) => x.severity === 'critical'), f.file).toBe(true);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempTree } from '../helpers/temp.js';
import { FIXTURES, byRule, scanFixture, scanPath, summary } from './scan-fixture.js';

describe('safetensors', () => {
  it.each(['benign.safetensors', 'benign_empty.safetensors', 'benign_renamed.bin'])('reports nothing for the sound file %s', async (name) => {
    const result = await scanFixture(`safetensors/${name}`);
    expect(result.formats).toEqual(['safetensors']);
    expect(result.findings, summary(result)).toEqual([]);
    expect(result.status).toBe('complete');
  });

  it.each([
    ['malicious_overlap.safetensors', /tensor "linear\.bias" overlaps the previous tensor/],
    ['malformed_shape_mismatch.safetensors', /tensor "linear\.weight" spans 24 bytes but its shape and dtype need 48/],
    ['malformed_bad_dtype.safetensors', /tensor "linear\.bias" has an unknown dtype "F17"/],
    ['malformed_past_end.safetensors', /tensor "linear\.bias" ends at 6024, past the 30 data bytes/],
    ['malformed_metadata.safetensors', /"__metadata__" value "nested" is not a string/],
  ])('reports an invalid header in %s', async (name, message) => {
    const result = await scanFixture(`safetensors/${name}`);
    const findings = byRule(result, 'safetensors/malformed');
    expect(findings.map((f) => f.message), summary(result)).toContainEqual(expect.stringMatching(message));
    expect(findings[0]!.severity).toBe('medium');
  });

  it('reports a lying header length without allocating it', async () => {
    const result = await scanFixture('safetensors/malformed_huge_header.safetensors');
    expect(result.formats).toEqual(['safetensors']);
    expect(byRule(result, 'safetensors/malformed')[0]?.message).toMatch(/the header claims 1099511627776 bytes/);
    expect(result.status).toBe('incomplete');
  });

  it('reports a header that is not JSON as malformed and not fully scanned', async () => {
    const result = await scanFixture('safetensors/malformed_not_json.safetensors');
    expect(byRule(result, 'safetensors/malformed')[0]?.message).toMatch(/not valid UTF-8 JSON/);
    expect(byRule(result, 'scan/incomplete')).toHaveLength(1);
  });

  it('reports bytes after the last tensor and scans them as a file of their own', async () => {
    const result = await scanFixture('safetensors/malicious_trailing_zip.safetensors');
    const [trailing] = byRule(result, 'safetensors/trailing-data');
    expect(trailing?.severity).toBe('high');
    expect(trailing?.message).toMatch(/^\d+ bytes follow the last tensor and form a pytorch-zip file of their own; no loader reads them/);
    expect(trailing?.offset).toBe(8 + 168 + 30);
    // The appended zip is routed by content.
    expect(result.formats).toContainEqual(expect.stringMatching(/zip/));
    expect(result.formats[0]).toBe('safetensors');
  });

  it('reports a pickle appended after the tensors, and the pickle itself', async () => {
    const result = await scanFixture('safetensors/malicious_trailing_pickle.safetensors');
    const [trailing] = byRule(result, 'safetensors/trailing-data');
    expect(trailing?.severity).toBe('high');
    expect(trailing?.message).toMatch(/form a pickle file of their own/);
    const payload = result.findings.find((f) => f.member === 'trailing-data' && f.ruleId.startsWith('pickle/'));
    expect(payload?.severity, summary(result)).toBe('critical');
  });

  it('rates unrecognised trailing bytes medium', async () => {
    const root = tempTree({ 'x.safetensors': Buffer.concat([readFileSync(join(FIXTURES, 'safetensors/benign.safetensors')), Buffer.alloc(100, 0xee)]) });
    const result = await scanPath(join(root, 'x.safetensors'), root);
    const [trailing] = byRule(result, 'safetensors/trailing-data');
    expect(trailing?.severity).toBe('medium');
    expect(trailing?.message).toBe('100 bytes follow the last tensor; no loader reads them, so they can carry a second file (a pickle or zip polyglot).');
  });

  it('reports a hole between tensors (where a pickle hides)', async () => {
    const result = await scanFixture('safetensors/malicious_hole_pickle.safetensors');
    expect(byRule(result, 'safetensors/malformed')[0]?.message).toMatch(/unreferenced bytes before tensor "linear\.bias"/);
  });

  it('does not claim a pickle that only borrows the name', async () => {
    const result = await scanFixture('safetensors/malicious_pickle_named.safetensors');
    expect(result.formats).not.toContain('safetensors');
  });
});

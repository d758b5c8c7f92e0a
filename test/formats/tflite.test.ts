import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanFile } from '../../src/core/scan.js';
import { readFlexOpOptions } from '../../src/formats/tflite/flexbuffer.js';
import { RULES } from '../../src/policy/rules.js';
import { TFLITE_RULES } from '../../src/policy/rules-tflite.js';
import { isStandardFlexOp, tfliteFlexRisk } from '../../src/policy/tflite-ops.js';
import { FIXTURES, byRule, mediumOrAbove, scanFixture, summary } from './scan-fixture.js';

describe('TensorFlow Lite', () => {
  it('reads a model of builtin ops with metadata and reports nothing', async () => {
    const result = await scanFixture('tflite/benign_builtin.tflite');
    expect(result.formats).toEqual(['tflite']);
    expect(result.findings, summary(result)).toEqual([]);
    expect(result.status).toBe('complete');
  });

  it('reads a model whose associated files are appended as a zip (tflite-support metadata)', async () => {
    const result = await scanFixture('tflite/benign_with_associated_files.tflite');
    expect(result.formats).toEqual(['zip', 'tflite']);
    expect(mediumOrAbove(result), summary(result)).toEqual([]);
    expect(result.status).toBe('complete');
  });

  it('passes Flex ops that run standard TensorFlow ops (AddV2, Einsum)', async () => {
    const result = await scanFixture('tflite/benign_flex_standard.tflite');
    expect(result.findings, summary(result)).toEqual([]);
    expect(result.status).toBe('complete');
  });

  it('reports an ordinary custom op as low, for inventory', async () => {
    const result = await scanFixture('tflite/custom_op.tflite');
    expect(mediumOrAbove(result), summary(result)).toEqual([]);
    const [finding] = byRule(result, 'tflite/custom-op');
    expect(finding?.severity).toBe('low');
    expect(finding?.callable).toBe('TFLite_Detection_PostProcess');
    expect(finding?.message).toMatch(/custom op "TFLite_Detection_PostProcess" \(1 operator, first operator 1 of subgraph 0\)/);
    expect(result.status).toBe('complete');
  });

  it.each([
    ['malicious_flex_readfile.tflite', 'tensorflow/file-access-op', 'high', 'ReadFile', /runs the TensorFlow op ReadFile through the Flex delegate \(custom op "FlexReadFile".*which reads a file\./],
    ['malicious_flex_writefile.tflite', 'tensorflow/file-access-op', 'high', 'WriteFile', /which writes a file/],
    ['malicious_flex_printv2.tflite', 'tensorflow/file-access-op', 'high', 'PrintV2', /which prints to the output stream .*: "file:\/\/\/tmp\/modelscan-marker"\./],
    ['malicious_flex_pyfunc.tflite', 'tensorflow/python-op', 'critical', 'PyFunc', /runs the TensorFlow op PyFunc .*which calls back into Python/],
  ])('%s: %s at %s', async (name, ruleId, severity, op, message) => {
    const result = await scanFixture(`tflite/${name}`);
    const finding = byRule(result, ruleId).find((f) => f.callable === op);
    expect(finding?.severity, summary(result)).toBe(severity);
    expect(finding?.message).toMatch(message);
    expect(result.status).toBe('complete');
  });

  it('shows the output stream of PrintV2 as an argument', async () => {
    const result = await scanFixture('tflite/malicious_flex_printv2.tflite');
    expect(byRule(result, 'tensorflow/file-access-op')[0]?.args).toEqual(['file:///tmp/modelscan-marker']);
  });

  it('reports checkpoint, memory-mapped and file-listing Flex ops as high', async () => {
    const result = await scanFixture('tflite/malicious_flex_file_ops.tflite');
    const ops = Object.fromEntries(byRule(result, 'tensorflow/file-access-op').map((f) => [f.callable, f.severity]));
    expect(ops, summary(result)).toEqual({ SaveV2: 'high', ImmutableConst: 'high', MatchingFiles: 'high', RestoreV2: 'high' });
    const immutable = byRule(result, 'tensorflow/file-access-op').find((f) => f.callable === 'ImmutableConst');
    expect(immutable?.args).toEqual(['/etc/passwd']);
  });

  it('judges the op the options run, not the name the custom code shows', async () => {
    const result = await scanFixture('tflite/malicious_flex_mismatch.tflite');
    const [mismatch] = byRule(result, 'tflite/flex-op-mismatch');
    expect(mismatch?.severity, summary(result)).toBe('high');
    expect(mismatch?.message).toMatch(/declared as "FlexAddV2" but its custom options make TensorFlow run "ReadFile"/);
    const readFile = byRule(result, 'tensorflow/file-access-op').find((f) => f.callable === 'ReadFile');
    expect(readFile?.severity).toBe('high');
    // AddV2 (the declared name) is a standard op: nothing of its own.
    expect(result.findings.filter((f) => f.callable === 'AddV2')).toEqual([]);
  });

  it('reads custom options stored past the flatbuffer (large_custom_options_offset)', async () => {
    const result = await scanFixture('tflite/malicious_flex_large_options.tflite');
    expect(byRule(result, 'tensorflow/file-access-op').find((f) => f.callable === 'WriteFile')?.severity, summary(result)).toBe('high');
    expect(byRule(result, 'tflite/flex-op-mismatch')).toHaveLength(1);
    expect(result.status).toBe('complete');
  });

  it('reports a Flex op outside TensorFlow and the Flex allowlist as an unknown op (medium)', async () => {
    const result = await scanFixture('tflite/malicious_flex_unknown.tflite');
    const [finding] = byRule(result, 'tensorflow/unknown-op');
    expect(finding?.severity, summary(result)).toBe('medium');
    expect(finding?.callable).toBe('MyCustomKernel');
  });

  it.each([
    ['malicious_in.zip', 'models/evil.tflite'],
    ['malicious_in.tar', 'models/evil.tflite'],
  ])('finds the Flex op inside %s, naming the member', async (name, member) => {
    const result = await scanFixture(`tflite/${name}`);
    const finding = byRule(result, 'tensorflow/file-access-op')[0];
    expect(finding?.severity, summary(result)).toBe('high');
    expect(finding?.member).toBe(member);
    expect(finding?.format).toBe('tflite');
  });

  it('reports a TFLite file that is also a pickle, and scans the pickle', async () => {
    const result = await scanFixture('tflite/polyglot_pickle.tflite');
    expect(byRule(result, 'tflite/polyglot')[0]?.severity, summary(result)).toBe('high');
    const call = result.findings.find((f) => f.callable === 'os.system');
    expect(call?.severity).toBe('critical');
  });

  it.each([
    ['hostile_truncated.tflite', /malformed: .*runs past the end|points to/],
    ['hostile_root_out_of_range.tflite', /the root table offset at offset 0 points to \d+, past the end/],
    ['hostile_vtable_loop.tflite', /has a vtable of 0 bytes/],
    ['hostile_huge_vector.tflite', /Model\.operator_codes at offset \d+ claims 2147483647 elements, which cannot fit/],
    ['hostile_huge_operators.tflite', /operators at offset \d+ claims 4294967295 elements/],
    ['hostile_opcode_index.tflite', /operator 0 of subgraph 0 uses operator code 99, but the model declares 1/],
    ['hostile_custom_code_past_end.tflite', /custom_code at offset \d+ claims 2147483632 elements/],
    ['hostile_bad_flexbuffer.tflite', /Flex operators could not be read: operator 1 of subgraph 0: its custom options are not the FlexBuffer/],
    ['hostile_version.tflite', /declares schema version 2; TensorFlow Lite reads only version 3/],
    ['hostile_no_identifier.tflite', /no "TFL3" identifier/],
  ])('%s is reported as not fully scanned', async (name, reason) => {
    const result = await scanFixture(`tflite/${name}`);
    expect(result.status, summary(result)).toBe('incomplete');
    expect(result.formats).toEqual(['tflite']);
    const incomplete = byRule(result, 'scan/incomplete');
    expect(incomplete.map((f) => f.message).join('\n')).toMatch(reason);
    expect(result.findings.some((f) => f.properties?.internalError)).toBe(false);
  });

  it('still judges the name of a Flex op whose options cannot be read', async () => {
    const result = await scanFixture('tflite/hostile_bad_flexbuffer.tflite');
    expect(byRule(result, 'tensorflow/file-access-op').find((f) => f.callable === 'ReadFile')?.severity).toBe('high');
  });

  it('never crashes or hangs on any truncation or single-byte change of a Flex model', async () => {
    const bytes = readFileSync(join(FIXTURES, 'tflite/malicious_flex_printv2.tflite'));
    const dir = mkdtempSync(join(tmpdir(), 'tflite-'));
    try {
      const variants: Buffer[] = [];
      for (let cut = 0; cut < bytes.length; cut += 7) variants.push(bytes.subarray(0, cut));
      for (let at = 0; at < bytes.length; at += 5) {
        const copy = Buffer.from(bytes);
        copy[at] = copy[at]! ^ 0xff;
        variants.push(copy);
      }
      for (const [i, variant] of variants.entries()) {
        const path = join(dir, `m${i}.tflite`);
        writeFileSync(path, variant);
        const result = await scanFile({ absolutePath: path, relativePath: `m${i}.tflite`, explicit: true }, { root: dir });
        expect(['complete', 'incomplete', 'unsupported']).toContain(result.status);
        expect(result.findings.some((f) => f.properties?.internalError), summary(result)).toBe(false);
        // Whatever is left of the file: never clean unless complete.
        if (result.findings.length === 0) expect(result.status).toBe('complete');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the FlexBuffer of op name and NodeDef the way the delegate does', () => {
    // ["AddV2", "x"]: strings, then the vector (width 1), then the root offset, type and width.
    const bytes = Uint8Array.from([5, ...Buffer.from('AddV2'), 0, 1, 0x78, 0, 2, 10, 4, 0x14, 0x14, 4, 0x28, 1]);
    const options = readFlexOpOptions(bytes);
    expect(Buffer.from(options.opName).toString()).toBe('AddV2');
    expect(Buffer.from(options.nodeDef).toString()).toBe('x');
    expect(() => readFlexOpOptions(bytes.subarray(0, 3))).toThrow(/root byte width is 100/);
    expect(() => readFlexOpOptions(Uint8Array.from([...bytes.subarray(0, 15), 40, 0x28, 1]))).toThrow(/points outside the buffer/);
  });

  it('keeps its policy and rules as data', () => {
    for (const rule of TFLITE_RULES) expect(RULES.get(rule.id)).toBe(rule);
    expect(tfliteFlexRisk('PyFunc')?.severity).toBe('critical');
    expect(tfliteFlexRisk('InitializeTableFromTextFileV2')?.severity).toBe('high');
    expect(tfliteFlexRisk('SaveV2')?.severity).toBe('high');
    expect(tfliteFlexRisk('AddV2')).toBeUndefined();
    expect(isStandardFlexOp('TensorArrayV3')).toBe(true);
    expect(isStandardFlexOp('ConvertToSomethingElse')).toBe(false);
  });
});

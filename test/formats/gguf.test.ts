import { describe, expect, it } from 'vitest';
import { byRule, mediumOrAbove, scanFixture, summary } from './scan-fixture.js';

describe('GGUF', () => {
  it.each(['benign_llama3.gguf', 'benign_no_template.gguf', 'benign_named_templates.gguf'])(
    'reads every key/value of %s and reports nothing',
    async (name) => {
      const result = await scanFixture(`gguf/${name}`);
      expect(result.formats).toEqual(['gguf']);
      expect(result.findings, summary(result)).toEqual([]);
      expect(result.status).toBe('complete');
    },
  );

  it('reports a chat template that reaches Python internals', async () => {
    const result = await scanFixture('gguf/malicious_template.gguf');
    const findings = byRule(result, 'chat-template/injection');
    expect(findings.map((f) => f.severity)).toContain('critical');
    expect(findings.map((f) => f.message), summary(result)).toContainEqual(
      expect.stringMatching(/^The chat template "tokenizer\.chat_template" reaches `__globals__` \(attribute access\)/),
    );
    expect(findings.map((f) => f.message)).toContainEqual(expect.stringMatching(/reaches `popen`/));
  });

  it('checks the named templates too (tokenizer.chat_template.*)', async () => {
    const result = await scanFixture('gguf/malicious_named_template.gguf');
    const [finding] = byRule(result, 'chat-template/injection');
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toMatch(/"tokenizer\.chat_template\.rag" reaches `__class__` \(\|attr\(\) filter\)/);
  });

  it('falls back to a token check when the template does not parse', async () => {
    const result = await scanFixture('gguf/malicious_template_unparsed.gguf');
    expect(byRule(result, 'chat-template/not-analysed')[0]?.severity).toBe('medium');
    const [finding] = byRule(result, 'chat-template/injection');
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toMatch(/reaches `__class__` \(name in an unparsed tag\)/);
  });

  it.each([
    ['malformed_kv_count.gguf', /the metadata key\/value count \(1152921504606846976\) cannot fit/],
    ['malformed_tensor_count.gguf', /the tensor count \(18446744073709551615\) cannot fit/],
    ['malformed_key_length.gguf', /a key length of 9223372036854775813 bytes runs past the end of the file/],
    ['malformed_array_count.gguf', /an array length \(4611686018427387904\) cannot fit/],
    ['malformed_value_type.gguf', /unknown value type 13/],
    ['malformed_deep_arrays.gguf', /arrays nested deeper than 8 levels/],
    ['malformed_truncated.gguf', /cannot fit|runs past the end/],
  ])('reports the lying header of %s and stops', async (name, message) => {
    const result = await scanFixture(`gguf/${name}`);
    const [finding] = byRule(result, 'gguf/malformed');
    expect(finding?.severity, summary(result)).toBe('high');
    expect(finding?.message).toMatch(message);
    expect(result.status).toBe('incomplete');
  });

  it.each([
    ['malformed_tensor_overflow.gguf', /tensor "evil" has 21267647932558653966460912964485513216 elements, which overflows a 64-bit count/],
    ['malformed_tensor_past_end.gguf', /tensor "evil" spans bytes 0–16777216 of the data section, which has only 32 \(out-of-bounds read\)/],
  ])('reports tensor descriptors that do not fit the file: %s', async (name, message) => {
    const result = await scanFixture(`gguf/${name}`);
    expect(byRule(result, 'gguf/malformed').map((f) => f.message), summary(result)).toContainEqual(expect.stringMatching(message));
    expect(mediumOrAbove(result).every((f) => f.ruleId === 'gguf/malformed')).toBe(true);
  });
});

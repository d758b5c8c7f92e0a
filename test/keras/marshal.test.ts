import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { summariseCode } from '../../src/formats/keras/marshal.js';
import { inspectBase64Code, isBase64Code } from '../../src/formats/keras/lambda-code.js';

// `lambda x: __import__('os').system('id')` marshalled by CPython 2.7 and 3.6 … 3.13 (generate.py).
const BYTECODE: Record<string, string> = JSON.parse(
  readFileSync(new URL('../fixtures/keras/lambda-bytecode.json', import.meta.url), 'utf8'),
);

describe('marshal reader', () => {
  it('has samples from several Python versions', () => {
    expect(Object.keys(BYTECODE).length).toBeGreaterThanOrEqual(4);
  });

  for (const [version, b64] of Object.entries(BYTECODE)) {
    it(`lists the names of a code object marshalled by Python ${version}`, () => {
      const summary = summariseCode(Buffer.from(b64, 'base64'));
      expect(summary).not.toHaveProperty('error');
      if ('error' in summary) return;
      expect(summary.names).toEqual(['__import__', 'system']);
      expect(summary.strings).toEqual(expect.arrayContaining(['os', 'id']));
      expect(summary.identifiers).toContain('x');
    });

    it(`flags the Python ${version} bytecode as dangerous`, () => {
      expect(isBase64Code(b64)).toBe(true);
      const info = inspectBase64Code(b64);
      expect(info.dangerous).toEqual(expect.arrayContaining(['__import__', 'system', 'os']));
    });
  }

  it('reports truncated bytecode as not understood instead of throwing', () => {
    const bytes = Buffer.from(BYTECODE['3.11.7'] ?? Object.values(BYTECODE)[0]!, 'base64');
    expect(summariseCode(bytes.subarray(0, bytes.length - 30))).toHaveProperty('error');
  });

  it('refuses nesting deeper than its bound', () => {
    // 10,000 nested one-element lists: '[' + length 1, repeated.
    const deep = Buffer.concat([Buffer.from([0xe3]), Buffer.alloc(20), ...Array.from({ length: 10_000 }, () => Buffer.from([0x5b, 1, 0, 0, 0]))]);
    expect(summariseCode(deep)).toHaveProperty('error');
  });

  test.prop([fc.uint8Array({ maxLength: 512 })])('never throws on arbitrary bytes', (bytes) => {
    const withHeader = Uint8Array.from([0xe3, ...bytes]);
    expect(() => summariseCode(withHeader)).not.toThrow();
  });
});

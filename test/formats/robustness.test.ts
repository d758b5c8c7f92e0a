import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/core/limits.js';
import { FileBudget } from '../../src/core/budget.js';
import type { FormatScanner, ScanContext } from '../../src/core/scanner.js';
import { BufferSource } from '../../src/core/source.js';
import { DEFAULT_POLICY } from '../../src/policy/policy.js';
import { ggufScanner } from '../../src/formats/gguf/index.js';
import { onnxScanner } from '../../src/formats/onnx/index.js';
import { safetensorsScanner } from '../../src/formats/safetensors/index.js';
import { analyseChatTemplate } from '../../src/formats/jinja/template.js';
import { FIXTURES } from './scan-fixture.js';

/** Runs a scanner directly: anything it throws would be hidden by the orchestrator, so catch it here. */
async function scanBytes(scanner: FormatScanner, bytes: Uint8Array): Promise<void> {
  const ctx: ScanContext = {
    source: new BufferSource(bytes),
    file: 'fuzz',
    member: undefined,
    depth: 0,
    limits: DEFAULT_LIMITS,
    policy: DEFAULT_POLICY,
    budget: new FileBudget(DEFAULT_LIMITS),
    checkBudget: () => {},
    report: () => {},
    incomplete: () => {},
    scanNested: async () => undefined,
  };
  await scanner.scan(ctx);
}

/** Byte overwrites and an optional truncation of a valid file: where lying lengths and counts come from. */
const mutation = (size: number) =>
  fc.record({
    writes: fc.array(fc.tuple(fc.nat({ max: size - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
    cut: fc.option(fc.nat({ max: size }), { nil: undefined }),
  });

function mutate(original: Uint8Array, m: { writes: [number, number][]; cut: number | undefined }): Uint8Array {
  const bytes = Uint8Array.from(original);
  for (const [at, value] of m.writes) bytes[at] = value;
  return m.cut === undefined ? bytes : bytes.subarray(0, m.cut);
}

describe.each([
  ['safetensors', 'safetensors/benign.safetensors', safetensorsScanner],
  ['GGUF', 'gguf/benign_llama3.gguf', ggufScanner],
  ['ONNX', 'onnx/benign_mlp.onnx', onnxScanner],
  ['ONNX', 'onnx/malicious_subgraph.onnx', onnxScanner],
] as const)('%s scanner on corrupted copies of %s', (_name, fixture, scanner) => {
  const original = new Uint8Array(readFileSync(join(FIXTURES, fixture)));
  it('never throws', async () => {
    await fc.assert(
      fc.asyncProperty(mutation(original.length), async (m) => {
        await expect(scanBytes(scanner, mutate(original, m))).resolves.toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});

describe('chat template analysis', () => {
  const pieces = ['{{', '}}', '{%', '%}', "'__", "__'", '~', '|attr(', ')', '(', '[', ']', '.', 'x', ' ', 'set ', '=', '\\x5f', 'for ', ' in ', 'endfor', ',', '%c', '|format(95)', '|join', '[::-1]'];
  it('never throws on template-like noise', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        expect(() => analyseChatTemplate(parts.join(''))).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});

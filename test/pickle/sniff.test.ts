import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProbe } from '../../src/core/route.js';
import { BufferSource } from '../../src/core/source.js';
import { claimPickle } from '../../src/formats/pickle/sniff.js';
import { bytes, fixture, scanBytes } from './helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');

function claim(data: Uint8Array, name: string) {
  return claimPickle(makeProbe(new BufferSource(data), name));
}

const TEXTS: [string, Uint8Array][] = [
  ['package.json', readFileSync(join(ROOT, 'package.json'))],
  ['tsconfig.json', readFileSync(join(ROOT, 'tsconfig.json'))],
  ['generate.py', readFileSync(join(ROOT, 'test/fixtures/pickles/generate.py'))],
  ['machine.ts', readFileSync(join(ROOT, 'src/formats/pickle/machine.ts'))],
  ['threats.md', Buffer.from('# Threat catalogue\n\nPickle files run code.\n')],
  ['data.csv', Buffer.from('a,b,c\n1,2,3\n4,5,6\n')],
  ['notes.txt', Buffer.from('N.B. this is a note.\nIt has lines.\n')],
  ['list.txt', Buffer.from('cat\ndog\nmouse\n')],
  ['import.py', Buffer.from('import os\nos.system("id")\n')],
  ['class.py', Buffer.from('class Foo:\n    pass\n')],
  ['empty-dict.json', Buffer.from('{}\n')],
  ['array.json', Buffer.from('[1, 2, 3]\n')],
];

describe('claim', () => {
  it.each(TEXTS)('does not claim text: %s', (name, data) => {
    expect(claim(data, name)).toBe(false);
  });

  it('claims protocol 2-5 by the PROTO opcode', () => {
    for (const p of [2, 3, 4, 5]) expect(claim(fixture(`benign/plain-p${p}.pkl`), 'x')).toBe('magic');
  });

  it('claims protocol 0 and 1 pickles by structure, whatever their name', () => {
    expect(claim(fixture('benign/plain-p0.pkl'), 'weights')).toBe('magic');
    expect(claim(fixture('benign/plain-p1.pkl'), 'weights.txt')).toBe('magic');
    expect(claim(fixture('malicious/os-system-p0.pkl'), 'readme')).toBe('magic');
    expect(claim(fixture('malicious/builtins-exec-p0.pkl'), 'x.json')).toBe('magic');
    // A broken protocol-0 payload: import, call, then garbage (threats B9).
    expect(claim(bytes("cos\nsystem\n(S'id'\ntR\xff\xfe"), 'x')).toBe('magic');
  });

  it('claims a large protocol-0 pickle whose STOP is past the probe', () => {
    const big = bytes('(l', ...Array.from({ length: 2000 }, (_, i) => `I${i}\na`), '.');
    expect(big.length).toBeGreaterThan(4096);
    expect(claim(big, 'x')).toBe('magic');
  });

  it('only hints on pickle extensions', () => {
    expect(claim(Buffer.from('hello world'), 'model.pkl')).toBe('hint');
    expect(claim(Buffer.from('hello world'), 'model.pt')).toBe('hint');
    expect(claim(Buffer.from('hello world'), 'model.txt')).toBe(false);
  });

  it('leaves empty files to the core', () => {
    expect(claim(new Uint8Array(0), 'model.pkl')).toBe(false);
  });
});

describe('files named like pickles that are not', () => {
  it('random bytes named .pkl are unrecognised (low), never clean: no first opcode, so no loader runs anything', async () => {
    const result = await scanBytes(bytes([0xff, 0x13, 0x37, 0x00, 0x42]), 'random.pkl');
    expect(result.status).toBe('unsupported');
    expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([['scan/unsupported-format', 'low']]);
    // Raw tensor bytes beside an ONNX model (external data named weights.bin) are the everyday case.
    expect((await scanBytes(new Uint8Array(48), 'weights.bin')).findings.map((f) => f.severity)).toEqual(['low']);
  });

  it('text named .pkl that starts with an opcode byte is reported as not a valid pickle', async () => {
    const result = await scanBytes(Buffer.from('# not a pickle\n'), 'notes.pkl');
    expect(result.findings.map((f) => f.ruleId)).toEqual(['scan/unsupported-format']);
    const opcodeFirst = await scanBytes(Buffer.from('(not a pickle\n'), 'notes.pkl');
    expect(opcodeFirst.status).toBe('incomplete');
    expect(opcodeFirst.findings[0]?.message).toMatch(/^Not fully scanned: /);
  });
});

describe('the claim\'s opcode bytes', () => {
  it('are exactly the opcodes of opcodes.ts (the claim keeps its own copy so routing does not load the table)', async () => {
    const { OPCODE_BYTES } = await import('../../src/formats/pickle/claim.js');
    const source = readFileSync(join(ROOT, 'src/formats/pickle/opcodes.ts'), 'utf8');
    const table = [...source.matchAll(/= (0x[0-9a-f]{2}),/g)].map((m) => Number.parseInt(m[1]!, 16));
    expect(table.length).toBeGreaterThan(60);
    expect([...OPCODE_BYTES].sort((a, b) => a - b)).toEqual([...new Set(table)].sort((a, b) => a - b));
  });
});

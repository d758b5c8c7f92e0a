import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { BufferSource } from '../../src/core/source.js';
import { findingsFrom } from '../../src/formats/pickle/findings.js';
import { Collector, PickleMachine } from '../../src/formats/pickle/machine.js';
import { ByteReader, FrameMode, PickleError } from '../../src/formats/pickle/reader.js';
import { DEFAULT_PICKLE_POLICY } from '../../src/policy/pickle-globals.js';
import { FIXTURES } from './helpers.js';

/** Every committed pickle fixture (benign, malicious, adversarial and twins). */
function fixtures(dir: string): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...fixtures(path));
    else if (!/\.(py|json|md)$/.test(name) && statSync(path).size <= 256 * 1024) out.push(readFileSync(path));
  }
  return out;
}

const seeds = fixtures(FIXTURES);

/** Runs the engine on bytes in every frame reading; returns whether it stopped cleanly. Throws only on a bug. */
function walk(bytes: Uint8Array): void {
  const source = new BufferSource(bytes);
  for (const mode of [FrameMode.Linear, FrameMode.CFile, FrameMode.CBuffered]) {
    const out = new Collector();
    const reader = new ByteReader(source, 0, bytes.length);
    reader.frameMode = mode;
    const machine = new PickleMachine(reader, DEFAULT_PICKLE_POLICY, { maxOpcodes: 200_000, maxStackDepth: 10_000, maxMemoEntries: 10_000 }, out);
    try {
      machine.run();
    } catch (e) {
      if (!(e instanceof PickleError)) throw e;
    }
    for (const f of findingsFrom(out, source)) {
      expect(typeof f.message).toBe('string');
      expect(typeof f.properties?.decompiled).toBe('string');
    }
  }
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), other: fc.nat(), from: fc.nat(), n: fc.integer({ min: 1, max: 64 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function apply(data: Uint8Array, muts: Mutation[]): Uint8Array {
  let b = Buffer.from(data);
  for (const m of muts) {
    const at = b.length ? m.at % (b.length + 1) : 0;
    switch (m.kind) {
      case 'truncate':
        b = b.subarray(0, at);
        break;
      case 'flip':
        if (at < b.length) b[at] = m.byte;
        break;
      case 'insert':
        b = Buffer.concat([b.subarray(0, at), m.bytes, b.subarray(at)]);
        break;
      case 'delete':
        b = Buffer.concat([b.subarray(0, at), b.subarray(at + m.n)]);
        break;
      case 'splice': {
        const other = seeds[m.other % seeds.length]!;
        const from = other.length ? m.from % other.length : 0;
        b = Buffer.concat([b.subarray(0, at), other.subarray(from, from + m.n), b.subarray(at)]);
        break;
      }
    }
  }
  return b;
}

describe('the pickle engine never throws (it reports)', () => {
  it('on every fixture as is', () => {
    expect(seeds.length).toBeGreaterThan(200);
    for (const s of seeds) walk(s);
  });

  it('on random mutations and truncations of every fixture', () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }), (pick, muts) => {
        walk(apply(seeds[pick % seeds.length]!, muts));
      }),
      { numRuns: 3000, interruptAfterTimeLimit: 15_000 },
    );
  });
});

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BufferSource, type ByteSource } from '../../src/core/source.js';
import { readH5AttributesIsolated } from '../../src/formats/keras/h5-isolated.js';
import { readH5AttributesNative } from '../../src/formats/keras/hdf5-native.js';
import { lookup3 } from '../../src/formats/keras/hdf5/checksum.js';

/**
 * Differential mutation test: fixtures with their metadata bytes mutated (the bytes the native reader
 * reads: superblock, object header chunks, attribute messages, global heap), checksums of version 2
 * structures recomputed most of the time so that the mutation reaches the parser behind them. Whenever
 * the native reader returns a result, HDF5 (h5wasm) must return the very same one; otherwise the
 * native reader must have given up (the scanner then falls back to h5wasm). h5wasm runs in its thread
 * with a deadline here: some of these inputs make it loop or abort.
 */
const KERAS = join(import.meta.dirname, '..', 'fixtures', 'keras');
const RUNS = Number(process.env.H5_MUTATION_RUNS ?? 400);
const tmp = mkdtempSync(join(tmpdir(), 'h5-mutations-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Seed {
  name: string;
  bytes: Buffer;
  /** Offsets the native reader reads (the first 4 KiB of each read). */
  offsets: number[];
  /** [start, length] of each checksummed structure, its checksum right after. */
  checksummed: [number, number][];
}

function seed(name: string): Seed {
  const bytes = readFileSync(join(KERAS, name));
  const inner = new BufferSource(bytes);
  const reads: [number, number][] = [];
  const spy: ByteSource = {
    size: inner.size,
    read(offset, length) {
      const out = inner.read(offset, length);
      reads.push([offset, out.length]);
      return out;
    },
  };
  try {
    readH5AttributesNative(spy);
  } catch {
    // A fixture the native reader leaves to HDF5: its mutations still exercise what was read.
  }
  const offsets = reads.flatMap(([o, n]) => Array.from({ length: Math.min(n, 4096) }, (_, i) => o + i));
  const checksummed: [number, number][] = [];
  const superblock = bytes.indexOf('\x89HDF\r\n\x1a\n', 0, 'latin1');
  if (bytes[superblock + 8]! >= 2) checksummed.push([superblock, 12 + 4 * bytes[superblock + 9]!]);
  for (const [o, n] of reads) {
    const tag = bytes.subarray(o, o + 4).toString('latin1');
    if (tag === 'OCHK') checksummed.push([o, n - 4]);
    if (tag === 'OHDR') {
      const flags = bytes[o + 5]!;
      const at = 6 + (flags & 0x20 ? 16 : 0) + (flags & 0x10 ? 4 : 0);
      const width = 1 << (flags & 0x03);
      checksummed.push([o, at + width + bytes.readUIntLE(o + at, Math.min(width, 6))]);
    }
  }
  return { name, bytes, offsets, checksummed };
}

/** Deterministic (a fixed-seed LCG): `npm test` never fails at random. */
function random(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

const INTERESTING = [0n, 1n, 0x7fn, 0x80n, 0xffn, 0xffffn, 0x7fffffffn, 0xffffffffn, 1n << 40n, (1n << 64n) - 1n];

function mutate(s: Seed, rnd: (n: number) => number): Buffer {
  const bytes = Buffer.from(s.bytes);
  for (let k = 1 + rnd(3); k > 0; k--) {
    const at = rnd(5) === 0 ? rnd(bytes.length) : s.offsets[rnd(s.offsets.length)]!;
    switch (rnd(5)) {
      case 0:
        bytes[at] = rnd(256);
        break;
      case 1:
        bytes[at] = bytes[at]! ^ (1 << rnd(8));
        break;
      case 2:
        bytes[at] = (bytes[at]! + (rnd(2) ? 1 : 255)) & 0xff;
        break;
      default: {
        const width = [2, 4, 8][rnd(3)]!;
        if (at + width > bytes.length) break;
        const value = (rnd(3) ? INTERESTING[rnd(INTERESTING.length)]! : BigInt(rnd(bytes.length))) & ((1n << BigInt(width * 8)) - 1n);
        if (width === 8) bytes.writeBigUInt64LE(value, at);
        else bytes.writeUIntLE(Number(value), at, width);
      }
    }
  }
  if (rnd(4) !== 0) {
    for (const [o, n] of s.checksummed) if (o + n + 4 <= bytes.length) bytes.writeUInt32LE(lookup3(bytes.subarray(o, o + n)), o + n);
  }
  return bytes;
}

describe('mutated H5 fixtures: the native reader agrees with HDF5 or gives up', () => {
  it(`${RUNS} mutations`, { timeout: 600_000 }, async () => {
    const seeds = readdirSync(KERAS).filter((f) => f.endsWith('.h5')).sort().map(seed);
    const original = seeds.map((s) => Buffer.from(s.bytes));
    const rnd = random(20_261_126);
    const tally = { native: 0, fallback: 0 };
    const disagreements: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const s = seeds[rnd(seeds.length)]!;
      const bytes = mutate(s, rnd);
      let native;
      try {
        native = readH5AttributesNative(new BufferSource(bytes));
      } catch {
        tally.fallback++;
        continue;
      }
      tally.native++;
      const path = join(tmp, `run-${run}.h5`);
      writeFileSync(path, bytes);
      let reference;
      try {
        reference = await readH5AttributesIsolated(path, 10_000);
      } catch (error) {
        disagreements.push(`${s.name} run ${run}: native read it, HDF5 failed (${String(error).slice(0, 200)})`);
        continue;
      }
      if (JSON.stringify(reference) !== JSON.stringify(native)) {
        disagreements.push(`${s.name} run ${run}: native ${JSON.stringify(native).slice(0, 200)} | HDF5 ${JSON.stringify(reference).slice(0, 200)}`);
      }
      rmSync(path);
    }
    expect(disagreements).toEqual([]);
    // The sweep means something only if both outcomes occur often.
    expect(tally.native).toBeGreaterThan(RUNS / 5);
    expect(tally.fallback).toBeGreaterThan(RUNS / 10);
    seeds.forEach((s, i) => expect(s.bytes.equals(original[i]!)).toBe(true));
  });
});

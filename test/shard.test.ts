import { describe, expect, it } from 'vitest';
import { parseShard } from '../src/core/shard.js';
import { inShard, shardOfPath } from '../src/core/shard-hash.js';

describe('shards', () => {
  it('parses i/n and rejects nonsense', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', '1/0', '1/257', 'a/b', '2', '']) expect(() => parseShard(bad), bad).toThrow(/invalid shard/);
  });

  it('puts every path in exactly one shard, roughly evenly', () => {
    const paths = Array.from({ length: 2000 }, (_, i) => `models/m${i}.pkl`);
    const sizes = [0, 0, 0, 0];
    for (const p of paths) {
      const owners = [1, 2, 3, 4].filter((i) => inShard(p, { index: i, count: 4 }));
      expect(owners).toHaveLength(1);
      sizes[(owners[0] as number) - 1]!++;
    }
    for (const s of sizes) expect(s).toBeGreaterThan(400);
  });

  it('is deterministic and moves no other file when one is added', () => {
    const before = Array.from({ length: 100 }, (_, i) => `f${i}.pt`).map((p) => shardOfPath(p, 8));
    const after = Array.from({ length: 101 }, (_, i) => `f${i}.pt`).map((p) => shardOfPath(p, 8));
    expect(after.slice(0, 100)).toEqual(before);
  });
});

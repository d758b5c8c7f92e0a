import { createHash } from 'node:crypto';

/** One slice of the file set: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses "i/n" (1 ≤ i ≤ n ≤ 256, GitHub's matrix ceiling). */
export function parseShard(value: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || count > 256 || index < 1 || index > count) {
    throw new Error(`invalid shard "${value}": expected i/n with 1 ≤ i ≤ n ≤ 256 (e.g. 2/4)`);
  }
  return { index, count };
}

/**
 * Which shard a path belongs to. By hash of the path (not by position in a sorted list),
 * so adding or removing a file moves no other file to another shard.
 */
export function shardOfPath(relativePath: string, count: number): number {
  const digest = createHash('sha256').update(relativePath).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

export function inShard(relativePath: string, shard: Shard | undefined): boolean {
  return !shard || shardOfPath(relativePath, shard.count) === shard.index;
}

import { createHash } from 'node:crypto';
import type { Shard } from './shard.js';

// Loaded only by sharded runs (node:crypto costs a plain run's start-up).

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

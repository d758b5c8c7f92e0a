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

import type { ByteSource } from '../core/source.js';
import type { HubClient } from './client.js';

/**
 * Thrown by HubSource.read when bytes are not in the cache yet. Scanners may
 * catch it (they treat any read error as "not fully scanned"), which is fine:
 * the pass is thrown away and rerun once the missing blocks are fetched.
 */
export class BytesNotFetched extends Error {
  override readonly name = 'BytesNotFetched';
  constructor() {
    super('bytes not fetched yet');
  }
}

export interface HubSourceOptions {
  /** Cache block size. Default 64 KiB. */
  blockSize?: number;
  /** Blocks kept (LRU). Default 4096 (256 MiB with 64 KiB blocks). */
  maxBlocks?: number;
  /** Bytes fetched for one file, all passes together. Default 1 GiB. */
  maxFetchBytes?: number;
  /** Largest read-ahead when a scanner walks forward, in blocks. Default 1024 (64 MiB). */
  maxReadaheadBlocks?: number;
}

/**
 * A remote file as a synchronous ByteSource. `read` answers from a block
 * cache or records what is missing and throws BytesNotFetched; `fetchMissing`
 * then gets those blocks with HTTP Range requests (contiguous blocks in one
 * request, growing read-ahead for forward walks). See src/hub/scan.ts for the
 * scan-fetch-rescan loop that drives it.
 */
export class HubSource implements ByteSource {
  readonly blockSize: number;
  private readonly maxBlocks: number;
  private readonly maxFetchBytes: number;
  private readonly maxReadahead: number;
  /** Block index -> bytes; Map order is LRU order (oldest first). */
  private readonly blocks = new Map<number, Uint8Array>();
  private readonly missing = new Set<number>();
  /** Consecutive fills that continued right after the previous one (a forward walk). */
  private streak = 0;
  private lastFetchedEnd = -1;
  fetchedBytes = 0;
  /** Once the fetch budget is spent, reads of missing bytes fail for good (the file is reported incomplete). */
  exhausted = false;

  constructor(
    private readonly client: HubClient,
    private readonly url: string,
    readonly size: number,
    private readonly what: string,
    options: HubSourceOptions = {},
  ) {
    this.blockSize = options.blockSize ?? 64 * 1024;
    this.maxBlocks = Math.max(4, options.maxBlocks ?? 4096);
    this.maxFetchBytes = options.maxFetchBytes ?? 1024 * 1024 * 1024;
    this.maxReadahead = options.maxReadaheadBlocks ?? 1024;
  }

  read(offset: number, length: number): Uint8Array {
    if (offset < 0 || length < 0) throw new RangeError(`bad read at ${offset} (${length} bytes)`);
    const end = Math.min(this.size, offset + length);
    if (end <= offset) return new Uint8Array(0);
    const first = Math.floor(offset / this.blockSize);
    const last = Math.floor((end - 1) / this.blockSize);
    let absent = false;
    for (let b = first; b <= last; b++) {
      if (!this.blocks.has(b)) {
        absent = true;
        if (!this.exhausted) this.missing.add(b);
      }
    }
    if (absent) {
      if (this.exhausted) {
        throw new Error(`reading this file over HTTP needs more than ${Math.round(this.maxFetchBytes / 1048576)} MiB, the limit for remote files`);
      }
      throw new BytesNotFetched();
    }
    if (first === last) {
      const block = this.touch(first);
      const start = offset - first * this.blockSize;
      return block.subarray(start, start + (end - offset));
    }
    const out = new Uint8Array(end - offset);
    for (let b = first; b <= last; b++) {
      const block = this.touch(b);
      const blockStart = b * this.blockSize;
      const from = Math.max(offset, blockStart) - blockStart;
      const to = Math.min(end, blockStart + block.length) - blockStart;
      out.set(block.subarray(from, to), blockStart + from - offset);
    }
    return out;
  }

  /** Whether the last pass asked for bytes that are not cached. */
  get hasMissing(): boolean {
    return this.missing.size > 0;
  }

  /** Warms the cache for a byte range (the probe's head and tail) before the first pass. */
  want(offset: number, length: number): void {
    const end = Math.min(this.size, offset + length);
    for (let b = Math.floor(offset / this.blockSize); b * this.blockSize < end; b++) if (!this.blocks.has(b)) this.missing.add(b);
  }

  /**
   * Fetches every missing block: contiguous runs in one Range request each,
   * extended by a read-ahead that doubles while the scanner walks forward.
   * Returns false (and marks the source exhausted) when the budget is spent.
   */
  async fetchMissing(): Promise<boolean> {
    const wanted = [...this.missing].sort((a, b) => a - b);
    this.missing.clear();
    const lastBlock = Math.max(0, Math.ceil(this.size / this.blockSize) - 1);
    const runs: [number, number][] = [];
    for (const b of wanted) {
      const run = runs[runs.length - 1];
      if (run && b === run[1] + 1) run[1] = b;
      else runs.push([b, b]);
    }
    for (const run of runs) {
      const forward = run[0] * this.blockSize === this.lastFetchedEnd;
      this.streak = forward ? this.streak + 1 : 0;
      const ahead = this.streak > 0 ? Math.min(this.maxReadahead, 2 ** this.streak) : 0;
      let to = Math.min(lastBlock, run[1] + ahead, run[0] + this.maxBlocks / 2 - 1);
      while (to > run[1] && this.blocks.has(to)) to--;
      const start = run[0] * this.blockSize;
      const end = Math.min(this.size, (to + 1) * this.blockSize);
      if (this.fetchedBytes + (end - start) > this.maxFetchBytes) {
        this.exhausted = true;
        return false;
      }
      const bytes = await this.client.getRange(this.url, start, end, this.what);
      this.fetchedBytes += bytes.length;
      this.lastFetchedEnd = end;
      for (let b = run[0]; b <= to; b++) {
        const from = (b - run[0]) * this.blockSize;
        this.put(b, bytes.subarray(from, Math.min(bytes.length, from + this.blockSize)));
      }
    }
    return true;
  }

  /** Gives up on fetching more: reads of uncached bytes fail with a plain error from now on. */
  exhaust(): void {
    this.exhausted = true;
    this.missing.clear();
  }

  close(): void {
    // Keep the cache: a rescan reopens the same source. Dropped with the object.
  }

  private touch(b: number): Uint8Array {
    const block = this.blocks.get(b)!;
    this.blocks.delete(b);
    this.blocks.set(b, block);
    return block;
  }

  private put(b: number, bytes: Uint8Array): void {
    this.blocks.delete(b);
    this.blocks.set(b, bytes);
    while (this.blocks.size > this.maxBlocks) {
      const oldest = this.blocks.keys().next().value as number;
      this.blocks.delete(oldest);
    }
  }
}

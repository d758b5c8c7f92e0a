import { writeFileSync } from 'node:fs';
import { fc } from '@fast-check/vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { SCANNERS } from '../../src/formats/index.js';
import { type RawMutation, type Seed, ScanBench, brokenInvariant, loadSeeds, mutate, mutationArb, saveCrash, seedsByScanner } from './harness.js';

/**
 * Mutation fuzzing of every registered scanner through `scanFile`, seeded with
 * every committed fixture. `npm test` runs a bounded pass (FUZZ_SECONDS, 40 s by
 * default, shared by all scanners); `npm run fuzz` runs a long one. Each
 * execution must: not throw out of scanFile, finish, keep memory bounded, and
 * end complete or with a `scan/incomplete` reason (no internal error).
 * Inputs that break an invariant are written to test/fuzz/.crashes/.
 */
const LONG = process.env.FUZZ_SECONDS !== undefined;
const TOTAL_MS = Number(process.env.FUZZ_SECONDS ?? 40) * 1000;
/**
 * `npm test` is a deterministic sweep (fixed seed, fixed runs per scanner, capped by time), so CI
 * never fails at random; `npm run fuzz` (FUZZ_SECONDS set) draws fresh random inputs until time is up.
 */
const MAX_RUNS = Number(process.env.FUZZ_RUNS ?? (LONG ? 1e9 : 200));
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : LONG ? undefined : 20_261_126;
/** Scanners left out of this run (`npm run fuzz` skips one that hung the process). */
const SKIP = new Set((process.env.FUZZ_SKIP ?? '').split(',').filter(Boolean));
/** RSS growth allowed over the whole fuzz run (limits cap one file at 48 MiB decompressed). */
const MAX_RSS_GROWTH = 1024 * 1024 * 1024;

const seeds = loadSeeds();
const groups = await seedsByScanner(seeds);
const share = Math.max(1_000, Math.floor(TOTAL_MS / Math.max(1, SCANNERS.filter((s) => !(process.env.FUZZ_SKIP ?? '').split(',').includes(s.id)).length)));
const bench = new ScanBench();
const rssStart = process.memoryUsage().rss;
let rssPeak = rssStart;
const stats: Record<string, { executions: number; failures: string[]; seeds: number; ms: number }> = {};
let current: string | undefined;

/** Written as the run goes, so a run killed by the hang watchdog still says how far it got. */
function writeStats(): void {
  if (process.env.FUZZ_STATS) {
    writeFileSync(process.env.FUZZ_STATS, `${JSON.stringify({ current, stats, rssStartMiB: rssStart >> 20, rssPeakMiB: rssPeak >> 20 }, null, 2)}\n`);
  }
}

afterAll(() => {
  bench.close();
  current = undefined;
  writeStats();
});

describe('mutation fuzzing of every registered scanner', () => {
  it('has seeds for the formats', () => {
    expect(seeds.length).toBeGreaterThan(50);
    // Every registered scanner gets a group (new formats are fuzzed without touching this file).
    for (const s of SCANNERS) expect(groups.get(s.id)!.length, s.id).toBeGreaterThan(0);
  });

  for (const scanner of SCANNERS.filter((s) => !SKIP.has(s.id))) {
    it(`${scanner.id}: hostile mutations of its fixtures`, { timeout: share + 60_000 }, async () => {
      const group = groups.get(scanner.id)!;
      const entry = (stats[scanner.id] = { executions: 0, failures: [] as string[], seeds: group.length, ms: 0 });
      current = scanner.id;
      writeStats();
      const started = performance.now();
      const arb = fc.record({
        seed: fc.nat({ max: group.length - 1 }),
        mutations: fc.array(mutationArb, { minLength: 1, maxLength: 6 }),
      });
      let round = 0;
      while (performance.now() - started < share && entry.executions < MAX_RUNS) {
        const left = share - (performance.now() - started);
        let failing: { seed: Seed; bytes: Uint8Array; why: string } | undefined;
        const details = await fc.check(
          fc.asyncProperty(arb, async ({ seed, mutations }: { seed: number; mutations: RawMutation[] }) => {
            const s = group[seed]!;
            const bytes = mutate(s.bytes, mutations, seeds);
            entry.executions++;
            let why: string | undefined;
            try {
              const { result, ms } = await bench.scan(bytes, s.name);
              why = brokenInvariant(result, ms);
            } catch (error) {
              why = `scanFile threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
            }
            const rss = process.memoryUsage().rss;
            if (rss > rssPeak) rssPeak = rss;
            if (why === undefined && rss - rssStart > MAX_RSS_GROWTH) why = `RSS grew by ${(rss - rssStart) >> 20} MiB`;
            if (why !== undefined) failing = { seed: s, bytes, why };
            return why === undefined;
          }),
          {
            numRuns: MAX_RUNS - entry.executions,
            interruptAfterTimeLimit: left,
            markInterruptAsFailure: false,
            endOnFailure: process.env.FUZZ_SHRINK === undefined,
            ...(SEED !== undefined ? { seed: SEED + round } : {}),
          },
        );
        round++;
        if (details.failed && failing) {
          const f = failing as { seed: Seed; bytes: Uint8Array; why: string };
          const path = saveCrash(scanner.id, f.seed.name, f.bytes, f.why);
          entry.failures.push(`${f.why.split('\n')[0]} (seed ${f.seed.path}, saved as ${path})`);
          if (entry.failures.length >= 5) break;
        } else if (!details.interrupted && details.numRuns === 0) break;
      }
      entry.ms = Math.round(performance.now() - started);
      writeStats();
      expect(entry.failures, `${scanner.id}: ${entry.executions} executions`).toEqual([]);
      expect(rssPeak - rssStart).toBeLessThan(MAX_RSS_GROWTH);
    });
  }
});

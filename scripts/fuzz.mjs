#!/usr/bin/env node
// Long mutation-fuzzing run: `npm run fuzz` (30 minutes), or
// `FUZZ_SECONDS=600 npm run fuzz`, `FUZZ_SEED=1 npm run fuzz`, `FUZZ_RUNS=1000 npm run fuzz`
// (FUZZ_RUNS caps executions per scanner). The time is shared by all scanners.
// Inputs that break an invariant land in test/fuzz/.crashes/; figures in the stats file.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const seconds = Number(process.env.FUZZ_SECONDS ?? 1800);
const statsFile = process.env.FUZZ_STATS ?? join(tmpdir(), `modelscan-fuzz-${process.pid}.json`);
const started = Date.now();
const vitest = join(import.meta.dirname, '..', 'node_modules', 'vitest', 'vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', 'test/fuzz/fuzz.test.ts', '--reporter=verbose'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_SECONDS: String(seconds), FUZZ_STATS: statsFile },
});
try {
  const { stats, rssStartMiB, rssPeakMiB } = JSON.parse(readFileSync(statsFile, 'utf8'));
  let total = 0;
  console.log('\nscanner            executions  failures');
  for (const [id, s] of Object.entries(stats)) {
    total += s.executions;
    console.log(`${id.padEnd(18)} ${String(s.executions).padStart(10)}  ${s.failures.length}`);
    for (const f of s.failures) console.log(`    ${f}`);
  }
  console.log(`total ${total} executions in ${Math.round((Date.now() - started) / 1000)} s; RSS ${rssStartMiB} -> peak ${rssPeakMiB} MiB; stats in ${statsFile}`);
} catch {
  console.log(`no fuzz statistics written (${statsFile})`);
}
process.exit(result.status ?? 1);

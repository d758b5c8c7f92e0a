#!/usr/bin/env node
// Long mutation-fuzzing run: `npm run fuzz` (30 minutes), or
// `FUZZ_SECONDS=600 npm run fuzz`, `FUZZ_SEED=1 npm run fuzz`, `FUZZ_RUNS=1000 npm run fuzz`
// (FUZZ_RUNS caps executions per scanner). The time is shared by all scanners.
// Inputs that break an invariant land in test/fuzz/.crashes/. A scan that hangs (a synchronous
// loop nothing can interrupt) is caught by the harness watchdog, which kills vitest; this driver
// then restarts with the remaining time, leaving out the scanner that hung, and adds up the figures.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const seconds = Number(process.env.FUZZ_SECONDS ?? 1800);
const statsFile = process.env.FUZZ_STATS ?? join(tmpdir(), `modelscan-fuzz-${process.pid}.json`);
const started = Date.now();
const vitest = join(import.meta.dirname, '..', 'node_modules', 'vitest', 'vitest.mjs');
const skip = (process.env.FUZZ_SKIP ?? '').split(',').filter(Boolean);
const totals = {};
const hangs = [];
let rssPeakMiB = 0;
let status = 0;
for (;;) {
  const left = Math.round(seconds - (Date.now() - started) / 1000);
  if (left < 30) break;
  rmSync(statsFile, { force: true });
  const result = spawnSync(process.execPath, [vitest, 'run', 'test/fuzz/fuzz.test.ts', '--reporter=verbose'], {
    stdio: 'inherit',
    env: { ...process.env, FUZZ_SECONDS: String(left), FUZZ_STATS: statsFile, FUZZ_SKIP: skip.join(',') },
  });
  let run;
  try {
    run = JSON.parse(readFileSync(statsFile, 'utf8'));
  } catch {
    run = undefined;
  }
  for (const [id, s] of Object.entries(run?.stats ?? {})) {
    const t = (totals[id] ??= { executions: 0, failures: [] });
    t.executions += s.executions;
    t.failures.push(...s.failures);
  }
  rssPeakMiB = Math.max(rssPeakMiB, run?.rssPeakMiB ?? 0);
  if (result.status === 0) break;
  if (run?.current && result.signal === 'SIGKILL') {
    // Killed by the hang watchdog while fuzzing `current`: note it, leave it out, go on.
    hangs.push(run.current);
    (totals[run.current] ??= { executions: 0, failures: [] }).failures.push('hang (input in test/fuzz/.crashes/hang-*)');
    skip.push(run.current);
    status = 1;
    continue;
  }
  status = result.status ?? 1;
  break;
}
let total = 0;
console.log('\nscanner            executions  failures');
for (const [id, s] of Object.entries(totals)) {
  total += s.executions;
  console.log(`${id.padEnd(18)} ${String(s.executions).padStart(10)}  ${s.failures.length}`);
  for (const f of s.failures) console.log(`    ${f}`);
}
console.log(
  `total ${total} executions in ${Math.round((Date.now() - started) / 1000)} s; peak RSS ${rssPeakMiB} MiB` +
    (hangs.length ? `; hung in: ${hangs.join(', ')}` : ''),
);
process.exit(status);

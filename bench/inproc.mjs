// In-process timings, after warm-up: the scan loop itself, without Node's start-up.
// Imports the tsc output of src/ (bench/run.mjs builds it into bench/.build/).
// Prints one JSON line: { rows: [{ name, samples: [ms...], bytes? }], maxRssKb }.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const [build, corpus, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 7);
const { scanFile, scanFiles } = await import(resolve(build, 'core/scan.js'));
const { discoverPaths } = await import(resolve(build, 'core/discover.js'));

const root = corpus;
const file = (name) => ({ absolutePath: resolve(corpus, name), relativePath: name, explicit: true });

async function time(fn, n) {
  const samples = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return samples;
}

const rows = [];
async function row(name, fn, { warm = 3, n = runs * 5, bytes } = {}) {
  const result = await fn(); // fail loudly if the scan is not what we measure
  if (result?.status && result.status !== 'complete') throw new Error(`${name}: ${result.status} ${result.reasons}`);
  await time(fn, warm);
  rows.push({ name, samples: await time(fn, n), ...(bytes ? { bytes } : {}) });
}

await row('in-process: torch zip 10 GB (scanFile)', () => scanFile(file('torch-10g.pt'), { root }));
await row('in-process: safetensors 10 GB (scanFile)', () => scanFile(file('model-10g.safetensors'), { root }));
const dense = 'dense-ints.pkl';
await row('in-process: dense pickle opcode walk (scanFile)', () => scanFile(file(dense), { root }), {
  warm: 1,
  n: runs,
  bytes: statSync(resolve(corpus, dense)).size,
});
await row('in-process: 2,000 small pickles (discover + scanFiles)', async () => scanFiles(await discoverPaths(['many'], { root }), { root }), {
  warm: 1,
  n: runs,
});
process.stdout.write(`${JSON.stringify({ rows, maxRssKb: process.resourceUsage().maxRSS })}\n`);

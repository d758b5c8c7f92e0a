#!/usr/bin/env node
// Throughput of the pickle opcode walk (src/formats/pickle) on large synthetic streams.
// Needs the compiled library: `npx tsc -p tsconfig.build.json` (or `npm run build`) first.
//   node bench/pickle-walk.mjs [MiB per stream, default 64]
// Prints MB/s per stream type. No assertions: numbers only.
import { performance } from 'node:perf_hooks';
import os from 'node:os';

const lib = process.env.PICKLE_WALK_LIB ? new URL(`file://${process.env.PICKLE_WALK_LIB.replace(/\/?$/, '/')}`) : new URL('../lib/', import.meta.url);
const { BufferSource } = await import(new URL('core/source.js', lib));
const { Collector, PickleMachine } = await import(new URL('formats/pickle/machine.js', lib));
const { ByteReader } = await import(new URL('formats/pickle/reader.js', lib));
const { DEFAULT_PICKLE_POLICY } = await import(new URL('policy/pickle-globals.js', lib));
const { DEFAULT_LIMITS } = await import(new URL('core/limits.js', lib));

const MiB = 1024 * 1024;
const target = Number(process.argv[2] ?? 64) * MiB;

/** Builds a protocol-4 stream: a list filled with APPENDS batches of 1000 items from `item(i)`. */
function listStream(item) {
  const parts = [Buffer.from([0x80, 4, 0x5d, 0x94])];
  let size = 4;
  let i = 0;
  while (size < target) {
    const batch = [Buffer.from([0x28])];
    for (let k = 0; k < 1000; k++) batch.push(item(i++));
    batch.push(Buffer.from([0x65]));
    const b = Buffer.concat(batch);
    parts.push(b);
    size += b.length;
  }
  parts.push(Buffer.from([0x2e]));
  return Buffer.concat(parts);
}

const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32LE(n); return b; };
const streams = {
  'ints (BININT1/BININT2/BININT)': () => listStream((i) => (i % 3 === 0 ? Buffer.from([0x4b, i & 0xff]) : i % 3 === 1 ? Buffer.from([0x4d, i & 0xff, (i >> 8) & 0xff]) : Buffer.concat([Buffer.from([0x4a]), u32(i)]))),
  'floats (BINFLOAT)': () => listStream((i) => { const b = Buffer.alloc(9); b[0] = 0x47; b.writeDoubleBE(i * 1.5, 1); return b; }),
  'short strings + MEMOIZE, every 4th a BINGET': () => listStream((i) => {
    if (i % 4 === 3) return Buffer.from([0x68, 1]);
    const s = Buffer.from(`k${i}`);
    return Buffer.concat([Buffer.from([0x8c, s.length]), s, Buffer.from([0x94])]);
  }),
  'tuples of (str, int, float) like a state dict': () => listStream((i) => {
    const s = Buffer.from(`layer.${i}.weight`);
    const f = Buffer.alloc(9); f[0] = 0x47; f.writeDoubleBE(i, 1);
    return Buffer.concat([Buffer.from([0x8c, s.length]), s, Buffer.from([0x94, 0x4b, i & 0xff]), f, Buffer.from([0x87])]);
  }),
  'big BINBYTES payloads (4 MiB each)': () => {
    const payload = Buffer.alloc(4 * MiB, 7);
    const n = Math.max(1, Math.round(target / payload.length));
    const one = Buffer.concat([Buffer.from([0x42]), u32(payload.length), payload]);
    return Buffer.concat([Buffer.from([0x80, 4, 0x5d, 0x94, 0x28]), ...Array.from({ length: n }, () => one), Buffer.from([0x65, 0x2e])]);
  },
};

function walk(data) {
  const source = new BufferSource(data);
  const limits = { maxOpcodes: 1e12, maxStackDepth: DEFAULT_LIMITS.maxStackDepth, maxMemoEntries: Math.max(DEFAULT_LIMITS.maxMemoEntries, 16_000_000) };
  const machine = new PickleMachine(new ByteReader(source, 0, data.length), DEFAULT_PICKLE_POLICY, limits, new Collector());
  machine.run();
  return machine.opcodes;
}

console.log(`pickle opcode walk, node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} (${os.cpus().length} cpus), ~${target / MiB} MiB per stream`);
for (const [name, make] of Object.entries(streams)) {
  const data = make();
  walk(data); // warm up
  const runs = [];
  let opcodes = 0;
  for (let k = 0; k < 5; k++) {
    const t = performance.now();
    opcodes = walk(data);
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  const ms = runs[2];
  console.log(`${name.padEnd(48)} ${(data.length / MiB).toFixed(0).padStart(5)} MiB ${String(opcodes).padStart(10)} ops  ${(data.length / 1e6 / (ms / 1000)).toFixed(0).padStart(6)} MB/s  ${(opcodes / 1e6 / (ms / 1000)).toFixed(1).padStart(6)} Mops/s`);
}

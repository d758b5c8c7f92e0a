import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fc } from '@fast-check/vitest';
import { scanFile } from '../../src/core/scan.js';
import { makeProbe, route } from '../../src/core/route.js';
import { BufferSource } from '../../src/core/source.js';
import type { Limits } from '../../src/core/limits.js';
import type { FileResult } from '../../src/core/types.js';
import { SCANNERS } from '../../src/formats/index.js';

export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');
export const REGRESSIONS_DIR = join(FIXTURES_DIR, 'regressions');
/** Where the fuzzer drops inputs that broke an invariant (move them to regressions/ once fixed). */
export const CRASH_DIR = join(import.meta.dirname, '.crashes');

/**
 * Limits for fuzzing: small enough that a mutated length field cannot make a
 * run allocate gigabytes or take seconds, so memory and time stay measurable.
 * The per-file time budget is what ends a slow input (it must, cooperatively).
 */
export const FUZZ_LIMITS: Partial<Limits> = {
  maxMemberBytes: 16 * 1024 * 1024,
  maxTotalInflatedBytes: 48 * 1024 * 1024,
  maxPickleBytes: 16 * 1024 * 1024,
  maxPickleOpcodes: 2_000_000,
  maxMembers: 5_000,
  maxJsonBytes: 16 * 1024 * 1024,
  maxFileSeconds: 3,
};
/** A run that takes longer than this is a hang, whatever it reports (the time budget is 3 s). */
export const RUN_TIMEOUT_MS = 10_000;

export interface Seed {
  /** Path under test/fixtures, for messages. */
  path: string;
  /** Name the mutated file is written under (routing hints come from it). */
  name: string;
  bytes: Uint8Array;
}

const SKIP = /\.(py|md)$/;
/** Open (unfixed) hangs: kept for the record, never fed to the fuzzer (they would stop it). */
const OPEN_ISSUES = join(FIXTURES_DIR, 'regressions', 'open');

/** Every committed fixture (test/fixtures/**), generators and notes aside. */
export function loadSeeds(dir = FIXTURES_DIR): Seed[] {
  const out: Seed[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) {
        if (full !== OPEN_ISSUES) walk(full);
      }
      else if (entry.isFile() && !SKIP.test(entry.name) && statSync(full).size <= 4 * 1024 * 1024) {
        out.push({ path: relative(FIXTURES_DIR, full), name: safeName(entry.name), bytes: new Uint8Array(readFileSync(full)) });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Fixture names are written to a temp folder: keep the extension, drop anything odd. */
function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '_').slice(-80) || 'file';
}

/**
 * Seeds grouped by the scanner that takes them at the top level, one group per
 * registered scanner (SCANNERS, so a new format is fuzzed as soon as it is
 * registered). A scanner no fixture reaches gets every seed, renamed with its
 * first extension so its name-based claim can fire.
 */
export async function seedsByScanner(seeds: readonly Seed[]): Promise<Map<string, Seed[]>> {
  const groups = new Map<string, Seed[]>(SCANNERS.map((s) => [s.id, []]));
  for (const seed of seeds) {
    const scanner = await route(SCANNERS, makeProbe(new BufferSource(seed.bytes), seed.name));
    if (scanner) groups.get(scanner.id)!.push(seed);
  }
  for (const scanner of SCANNERS) {
    const group = groups.get(scanner.id)!;
    if (group.length > 0) continue;
    const ext = scanner.extensions[0] ?? '.json';
    for (const seed of seeds) group.push({ ...seed, name: `${seed.name.replace(/\.[^.]*$/, '')}${ext}` });
  }
  return groups;
}

/** One mutation of a byte string: what fuzzers do, plus the lies model formats invite. */
export type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'set'; at: number; value: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'splice'; at: number; other: number; from: number }
  | { kind: 'lie'; at: number; width: 2 | 4 | 8; value: bigint; littleEndian: boolean }
  | { kind: 'repeat'; at: number; length: number; times: number };

const interesting = fc.constantFrom(0n, 1n, 0x7fn, 0x80n, 0xffn, 0x7fffn, 0xffffn, 0x7fffffffn, 0x80000000n, 0xffffffffn,
  0x100000000n, 0x7fffffffffffffffn, 0xffffffffffffffffn, 2n ** 53n, 2n ** 53n + 1n, 1n << 40n);

/** Positions are fractions of the current length, so every mutation applies to any input. */
const pos = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

export const mutationArb: fc.Arbitrary<{ kind: Mutation['kind']; p: number; q: number; r: number; bytes: Uint8Array; value: bigint; width: 2 | 4 | 8; le: boolean }> =
  fc.record({
    kind: fc.constantFrom<Mutation['kind']>('truncate', 'flip', 'flip', 'set', 'insert', 'delete', 'splice', 'lie', 'lie', 'repeat'),
    p: pos,
    q: pos,
    r: fc.nat({ max: 1 << 20 }),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
    value: fc.oneof(interesting, fc.bigInt({ min: 0n, max: (1n << 64n) - 1n })),
    width: fc.constantFrom<2 | 4 | 8>(2, 4, 8),
    le: fc.boolean(),
  });

export type RawMutation = typeof mutationArb extends fc.Arbitrary<infer T> ? T : never;

/** Applies mutations in order; `others` are the seeds a splice can take bytes from. */
export function mutate(input: Uint8Array, mutations: readonly RawMutation[], others: readonly Seed[]): Uint8Array {
  let b = input;
  for (const m of mutations) {
    const at = Math.floor(m.p * (b.length + 1));
    switch (m.kind) {
      case 'truncate':
        b = b.subarray(0, at);
        break;
      case 'flip':
      case 'set':
        if (b.length === 0) break;
        b = Uint8Array.from(b);
        {
          const i = Math.min(at, b.length - 1);
          b[i] = m.kind === 'flip' ? b[i]! ^ (1 << (m.r % 8)) : m.r & 0xff;
        }
        break;
      case 'insert':
        b = concat(b.subarray(0, at), m.bytes, b.subarray(at));
        break;
      case 'delete':
        b = concat(b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + (m.r % 64))));
        break;
      case 'splice': {
        const other = others[m.r % Math.max(1, others.length)]?.bytes ?? new Uint8Array(0);
        b = concat(b.subarray(0, at), other.subarray(Math.floor(m.q * other.length)));
        break;
      }
      case 'lie': {
        if (b.length < m.width) break;
        b = Uint8Array.from(b);
        const i = Math.min(at, b.length - m.width);
        const dv = new DataView(b.buffer, b.byteOffset, b.length);
        const v = m.value & ((1n << BigInt(m.width * 8)) - 1n);
        if (m.width === 2) dv.setUint16(i, Number(v), m.le);
        else if (m.width === 4) dv.setUint32(i, Number(v), m.le);
        else dv.setBigUint64(i, v, m.le);
        break;
      }
      case 'repeat': {
        const len = Math.min(b.length - Math.min(at, b.length), 1 + (m.r % 256));
        const chunk = b.subarray(at, at + len);
        const times = 1 + (m.r % 50);
        if (b.length + chunk.length * times > 4 * 1024 * 1024) break;
        b = concat(b.subarray(0, at), ...Array.from({ length: times }, () => chunk), b.subarray(at));
        break;
      }
    }
  }
  return b;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

const STATUSES = new Set(['complete', 'incomplete', 'unsupported', 'ignored', 'error']);

/**
 * The invariants every scan of hostile bytes keeps. Returns the broken one, or
 * undefined. An internal error (an exception escaping a scanner) breaks one:
 * it is fail-closed for users, but it is a scanner bug for us.
 */
export function brokenInvariant(result: FileResult, ms: number): string | undefined {
  if (!STATUSES.has(result.status)) return `unknown status ${String(result.status)}`;
  const incomplete = result.findings.filter((f) => f.ruleId === 'scan/incomplete');
  if (result.status === 'complete' && incomplete.length > 0) return 'status complete with scan/incomplete findings';
  if (result.status !== 'complete' && result.status !== 'ignored' && result.reasons.length === 0) {
    return `status ${result.status} without a reason`;
  }
  if (result.status === 'incomplete' && incomplete.length === 0 && result.findings.length < 1000) {
    return 'status incomplete without a scan/incomplete finding';
  }
  const internal = incomplete.find((f) => f.properties?.internalError === true);
  if (internal) return `internal error: ${internal.message}`;
  if (ms > RUN_TIMEOUT_MS) return `took ${Math.round(ms)} ms`;
  return undefined;
}

/**
 * A scan that never returns control (a synchronous loop, e.g. inside a wasm
 * library) cannot be interrupted from its own thread: no timer, no time
 * budget, no test timeout fires. The watchdog is a second thread that watches
 * a heartbeat in shared memory; when one scan runs past `hangMs` it keeps the
 * input in test/fuzz/.crashes/ (with a .txt saying "hang") and kills the process
 * (SIGKILL), so a hang fails loudly instead of stalling CI forever; `npm run fuzz`
 * then restarts without the scanner that hung.
 */
export const HANG_EXIT_CODE = 86;
class Watchdog {
  private readonly shared = new SharedArrayBuffer(8 + 8 + 4096);
  private readonly started = new Float64Array(this.shared, 0, 1);
  private readonly pathLength = new Int32Array(this.shared, 8, 1);
  private readonly path = new Uint8Array(this.shared, 16, 4096);
  private readonly worker: Worker;

  constructor(hangMs: number) {
    this.worker = new Worker(
      `const { workerData } = require('node:worker_threads');
       const fs = require('node:fs'), path = require('node:path');
       const { shared, hangMs, crashDir, code } = workerData;
       const started = new Float64Array(shared, 0, 1), len = new Int32Array(shared, 8, 1), bytes = new Uint8Array(shared, 16, 4096);
       const tick = new Int32Array(new SharedArrayBuffer(4));
       for (;;) {
         Atomics.wait(tick, 0, 0, 1000);
         const t = started[0];
         if (t > 0 && performance.timeOrigin + performance.now() - t > hangMs) {
           const file = Buffer.from(bytes.subarray(0, len[0])).toString('utf8');
           try {
             fs.mkdirSync(crashDir, { recursive: true });
             const to = path.join(crashDir, 'hang-' + Date.now() + '-' + path.basename(file));
             fs.copyFileSync(file, to);
             fs.writeFileSync(to + '.txt', 'hang: the scan did not return within ' + hangMs + ' ms\\n');
             process.stderr.write('\\nFUZZ HANG: ' + file + ' saved as ' + to + '\\n');
           } catch (e) { process.stderr.write('\\nFUZZ HANG (input not saved: ' + e + ')\\n'); }
           process.exitCode = code;
           process.kill(process.pid, 'SIGKILL');
         }
       }`,
      { eval: true, workerData: { shared: this.shared, hangMs, crashDir: CRASH_DIR, code: HANG_EXIT_CODE } },
    );
    this.worker.unref();
  }

  begin(file: string): void {
    const bytes = Buffer.from(file, 'utf8').subarray(0, 4096);
    this.path.set(bytes);
    this.pathLength[0] = bytes.length;
    this.started[0] = performance.timeOrigin + performance.now();
  }

  end(): void {
    this.started[0] = 0;
  }

  close(): void {
    void this.worker.terminate();
  }
}

/** Writes bytes under a name in a fresh private folder and scans them like a file on disk. */
export class ScanBench {
  readonly dir = mkdtempSync(join(tmpdir(), 'modelscan-fuzz-'));
  private n = 0;
  private readonly watchdog = new Watchdog(Number(process.env.FUZZ_HANG_MS ?? 60_000));

  async scan(bytes: Uint8Array, name: string, limits: Partial<Limits> = FUZZ_LIMITS): Promise<{ result: FileResult; ms: number }> {
    const sub = join(this.dir, String(this.n++ % 4));
    mkdirSync(sub, { recursive: true });
    const path = join(sub, name);
    writeFileSync(path, bytes);
    const started = performance.now();
    this.watchdog.begin(path);
    try {
      const result = await withTimeout(
        scanFile({ relativePath: name, absolutePath: path, explicit: true } as Parameters<typeof scanFile>[0], { root: sub, limits }),
        RUN_TIMEOUT_MS * 2,
      );
      return { result, ms: performance.now() - started };
    } finally {
      this.watchdog.end();
      rmSync(path, { force: true });
    }
  }

  close(): void {
    this.watchdog.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`scan did not finish within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Keeps an input that broke an invariant, named by scanner and content hash. */
export function saveCrash(scannerId: string, name: string, bytes: Uint8Array, why: string): string {
  mkdirSync(CRASH_DIR, { recursive: true });
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  const ext = /\.[A-Za-z0-9]{1,12}$/.exec(name)?.[0] ?? '';
  const path = join(CRASH_DIR, `${scannerId}-${hash}${ext}`);
  writeFileSync(path, bytes);
  writeFileSync(`${path}.txt`, `${why}\nseed name: ${basename(name)}\n`);
  return path;
}

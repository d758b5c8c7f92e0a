import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, LimitError, parseLimitAssignments, parseLimits } from '../../src/core/limits.js';
import { FileBudget, TimeBudgetExceeded } from '../../src/core/budget.js';
import { jsonDepth } from '../../src/core/json-limits.js';
import type { FormatScanner } from '../../src/core/scanner.js';
import type { FileResult } from '../../src/core/types.js';
import { SCANNERS } from '../../src/formats/index.js';
import { buildZip, enc, EVIL_PICKLE, BENIGN_PICKLE } from '../zip/build.js';
import { scanBytes } from '../zip/helpers.js';
import { FIXTURES_DIR } from '../fuzz/harness.js';

const incompleteReasons = (r: FileResult): string[] => r.findings.filter((f) => f.ruleId === 'scan/incomplete').map((f) => f.message);
function expectLimit(r: FileResult, pattern: RegExp): void {
  expect(r.status, JSON.stringify(r.reasons)).toBe('incomplete');
  expect(incompleteReasons(r).some((m) => pattern.test(m)), JSON.stringify(incompleteReasons(r))).toBe(true);
  expect(r.findings.some((f) => f.properties?.internalError)).toBe(false);
}

describe('parseLimits', () => {
  it('accepts every limit by name, with units for byte limits', () => {
    expect(parseLimits({ maxDepth: 3, maxMemberBytes: '1GiB', maxJsonBytes: '64 MB', maxMembers: '10_000', maxFileSeconds: '30' })).toEqual({
      maxDepth: 3, maxMemberBytes: 1024 ** 3, maxJsonBytes: 64_000_000, maxMembers: 10_000, maxFileSeconds: 30,
    });
    for (const name of Object.keys(DEFAULT_LIMITS)) expect(parseLimits({ [name]: 7 })).toEqual({ [name]: 7 });
  });

  it('names the bad limit, suggests the right spelling, refuses zero, negatives, fractions and units on counts', () => {
    expect(() => parseLimits({ maxdepth: 1 })).toThrow(/unknown limit "maxdepth" \(did you mean "maxDepth"\?\)/);
    expect(() => parseLimits({ 'max-depth': 1 })).toThrow(/did you mean "maxDepth"/);
    expect(() => parseLimits({ nope: 1 })).toThrow(/known limits: maxDepth/);
    for (const bad of [0, -1, 1.5, '', 'ten', '5MiB', 'NaN', Infinity, null, true]) {
      expect(() => parseLimits({ maxDepth: bad }), String(bad)).toThrow(LimitError);
    }
    expect(() => parseLimits({ maxDepth: 0 })).toThrow(/limit "maxDepth" \(archive \/ nested payload depth\) must be a positive integer, not 0/);
    expect(() => parseLimits({ maxPickleBytes: '2 parsecs' })).toThrow(/a unit such as 512MiB/);
    expect(() => parseLimits({ __proto__: 1 } as Record<string, unknown>)).not.toThrow();
    expect(() => parseLimits(JSON.parse('{"__proto__": 1}'))).toThrow(/unknown limit "__proto__"/);
  });

  it('reads name=value lines (CLI --limit, action input), comments and blanks skipped', () => {
    expect(parseLimitAssignments(['maxDepth=2', ' maxMembers = 50 ', '', '# note', 'maxJsonDepth=10\nmaxFileSeconds=1'])).toEqual({
      maxDepth: 2, maxMembers: 50, maxJsonDepth: 10, maxFileSeconds: 1,
    });
    expect(() => parseLimitAssignments(['maxDepth'])).toThrow(/expected name=value/);
    expect(() => parseLimitAssignments(['=3'])).toThrow(/expected name=value/);
  });
});

describe('time budget', () => {
  it('FileBudget throws once the clock passes the deadline', () => {
    let now = 0;
    const budget = new FileBudget({ ...DEFAULT_LIMITS, maxFileSeconds: 2 }, () => now);
    budget.check();
    now = 2001;
    expect(budget.expired).toBe(true);
    expect(() => budget.check()).toThrow(TimeBudgetExceeded);
    expect(() => budget.check()).toThrow('time budget of 2 s exceeded (limit maxFileSeconds)');
  });

  it('a slow scanner that checks its budget ends with scan/incomplete, said once, findings before it kept', async () => {
    const slow: FormatScanner = {
      id: 'slow', name: 'Slow', extensions: ['.slow'],
      claim: (p) => (p.extension === '.slow' ? 'magic' : false),
      async scan(ctx) {
        ctx.report({ ruleId: 'pickle/code-execution', message: 'seen before the budget ran out', callable: 'os.system' });
        // A nested scan that runs out unwinds through this level too.
        await ctx.scanNested(ctx.source, 'inner.slow');
        for (;;) {
          ctx.checkBudget();
          await new Promise((r) => setTimeout(r, 5));
        }
      },
    };
    const started = performance.now();
    const r = await scanBytes(enc('x'), 'a.slow', { scanners: [slow], limits: { maxFileSeconds: 1, maxDepth: 2 } });
    expect(performance.now() - started).toBeLessThan(5_000);
    expectLimit(r, /time budget of 1 s exceeded \(limit maxFileSeconds\)/);
    expect(incompleteReasons(r).filter((m) => /time budget/.test(m))).toHaveLength(1);
    expect(r.findings.some((f) => f.callable === 'os.system')).toBe(true);
  });

  it('the pickle opcode loop checks the budget', async () => {
    // 3M opcodes of MARK/POP_MARK: cheap each, so only the clock can stop it within the opcode limit.
    const body = Buffer.alloc(6_000_000);
    for (let i = 0; i < body.length; i += 2) {
      body[i] = 0x28; // MARK
      body[i + 1] = 0x31; // POP_MARK
    }
    const bytes = Buffer.concat([Buffer.from([0x80, 0x02]), body, Buffer.from([0x4e, 0x2e])]);
    const r = await scanBytes(bytes, 'slow.pkl', { limits: { maxFileSeconds: 1, maxPickleOpcodes: 1e9 } });
    // Either fast enough to finish (complete) or stopped by the clock: never an internal error or a silent pass.
    if (r.status !== 'complete') expectLimit(r, /time budget of 1 s exceeded/);
    const slower = await scanBytes(bytes, 'slow.pkl', { limits: { maxFileSeconds: 1e-6 as unknown as number, maxPickleOpcodes: 1e9 } });
    expectLimit(slower, /time budget of .* s exceeded/);
  });
});

describe('an exception escaping a scanner', () => {
  it('is scan/incomplete worded as an internal error and marked internalError; other files are unaffected', async () => {
    const buggy: FormatScanner = {
      id: 'buggy', name: 'Buggy', extensions: ['.bug'],
      claim: (p) => (p.extension === '.bug' ? 'magic' : false),
      scan() {
        throw new TypeError("Cannot read properties of undefined (reading 'x')");
      },
    };
    const r = await scanBytes(enc('x'), 'a.bug', { scanners: [buggy, ...SCANNERS] });
    expect(r.status).toBe('incomplete');
    const f = r.findings.find((x) => x.ruleId === 'scan/incomplete')!;
    expect(f.message).toMatch(/internal error in the Buggy scanner \(Cannot read properties/);
    expect(f.properties?.internalError).toBe(true);
    const ok = await scanBytes(BENIGN_PICKLE, 'fine.pkl', { scanners: [buggy, ...SCANNERS] });
    expect(ok.status).toBe('complete');
  });
});

describe('archive limits', () => {
  const evilZip = buildZip([{ name: 'data.pkl', data: EVIL_PICKLE }]);

  it('maxDepth: nesting beyond the limit is reported, never silently clean', async () => {
    let bytes: Uint8Array = evilZip;
    for (let i = 0; i < 8; i++) bytes = buildZip([{ name: `level${i}.zip`, data: bytes }]);
    const r = await scanBytes(bytes, 'deep.zip');
    expectLimit(r, /nested deeper than the limit of 5 levels/);
    const shallow = await scanBytes(bytes, 'deep.zip', { limits: { maxDepth: 12 } });
    expect(shallow.findings.some((f) => f.callable === 'posix.system' || f.callable === 'os.system')).toBe(true);
  });

  it('maxMembers: counted across nested archives', async () => {
    const inner = buildZip(Array.from({ length: 30 }, (_, i) => ({ name: `m${i}.pkl`, data: BENIGN_PICKLE })));
    const outer = buildZip([{ name: 'a.zip', data: inner }, { name: 'b.zip', data: inner }]);
    const r = await scanBytes(outer, 'many.zip', { limits: { maxMembers: 40 } });
    expectLimit(r, /more than 40 archive members .*limit maxMembers/);
  });

  it('maxMemberBytes and maxTotalInflatedBytes: a zip deflate bomb', async () => {
    const zeros = new Uint8Array(2 * 1024 * 1024);
    const bomb = buildZip(['a.bin', 'b.bin', 'c.bin'].map((name) => ({ name, data: zeros, method: 8 })));
    expect(bomb.length).toBeLessThan(100_000);
    expectLimit(await scanBytes(bomb, 'bomb.zip', { limits: { maxMemberBytes: 1024 * 1024 } }), /limit maxMemberBytes/);
    expectLimit(await scanBytes(bomb, 'bomb.zip', { limits: { maxTotalInflatedBytes: 5 * 1024 * 1024 } }), /limit maxTotalInflatedBytes/);
  });

  it('zip64 with absurd sizes', async () => {
    const bytes = buildZip([{ name: 'data.pkl', data: EVIL_PICKLE, method: 8, zip64: { usize: 0xffffffffffffffn, csize: 0xfffffffffffn } }]);
    const r = await scanBytes(bytes, 'absurd.zip');
    expect(['incomplete', 'complete']).toContain(r.status);
    expect(r.status).toBe('incomplete');
    expect(r.findings.some((f) => f.properties?.internalError)).toBe(false);
  });

  it('the inflate budget is per file on disk, across formats (a zip in a gzip in a zip)', async () => {
    const zeros = new Uint8Array(1024 * 1024);
    const innerZip = buildZip([{ name: 'a.bin', data: zeros, method: 8 }, { name: 'b.bin', data: zeros, method: 8 }]);
    const gz = gzipSync(innerZip);
    const outer = buildZip([{ name: 'x.zip.gz', data: gz, method: 8 }, { name: 'y.zip.gz', data: gz, method: 8 }]);
    // Each level alone fits in 3 MiB; together (2 x (2 MiB + the inner zip)) they do not.
    const r = await scanBytes(outer, 'layers.zip', { limits: { maxTotalInflatedBytes: 3 * 1024 * 1024 } });
    expectLimit(r, /limit maxTotalInflatedBytes/);
  });

  it('an archive that contains itself (quine-like nesting) ends at the depth limit', async () => {
    // A zip whose member is the zip's own bytes up to that point, and a gzip of a zip of itself: bounded by maxDepth.
    let z = buildZip([{ name: 'self.zip', data: buildZip([{ name: 'self.zip', data: evilZip }]) }]);
    for (let i = 0; i < 6; i++) z = buildZip([{ name: 'self.zip', data: z }, { name: 'copy.zip', data: z, method: 0 }]);
    const started = performance.now();
    const r = await scanBytes(z, 'quine.zip');
    expect(performance.now() - started).toBeLessThan(20_000);
    expectLimit(r, /nested deeper than the limit/);
  });
});

describe('decompression bombs', () => {
  const bombs = ['bomb.pkl.gz', 'bomb.pkl.bz2', 'bomb.pkl.xz'];
  for (const name of bombs) {
    it(`${name}: stops at maxMemberBytes`, async () => {
      const bytes = readFileSync(join(FIXTURES_DIR, 'containers', name));
      const r = await scanBytes(bytes, name, { limits: { maxMemberBytes: 1024 * 1024 } });
      expectLimit(r, /limit max(MemberBytes|TotalInflatedBytes)/);
    });
  }

  it('gzip bomb built here: stops at the limit and keeps what it read', async () => {
    const payload = Buffer.concat([Buffer.from(EVIL_PICKLE), Buffer.alloc(8 * 1024 * 1024)]);
    const r = await scanBytes(gzipSync(payload, { level: 9 }), 'bomb.pkl.gz', { limits: { maxMemberBytes: 2 * 1024 * 1024 } });
    expectLimit(r, /limit maxMemberBytes/);
    expect(r.findings.some((f) => /system/.test(f.callable ?? ''))).toBe(true);
  });

  it('raw deflate in a zip that lies about its size', async () => {
    // A pickle header, then zeros: the member is claimed as a pickle, read only as far as its declared size.
    const compressed = deflateRawSync(Buffer.concat([Buffer.from([0x80, 0x02]), Buffer.alloc(4 * 1024 * 1024)]));
    const bytes = buildZip([{ name: 'a.pkl', compressed: new Uint8Array(compressed), method: 8, uncompressedSize: 100 }]);
    const r = await scanBytes(bytes, 'liar.zip');
    expect(r.status).toBe('incomplete');
    expect(r.findings.some((f) => f.properties?.internalError)).toBe(false);
  });
});

describe('JSON limits', () => {
  it('jsonDepth counts brackets outside strings', () => {
    expect(jsonDepth('{"a": [1, {"b": "[[[["}]}')).toBe(3);
    expect(jsonDepth('"\\"[["')).toBe(0);
  });

  const deep = (n: number) => `{"auto_map": {"AutoModel": "m.M"}, "x": ${'['.repeat(n)}${']'.repeat(n)}}`;
  it('maxJsonDepth: a deeply nested config.json (hf-config)', async () => {
    const r = await scanBytes(enc(deep(100_000)), 'config.json');
    expectLimit(r, /nests deeper than 1000 levels \(limit maxJsonDepth\)/);
    expect((await scanBytes(enc(deep(50)), 'config.json')).status).not.toBe('incomplete');
  });

  it('maxJsonDepth: a Keras config, and a safetensors header', async () => {
    const keras = `{"class_name": "Sequential", "config": ${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expectLimit(await scanBytes(enc(keras), 'model.json'), /limit maxJsonDepth/);
    const header = enc(`{"x": ${'['.repeat(5000)}${']'.repeat(5000)}}`);
    const len = Buffer.alloc(8);
    len.writeBigUInt64LE(BigInt(header.length));
    expectLimit(await scanBytes(Buffer.concat([len, header]), 'm.safetensors'), /limit maxJsonDepth/);
  });

  it('maxJsonBytes: each JSON scanner honours it', async () => {
    const big = `{"auto_map": {"AutoModel": "m.M"}, "pad": "${'a'.repeat(4096)}"}`;
    expectLimit(await scanBytes(enc(big), 'config.json', { limits: { maxJsonBytes: 1000 } }), /limit maxJsonBytes/);
    const keras = `{"class_name": "Sequential", "config": {"pad": "${'a'.repeat(4096)}"}}`;
    expectLimit(await scanBytes(enc(keras), 'model.json', { limits: { maxJsonBytes: 1000 } }), /limit maxJsonBytes/);
    const header = enc(`{"__metadata__": {"pad": "${'a'.repeat(4096)}"}}`);
    const len = Buffer.alloc(8);
    len.writeBigUInt64LE(BigInt(header.length));
    expectLimit(await scanBytes(Buffer.concat([len, header]), 'm.safetensors', { limits: { maxJsonBytes: 1000 } }), /limit maxJsonBytes/);
  });
});

describe('pickle limits', () => {
  it('maxPickleBytes, maxPickleOpcodes, maxStackDepth, maxMemoEntries', async () => {
    const marks = Buffer.concat([Buffer.from([0x80, 0x02]), Buffer.alloc(5000, 0x28), Buffer.from([0x2e])]);
    expectLimit(await scanBytes(marks, 'a.pkl', { limits: { maxStackDepth: 100 } }), /./);
    expectLimit(await scanBytes(marks, 'a.pkl', { limits: { maxPickleOpcodes: 100 } }), /opcode limit/);
    expectLimit(await scanBytes(marks, 'a.pkl', { limits: { maxPickleBytes: 100 } }), /pickle size limit/);
    // N, then MEMOIZE 5000 times (protocol 4).
    const memo = Buffer.concat([Buffer.from([0x80, 0x04, 0x4e]), Buffer.alloc(5000, 0x94), Buffer.from([0x2e])]);
    expectLimit(await scanBytes(memo, 'b.pkl', { limits: { maxMemoEntries: 100 } }), /./);
  });
});

describe('truncation at every offset of small fixtures, every format', () => {
  // One small fixture per scanner that claims it at the top level.
  const picks = new Map<string, string>();
  it('never throws, never an internal error, never clean when the original had findings', async () => {
    const { loadSeeds, seedsByScanner } = await import('../fuzz/harness.js');
    const groups = await seedsByScanner(loadSeeds());
    let runs = 0;
    for (const [id, seeds] of groups) {
      const seed = [...seeds].filter((s) => s.bytes.length <= 1500).sort((a, b) => a.bytes.length - b.bytes.length)[0];
      if (!seed) continue;
      picks.set(id, seed.path);
      const full = await scanBytes(seed.bytes, seed.name);
      const hadHigh = full.findings.some((f) => f.severity === 'critical' || f.severity === 'high');
      const step = Math.max(1, Math.floor(seed.bytes.length / 300));
      for (let cut = 0; cut < seed.bytes.length; cut += step) {
        const r = await scanBytes(seed.bytes.subarray(0, cut), seed.name);
        runs++;
        expect(r.findings.some((f) => f.properties?.internalError), `${seed.path} cut at ${cut}`).toBe(false);
        if (hadHigh && cut > 0 && r.status === 'complete') {
          // A complete scan of a prefix of a malicious file must still show something.
          expect(r.findings.length, `${seed.path} cut at ${cut}: complete and clean`).toBeGreaterThan(0);
        }
      }
    }
    expect(picks.size).toBeGreaterThan(8);
    expect(runs).toBeGreaterThan(500);
  }, 120_000);
});

/** A minimal ustar writer: one 512-byte header per member, data padded to 512. */
function tar(members: { name: string; data: Uint8Array }[]): Uint8Array {
  const blocks: Buffer[] = [];
  for (const { name, data } of members) {
    const h = Buffer.alloc(512);
    h.write(name, 0, 100, 'utf8');
    h.write('0000644\0', 100);
    h.write('0000000\0', 108);
    h.write('0000000\0', 116);
    h.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
    h.write('00000000000\0', 136);
    h.write('        ', 148);
    h.write('0', 156);
    h.write('ustar\0', 257);
    h.write('00', 263);
    let sum = 0;
    for (const b of h) sum += b;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    blocks.push(h, Buffer.from(data), Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return new Uint8Array(Buffer.concat(blocks));
}

describe('tar', () => {
  it('a tar that contains itself, nested beyond maxDepth, ends at the limit', async () => {
    let t = tar([{ name: 'data.pkl', data: EVIL_PICKLE }]);
    for (let i = 0; i < 8; i++) t = tar([{ name: 'self.tar', data: t }, { name: 'again.tar', data: t }]);
    const started = performance.now();
    const r = await scanBytes(t, 'self.tar');
    expect(performance.now() - started).toBeLessThan(20_000);
    expectLimit(r, /nested deeper than the limit of 5 levels/);
  });

  it('maxMembers counts members of nested tars together', async () => {
    const inner = tar(Array.from({ length: 30 }, (_, i) => ({ name: `m${i}.pkl`, data: BENIGN_PICKLE })));
    const r = await scanBytes(tar([{ name: 'a.tar', data: inner }, { name: 'b.tar', data: inner }]), 'many.tar', { limits: { maxMembers: 40 } });
    expectLimit(r, /more than 40 archive members in this file .*limit maxMembers/);
  });
});

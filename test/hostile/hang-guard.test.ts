import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// budget.ts as plain JavaScript (Node 20 runs no TypeScript): it imports nothing but types and built-ins.
const dir = mkdtempSync(join(tmpdir(), 'modelscan-guard-'));
const budgetJs = join(dir, 'budget.mjs');
writeFileSync(
  budgetJs,
  ts.transpileModule(readFileSync(new URL('../../src/core/budget.ts', import.meta.url), 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText,
);
// From a file: a worker started by an `-e` script is not killed the same way.
let n = 0;
const run = (script: string) => {
  const file = join(dir, `script${n++}.mjs`);
  writeFileSync(file, script);
  return spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 60_000 });
};

/**
 * A synchronous loop cannot be interrupted from its own thread; the guard
 * thread names the file and kills the process. Run in a child process (it
 * kills its process by design).
 */
describe('HangGuard', () => {
  it('kills a process whose scan is stuck in a synchronous loop, naming the file (escaped)', () => {
    const script = `
      import { Worker } from 'node:worker_threads';
      import { HangGuard } from ${JSON.stringify(budgetJs)};
      const guard = new HangGuard(Worker, 1500, 'modelscan-action');
      await guard.ready;
      guard.begin('evil\\\\x1b[2J.h5');
      const t = Date.now();
      while (Date.now() - t < 30000) {}
      console.log('not killed');
    `;
    const started = Date.now();
    const r = run(script);
    expect(r.stdout).not.toContain('not killed');
    expect(r.signal, r.stderr).toBe("SIGKILL");
    expect(r.stderr).toContain('modelscan-action: evil\\x1b[2J.h5: the scan did not finish within 2 s (a parser is stuck); stopping. The file is not known to be safe.');
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('stays quiet when files finish', () => {
    const script = `
      import { Worker } from 'node:worker_threads';
      import { HangGuard } from ${JSON.stringify(budgetJs)};
      const guard = new HangGuard(Worker, 1000, 'modelscan-action');
      await guard.ready;
      for (let i = 0; i < 3; i++) { guard.begin('ok.pkl'); const t = Date.now(); while (Date.now() - t < 300) {} guard.end(); }
      await new Promise((r) => setTimeout(r, 1500));
      guard.close();
      console.log('done');
    `;
    const r = run(script);
    expect(r.stdout, r.stderr).toContain('done');
    expect(r.status).toBe(0);
  });
});

describe('DeferredHangGuard', () => {
  /** A stand-in for the guard thread: records what it was told. */
  function recorder() {
    const calls: string[] = [];
    const fake = { begin: (name: string, at?: number) => calls.push(`begin ${name} ${typeof at}`), end: () => calls.push('end'), close: () => calls.push('close') };
    return { calls, create: () => { calls.push('start'); return fake as unknown as import('../../src/core/budget.js').HangGuard; } };
  }

  it('starts no thread for a run shorter than its delay', async () => {
    const { DeferredHangGuard } = await import('../../src/core/budget.js');
    const r = recorder();
    const guard = new DeferredHangGuard(r.create, 60_000);
    guard.begin('a.pkl');
    guard.poll();
    guard.end();
    guard.close();
    expect(guard.armed).toBe(false);
    expect(r.calls).toEqual([]);
  });

  it('arms from a budget check in the middle of a long file, with that file and its start time', async () => {
    const { DeferredHangGuard, FileBudget } = await import('../../src/core/budget.js');
    const { DEFAULT_LIMITS } = await import('../../src/core/limits.js');
    const r = recorder();
    const guard = new DeferredHangGuard(r.create, 30);
    guard.begin('slow.pkl');
    const budget = new FileBudget(DEFAULT_LIMITS, undefined, () => guard.poll());
    const t = Date.now();
    while (Date.now() - t < 60) budget.check();
    expect(guard.armed).toBe(true);
    expect(r.calls).toEqual(['start', 'begin slow.pkl number']);
    guard.end();
    guard.begin('next.pkl');
    guard.close();
    expect(r.calls.slice(2)).toEqual(['end', 'begin next.pkl number', 'close']);
  });

  it('arms from its timer when the thread is free', async () => {
    const { DeferredHangGuard } = await import('../../src/core/budget.js');
    const r = recorder();
    const guard = new DeferredHangGuard(r.create, 20);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(guard.armed).toBe(true);
    guard.close();
    expect(r.calls).toEqual(['start', 'close']);
  });
});

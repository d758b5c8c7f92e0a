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

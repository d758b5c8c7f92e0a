import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverPaths } from '../src/core/discover.js';
import { poolStats, workerScript } from '../src/core/pool.js';
import { scanFiles } from '../src/core/scan.js';
import { buildPolicy } from '../src/policy/policy.js';
import { BENIGN_PICKLE, MALICIOUS_PICKLE, tempTree } from './helpers/temp.js';

// The worker threads run the committed CLI bundle (dist/cli/), which the dist check keeps equal to src/.
const bundled = workerScript();

describe('scanning on worker threads', () => {
  it("runs the repository's CLI bundle on its threads when no entry registered itself (tests)", () => {
    expect(bundled && existsSync(fileURLToPath(bundled))).toBe(true);
    expect(bundled?.pathname.endsWith('/dist/cli/index.js')).toBe(true);
  });

  it('gives the same report as the main thread alone, in discovery order, with progress for every file', async () => {
    const files: Record<string, Uint8Array | string> = {};
    for (let i = 0; i < 90; i++) files[`m/${String(i).padStart(3, '0')}.pkl`] = i % 30 === 7 ? MALICIOUS_PICKLE : BENIGN_PICKLE;
    files['m/notes.pkl'] = 'not a pickle at all';
    files['m/empty.pt'] = '';
    const root = tempTree(files);
    // A configured deny must reach the threads too (the policy is copied to them).
    const policy = buildPolicy({ deny: [{ module: 'mypkg', severity: 'high', reason: 'ours' }] });
    files['m/deny.pkl'] = Buffer.from('\x80\x02cmypkg\nthing\nq\x00)Rq\x01.', 'latin1');
    const withDeny = tempTree(files);
    for (const dir of [root, withDeny]) {
      const discovery = await discoverPaths(['m'], { root: dir });
      const seen: string[] = [];
      const single = await scanFiles(discovery, { root: dir, threads: 0, policy });
      const before = poolStats.filesOnWorkers;
      const pooled = await scanFiles(await discoverPaths(['m'], { root: dir }), { root: dir, threads: 2, mainThreadScans: false, policy, onFile: (r) => seen.push(r.file) });
      const strip = (r: typeof single) => r.files.map(({ durationMs: _, ...rest }) => rest);
      expect(strip(pooled)).toEqual(strip(single));
      expect(poolStats.filesOnWorkers - before).toBe(single.files.length);
      expect(seen.sort()).toEqual(single.files.map((f) => f.file).sort());
      expect(pooled.files.filter((f) => f.findings.some((x) => x.severity === 'critical')).map((f) => f.file)).toEqual(['m/007.pkl', 'm/037.pkl', 'm/067.pkl']);
    }
    const denied = (await scanFiles(await discoverPaths(['m'], { root: withDeny }), { root: withDeny, threads: 2, policy })).files.find((f) => f.file === 'm/deny.pkl');
    expect(denied?.findings.map((f) => f.properties?.reason)).toContain('ours (denied by the scan configuration)');
  });
});

describe('ScanPool', () => {
  it('stops a worker that makes no progress: its file is not fully scanned, the rest of its batch goes back', async () => {
    const { ScanPool } = await import('../src/core/pool.js');
    const { DEFAULT_LIMITS } = await import('../src/core/limits.js');
    const { DEFAULT_POLICY } = await import('../src/policy/policy.js');
    // A thread that takes its batch and never answers, like one stuck in a parser.
    const root = tempTree({ 'stuck.mjs': "import { parentPort } from 'node:worker_threads'; parentPort.on('message', () => { for (;;) {} });" });
    const queue = Array.from({ length: 3 }, (_, index) => ({ index, file: { absolutePath: `/x/${index}.pkl`, relativePath: `${index}.pkl`, explicit: false } }));
    const failed: string[] = [];
    const returned: number[] = [];
    const pool = new ScanPool(pathToFileURL(`${root}/stuck.mjs`), 1, { root, limits: DEFAULT_LIMITS, policy: DEFAULT_POLICY }, {
      take: (n) => queue.splice(0, n),
      giveBack: (items) => returned.push(...items.map((i) => i.index)),
      done: () => expect.unreachable('a stuck worker finishes nothing'),
      failed: (index, _file, reason) => failed.push(`${index}: ${reason}`),
    }, 1200);
    await pool.finished();
    expect(failed).toEqual(['0: the scan did not finish within 1 s (a parser is stuck)']);
    expect(returned).toEqual([1, 2]);
  });
});

describe('the rule catalogue', () => {
  it('gives findings their rule severity after the scan, and turns an unknown rule id into an internal error', async () => {
    const { scanFiles: scan } = await import('../src/core/scan.js');
    const { RULES } = await import('../src/policy/rules.js');
    const scanner = {
      id: 'test',
      name: 'test scanner',
      extensions: ['.t'],
      claim: () => 'magic' as const,
      scan: (ctx: import('../src/core/scanner.js').ScanContext) => {
        ctx.report({ ruleId: 'pickle/code-execution', message: 'a known rule' });
        ctx.report({ ruleId: 'no/such-rule', message: 'a typo' });
      },
    };
    const root = tempTree({ 'a.t': 'x' });
    const report = await scan(await discoverPaths(['a.t'], { root }), { root, scanners: [scanner] });
    const [known, unknown] = report.files[0]!.findings;
    expect(known).toMatchObject({ ruleId: 'pickle/code-execution', severity: RULES.get('pickle/code-execution')!.severity });
    expect(unknown).toMatchObject({ ruleId: 'scan/incomplete', severity: RULES.get('scan/incomplete')!.severity, properties: { internalError: true } });
    expect(unknown!.message).toContain('no/such-rule');
  });
});

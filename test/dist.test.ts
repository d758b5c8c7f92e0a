// The committed bundles, run end to end as users run them: the CLI as a process, the action
// through INPUT_* variables with temporary GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertValidSarif } from './helpers/sarif-schema.js';
import { BENIGN_PICKLE, MALICIOUS_PICKLE, tempTree } from './helpers/temp.js';

const repo = resolve(import.meta.dirname, '..');
const cliPath = join(repo, 'dist/cli.js');
const actionPath = join(repo, 'dist/index.js');

const runtimes: [string, string][] = [[`node ${process.versions.node}`, process.execPath]];
if (process.env.MODELSCAN_NODE24) runtimes.push(['node 24', process.env.MODELSCAN_NODE24]);

function runNode(node: string, script: string, args: string[], options: { cwd: string; env?: Record<string, string> }) {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('GITHUB_') && !k.startsWith('INPUT_')) env[k] = v;
  const r = spawnSync(node, [script, ...args], { cwd: options.cwd, env: { ...env, ...options.env }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Parses the heredoc blocks @actions/core writes to GITHUB_OUTPUT. */
function readOutputs(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] ?? '');
    out[m[1] as string] = value.join('\n');
  }
  return out;
}

describe('the committed bundles', () => {
  it('are pure ASCII (V8 would hold a bundle with one non-ASCII character as a two-byte string)', () => {
    for (const dir of ['dist', 'dist/cli']) {
      for (const name of readdirSync(join(repo, dir)).filter((n) => n.endsWith('.js'))) {
        const text = readFileSync(join(repo, dir, name), 'latin1');
        expect(/[^\x00-\x7f]/.test(text), `${dir}/${name}`).toBe(false);
      }
    }
  });
});

describe.each(runtimes)('bundles under %s', (_label, node) => {
  it('dist/cli.js: exits 1 on a malicious pickle, names only it, writes valid SARIF', () => {
    const root = tempTree({ 'good.pkl': BENIGN_PICKLE, 'sub/evil.pkl': MALICIOUS_PICKLE });
    const r = runNode(node, cliPath, ['scan', '.', '--sarif', 'r.sarif'], { cwd: root });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('sub/evil.pkl');
    expect(r.stdout).not.toContain('good.pkl');
    assertValidSarif(JSON.parse(readFileSync(join(root, 'r.sarif'), 'utf8')));
  });

  it('dist/cli.js: a benign torch checkpoint and sklearn pickle pass, the os.system pickle beside them fails', () => {
    const fixtures = join(repo, 'test/fixtures/models');
    const files = ['torch_state_dict.pt', 'sklearn_model.pkl', 'malicious_raw.pkl'];
    const root = tempTree(Object.fromEntries(files.map((f) => [`models/${f}`, readFileSync(join(fixtures, f))])));
    const r = runNode(node, cliPath, ['scan', 'models', '--sarif', 'out.sarif', '--format', 'json'], { cwd: root });
    expect(r.code).toBe(1);
    const flagged = JSON.parse(r.stdout).files.filter((f: { findings: unknown[] }) => f.findings.length > 0);
    expect(flagged.map((f: { file: string }) => f.file)).toEqual(['models/malicious_raw.pkl']);
    const sarif = JSON.parse(readFileSync(join(root, 'out.sarif'), 'utf8'));
    assertValidSarif(sarif);
    expect(sarif.runs[0].results[0].properties.callable).toBe('os.system');
  });

  it('dist/cli.js: Keras H5 files are read by the bundled HDF5 reader thread (dist/h5-worker)', () => {
    const fixtures = join(repo, 'test/fixtures/keras');
    const files = ['benign_keras2_sequential.h5', 'malicious_lambda.h5'];
    const root = tempTree(Object.fromEntries(files.map((f) => [f, readFileSync(join(fixtures, f))])));
    const r = runNode(node, cliPath, ['scan', '.', '--format', 'json'], { cwd: root });
    expect(r.code).toBe(1);
    const byFile = Object.fromEntries(JSON.parse(r.stdout).files.map((f: { file: string }) => [f.file, f]));
    expect(byFile['benign_keras2_sequential.h5'].status).toBe('complete');
    expect(byFile['benign_keras2_sequential.h5'].findings).toEqual([]);
    expect(byFile['malicious_lambda.h5'].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('keras/lambda-layer');
  });

  it('dist/cli.js --jobs 2: worker threads (the CLI bundle again) give the same findings as the main thread', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 40; i++) files[`m/${i}.pkl`] = i === 33 ? MALICIOUS_PICKLE : BENIGN_PICKLE;
    const root = tempTree(files);
    const one = runNode(node, cliPath, ['scan', 'm', '-f', 'json', '-j', '0'], { cwd: root });
    const pooled = runNode(node, cliPath, ['scan', 'm', '-f', 'json', '-j', '2'], { cwd: root });
    expect(pooled.code, pooled.stderr).toBe(1);
    const files0 = JSON.parse(one.stdout).files.map((f: { file: string; findings: unknown[] }) => [f.file, f.findings.length]);
    expect(JSON.parse(pooled.stdout).files.map((f: { file: string; findings: unknown[] }) => [f.file, f.findings.length])).toEqual(files0);
    expect(files0.filter(([, n]: [string, number]) => n > 0)).toEqual([['m/33.pkl', 1]]);
  });

  it('the worker-thread argument outside a worker thread is an error, not a silent pass', () => {
    const root = tempTree({ 'evil.pkl': MALICIOUS_PICKLE });
    const r = runNode(node, cliPath, ['scan', 'evil.pkl', '--modelscan-scan-worker'], { cwd: root });
    expect(r.code, r.stdout).not.toBe(0);
    expect(r.stderr).toContain('--modelscan-scan-worker is for the scanner');
  });

  it('dist/cli.js: --version and --help exit 0; a bad flag exits 2', () => {
    const root = tempTree({});
    expect(runNode(node, cliPath, ['--version'], { cwd: root }).code).toBe(0);
    expect(runNode(node, cliPath, ['scan', '--help'], { cwd: root }).stdout).toContain('--fail-on');
    expect(runNode(node, cliPath, ['scan', '.', '--bogus'], { cwd: root }).code).toBe(2);
  });

  const action = (root: string, inputs: Record<string, string>) => {
    const output = join(root, '.gh-output');
    const summary = join(root, '.gh-summary');
    writeFileSync(output, '');
    writeFileSync(summary, '');
    const env: Record<string, string> = { GITHUB_WORKSPACE: root, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
    const r = runNode(node, actionPath, [], { cwd: root, env });
    return { ...r, outputs: readOutputs(output), summary: readFileSync(summary, 'utf8') };
  };

  it('dist/index.js: fails on a malicious model after writing SARIF, outputs, summary and annotations', () => {
    const root = tempTree({ 'models/good.pkl': BENIGN_PICKLE, 'models/evil.pkl': MALICIOUS_PICKLE, 'README.md': 'x' });
    const r = action(root, {});
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'fail', 'highest-severity': 'critical', 'scanned-files': '2', 'sarif-file': 'modelscan-results.sarif' });
    expect(Number(r.outputs.findings)).toBeGreaterThan(0);
    assertValidSarif(JSON.parse(readFileSync(join(root, 'modelscan-results.sarif'), 'utf8')));
    expect(r.summary).toContain('models/evil.pkl');
    expect(r.stdout).toMatch(/::error title=CRITICAL[^:]*,file=models\/evil\.pkl,line=1::/);
    expect(r.stdout).toMatch(/::error::.*at or above "high"/);
  });

  it('dist/index.js: passes below the threshold and honours inputs', () => {
    const root = tempTree({ 'm/evil.pkl': MALICIOUS_PICKLE, 'm/good.pkl': BENIGN_PICKLE });
    const r = action(root, { path: 'm/good.pkl', 'fail-on': 'high', 'sarif-file': 'out/x.sarif', annotations: 'false', summary: 'false' });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'pass', findings: '0', 'highest-severity': 'none', 'scanned-files': '1', 'sarif-file': 'out/x.sarif' });
    expect(existsSync(join(root, 'out/x.sarif'))).toBe(true);
    expect(r.summary).toBe('');
    const none = action(root, { 'fail-on': 'none' });
    expect(none.code).toBe(0);
    expect(none.outputs.result).toBe('pass');
    expect(none.outputs['highest-severity']).toBe('critical');
  });

  it('dist/index.js: a bad input fails the step with one clear message', () => {
    const root = tempTree({});
    const r = action(root, { 'fail-on': 'severe' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::.*input "fail-on": invalid severity threshold "severe"/);
  });
});

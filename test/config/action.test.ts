import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/action/main.js';
import { MALICIOUS_PICKLE, tempTree } from '../helpers/temp.js';

const saved = { ...process.env };
afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

/** Runs the action in-process with INPUT_* variables; returns what it printed. */
export async function runAction(root: string, inputs: Record<string, string>): Promise<{ stdout: string; exitCode: number; outputs: string }> {
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_') || k.startsWith('GITHUB_')) delete process.env[k];
  const output = join(root, '.gh-output');
  writeFileSync(output, '');
  Object.assign(process.env, { GITHUB_WORKSPACE: root, GITHUB_OUTPUT: output });
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  await run();
  vi.restoreAllMocks();
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return { stdout, exitCode, outputs: readFileSync(output, 'utf8') };
}

describe('action: configuration, baseline, hash, checksums', () => {
  it('a bad configuration fails the step with one line naming the key', async () => {
    const root = tempTree({ 'm.pkl': MALICIOUS_PICKLE, '.modelscan.yml': 'suppressions:\n  - { file: m.pkl, rule: pickle/code-execution }\n' });
    const r = await runAction(root, { annotations: 'false', summary: 'false' });
    expect(r.exitCode).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toEqual(['::error::modelscan-action: .modelscan.yml: suppressions[0].reason: required (line 2)']);
  });

  it('applies the configuration found at the workspace root, and the config input', async () => {
    const root = tempTree({
      'm.pkl': MALICIOUS_PICKLE,
      'policy.yml': 'suppressions:\n  - { file: m.pkl, rule: pickle/code-execution, reason: fixture }\n',
    });
    expect((await runAction(root, { annotations: 'false', summary: 'false' })).exitCode).toBe(1);
    const r = await runAction(root, { config: 'policy.yml', annotations: 'false', summary: 'false', hash: 'true' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toContain('findings<<');
    const sarif = JSON.parse(readFileSync(join(root, 'modelscan-results.sarif'), 'utf8'));
    expect(sarif.runs[0].results[0].suppressions[0].justification).toBe('fixture');
    expect(sarif.runs[0].artifacts[0].hashes['sha-256']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a missing baseline fails the step with one line', async () => {
    const root = tempTree({ 'm.pkl': MALICIOUS_PICKLE });
    const r = await runAction(root, { baseline: 'old.sarif', annotations: 'false', summary: 'false' });
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual(['::error::modelscan-action: baseline old.sarif: file not found']);
  });

  it('rejects a bad hash input by name', async () => {
    const root = tempTree({});
    const r = await runAction(root, { hash: 'yes' });
    expect(r.stdout).toMatch(/::error::.*input "hash"/);
  });
});

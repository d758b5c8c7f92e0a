import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from './run-action.js';
import { MALICIOUS_PICKLE, tempTree } from '../helpers/temp.js';

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

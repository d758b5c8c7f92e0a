import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, type CliIo } from '../../src/cli/main.js';
import { assertValidSarif } from '../helpers/sarif-schema.js';
import { MALICIOUS_PICKLE, tempTree } from '../helpers/temp.js';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTty: false, cwd };
  return { code: await run(args, io), stdout, stderr };
}

const OTHER = Buffer.from('\x80\x02csubprocess\nPopen\nX\x02\x00\x00\x00lsq\x01\x85R.', 'latin1');

describe('--baseline', () => {
  it('only findings not in the baseline count; baseline results stay in SARIF as unchanged', async () => {
    const root = tempTree({ 'old.pkl': MALICIOUS_PICKLE });
    expect((await cli(['scan', '.', '--sarif', 'base.sarif', '--no-progress'], root)).code).toBe(1);
    // Adopt the gate today: the known issue does not fail.
    const adopted = await cli(['scan', '.', '--baseline', 'base.sarif', '--format', 'json', '--sarif', 'now.sarif', '--no-progress'], root);
    expect(adopted.code).toBe(0);
    const json = JSON.parse(adopted.stdout);
    expect(json.summary).toMatchObject({ outcome: 'pass', suppressed: 1 });
    expect(json.files.find((f: { file: string }) => f.file === 'old.pkl').suppressed[0].suppression).toEqual({ kind: 'baseline', justification: 'already in the baseline base.sarif' });
    const sarif = JSON.parse(readFileSync(join(root, 'now.sarif'), 'utf8'));
    assertValidSarif(sarif);
    expect(sarif.runs[0].results.map((r: { baselineState: string; suppressions?: unknown }) => [r.baselineState, r.suppressions])).toEqual([['unchanged', undefined]]);
    // A new finding fails, and is the one marked new.
    writeFileSync(join(root, 'new.pkl'), OTHER);
    const later = await cli(['scan', '.', '--baseline', 'base.sarif', '--sarif', 'later.sarif', '--no-progress'], root);
    expect(later.code).toBe(1);
    expect(later.stdout).toContain('new.pkl');
    expect(later.stdout).not.toContain('old.pkl');
    const states = JSON.parse(readFileSync(join(root, 'later.sarif'), 'utf8')).runs[0].results.map(
      (r: { baselineState: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => [r.locations[0]!.physicalLocation.artifactLocation.uri, r.baselineState],
    );
    expect(states).toEqual([['new.pkl', 'new'], ['old.pkl', 'unchanged']]);
  });

  it('a missing or malformed baseline is one clear error, exit 2', async () => {
    const root = tempTree({ 'old.pkl': MALICIOUS_PICKLE, 'bad.sarif': '{nope', 'other.json': '{"a":1}' });
    const missing = await cli(['scan', '.', '--baseline', 'none.sarif'], root);
    expect([missing.code, missing.stderr]).toEqual([2, 'modelscan-action: baseline none.sarif: file not found\n']);
    const bad = await cli(['scan', '.', '--baseline', 'bad.sarif'], root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^modelscan-action: baseline bad\.sarif: not JSON: .*\n$/);
    const other = await cli(['scan', '.', '--baseline', 'other.json'], root);
    expect(other.stderr).toBe('modelscan-action: baseline other.json: not a SARIF log (no "runs" list)\n');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, type CliIo } from '../src/cli/main.js';
import { assertValidSarif } from './helpers/sarif-schema.js';
import { BENIGN_PICKLE, MALICIOUS_PICKLE, tempTree } from './helpers/temp.js';

async function cli(args: string[], cwd: string, isTty = false) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTty, cwd };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

describe('CLI scan', () => {
  it('exits 1 on a malicious pickle, names only that file, and writes valid SARIF and JSON', async () => {
    const root = tempTree({ 'models/good.pkl': BENIGN_PICKLE, 'models/evil.pkl': MALICIOUS_PICKLE });
    const r = await cli(['scan', 'models', '--sarif', 'out/r.sarif', '--json', 'out/r.json'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('models/evil.pkl');
    expect(r.stdout).not.toContain('models/good.pkl');
    expect(r.stdout).toContain('os.system');
    const sarif = JSON.parse(readFileSync(join(root, 'out/r.sarif'), 'utf8'));
    assertValidSarif(sarif);
    expect(sarif.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]?.physicalLocation.artifactLocation.uri)).toEqual(['models/evil.pkl']);
    const json = JSON.parse(readFileSync(join(root, 'out/r.json'), 'utf8'));
    expect(json.summary.outcome).toBe('fail');
  });

  it('exits 0 on benign files and says what it scanned', async () => {
    const root = tempTree({ 'good.pkl': BENIGN_PICKLE });
    const r = await cli(['scan', '.'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 file/);
  });

  it('accepts modelscan-style -p paths and honours --fail-on', async () => {
    const root = tempTree({ 'evil.pkl': MALICIOUS_PICKLE });
    expect((await cli(['scan', '-p', 'evil.pkl'], root)).code).toBe(1);
    expect((await cli(['-p', 'evil.pkl'], root)).code).toBe(1);
    expect((await cli(['scan', 'evil.pkl', '--fail-on', 'none'], root)).code).toBe(0);
  });

  it('prints JSON, SARIF and markdown on stdout when asked', async () => {
    const root = tempTree({ 'evil.pkl': MALICIOUS_PICKLE });
    const json = await cli(['scan', '.', '--format', 'json'], root);
    expect(JSON.parse(json.stdout).files[0].findings[0].callable).toBe('os.system');
    const sarif = await cli(['scan', '.', '-f', 'sarif'], root);
    assertValidSarif(JSON.parse(sarif.stdout));
    const md = await cli(['scan', '.', '-f', 'markdown'], root);
    expect(md.stdout).toContain('evil.pkl');
  });

  it('colours output only on a terminal', async () => {
    const root = tempTree({ 'evil.pkl': MALICIOUS_PICKLE });
    expect((await cli(['scan', '.'], root, false)).stdout).not.toContain('\x1b[');
    expect((await cli(['scan', '.'], root, true)).stdout).toContain('\x1b[');
    expect((await cli(['scan', '.', '--no-color'], root, true)).stdout).not.toContain('\x1b[');
  });

  it('gives each bad input one clear message and goes on with the rest', async () => {
    const root = tempTree({
      'empty.pkl': '',
      'random.pkl': Buffer.from([0xde, 0xad, 0xbe, 0xef, 0x01, 0x02, 0x03]),
      'truncated.pkl': MALICIOUS_PICKLE.subarray(0, 20),
      'evil.pkl': MALICIOUS_PICKLE,
    });
    const r = await cli(['scan', '.', 'does-not-exist', '--format', 'json'], root);
    expect(r.code).toBe(1); // the finding wins over the missing path
    expect(r.stderr).toContain('no such file or directory: does-not-exist');
    const files = Object.fromEntries(JSON.parse(r.stdout).files.map((f: { file: string }) => [f.file, f]));
    expect(files['evil.pkl'].findings[0].severity).toBe('critical');
    for (const name of ['empty.pkl', 'random.pkl', 'truncated.pkl']) {
      expect(files[name].status, name).not.toBe('complete');
      expect(files[name].reasons.length, name).toBeGreaterThan(0);
    }
  });

  it('exits 2 for a missing path alone, for no path, and for bad options', async () => {
    const root = tempTree({});
    expect((await cli(['scan', 'nope'], root)).code).toBe(2);
    expect((await cli(['scan'], root)).code).toBe(2);
    const bad = await cli(['scan', '.', '--fail-on', 'severe'], root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/fail-on/);
  });

  it('says plainly when there is nothing to scan', async () => {
    const root = tempTree({ 'notes.md': '# nothing here' });
    const r = await cli(['scan', '.'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/no model files/i);
  });
});

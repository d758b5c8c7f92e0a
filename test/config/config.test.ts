import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { run, type CliIo } from '../../src/cli/main.js';
import { parseConfig } from '../../src/config/load.js';
import { CONFIG_SCHEMA } from '../../src/config/schema.js';
import { STARTER_CONFIG } from '../../src/config/init.js';
import { assertValidSarif } from '../helpers/sarif-schema.js';
import { BENIGN_PICKLE, MALICIOUS_PICKLE, tempTree } from '../helpers/temp.js';

const repo = resolve(import.meta.dirname, '../..');

/** GLOBAL module name, EMPTY_TUPLE, REDUCE, STOP: calls module.name() on load. */
function callPickle(module: string, name: string): Buffer {
  return Buffer.from(`\x80\x02c${module}\n${name}\n)R.`, 'latin1');
}

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTty: false, cwd };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

async function configError(yaml: string): Promise<string> {
  try {
    await parseConfig(yaml, '.modelscan.yml');
  } catch (error) {
    expect((error as Error).name).toBe('ConfigError');
    return (error as Error).message;
  }
  throw new Error('expected a configuration error');
}

describe('configuration: parsing and validation', () => {
  it('the committed JSON Schema is the runtime schema', () => {
    const file = JSON.parse(readFileSync(join(repo, 'schema/modelscan-config.schema.json'), 'utf8'));
    expect(file, 'regenerate schema/modelscan-config.schema.json from src/config/schema.ts').toEqual(CONFIG_SCHEMA);
  });

  it('accepts the starter file and a full configuration', async () => {
    expect(await parseConfig(STARTER_CONFIG, 'x')).toMatchObject({ version: 1, suppressions: [] });
    const full = await parseConfig(
      [
        'version: 1',
        'pickle:',
        '  allow: [{ module: mypkg.layers, name: CustomLayer, reason: ours }]',
        '  deny: [{ module: mypkg.unsafe, name: run, severity: medium, reason: runs hooks }, { module: evilpkg, severity: critical }]',
        'severity: { pickle/unknown-import: high }',
        'ignore: ["vendor/**"]',
        'suppressions:',
        '  - { file: a.pkl, rule: pickle/unknown-import, reason: reviewed, expires: 2030-01-31, sha256: ' + 'a'.repeat(64) + ' }',
      ].join('\n'),
      'x',
    );
    expect(full.suppressions?.[0]?.expires).toBe('2030-01-31');
    expect(full.pickle?.deny?.[1]).toEqual({ module: 'evilpkg', severity: 'critical' });
  });

  it('an empty file is an empty configuration', async () => {
    expect(await parseConfig('', 'x')).toEqual({});
    expect(await parseConfig('# only comments\n', 'x')).toEqual({});
  });

  it('names the key in one line', async () => {
    const missing = await configError('suppressions:\n  - file: a.pkl\n    rule: pickle/unknown-import\n');
    expect(missing).toBe('.modelscan.yml: suppressions[0].reason: required (line 2)');
    expect(await configError('pickle:\n  alow: []\n')).toMatch(/^\.modelscan\.yml: pickle\.alow: unknown key \(expected one of: allow, deny\) \(line 2\)$/);
    expect(await configError('severity:\n  pickle/unknown-import: urgent\n')).toBe(
      '.modelscan.yml: severity.pickle/unknown-import: invalid value "urgent": expected one of critical, high, medium, low (line 2)',
    );
    expect(await configError('severity:\n  pickle/nope: low\n')).toBe('.modelscan.yml: severity.pickle/nope: unknown rule id (line 2)');
    expect(await configError('ignore: vendor/**\n')).toMatch(/^\.modelscan\.yml: ignore: must be a list/);
    expect(await configError('suppressions:\n  - { file: a, rule: pickle/unknown-import, reason: x, expires: 2030-02-30 }\n')).toMatch(
      /suppressions\[0\]\.expires: "2030-02-30" is not a date/,
    );
    expect(await configError('suppressions:\n  - { file: a, rule: pickle/unknown-import, reason: x, sha256: abc }\n')).toMatch(
      /suppressions\[0\]\.sha256: invalid value "abc": expected the 64 hex digits/,
    );
    expect(await configError('pickle:\n  allow:\n    - module: "os; rm"\n      name: x\n')).toMatch(/pickle\.allow\[0\]\.module: invalid value/);
    expect(await configError('version: 2\n')).toMatch(/^\.modelscan\.yml: version: invalid value 2/);
    expect(await configError('- a\n- b\n')).toMatch(/^\.modelscan\.yml: \(top level\): must be a mapping/);
  });

  it('reports invalid YAML with its position, in one line', async () => {
    const message = await configError('pickle:\n  allow: [\n');
    expect(message).toMatch(/^\.modelscan\.yml: invalid YAML: .* \(line \d+, column \d+\)$/);
    expect(message).not.toContain('\n');
    expect(await configError('a: 1\na: 2\n')).toMatch(/invalid YAML: .*unique/i);
  });
});

describe('configuration: CLI', () => {
  it('a bad configuration exits 2 with one line and no stack trace', async () => {
    const root = tempTree({ 'm.pkl': BENIGN_PICKLE, '.modelscan.yml': 'suppressions:\n  - file: m.pkl\n    rule: pickle/unknown-import\n' });
    const r = await cli(['scan', '.'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('modelscan-action: .modelscan.yml: suppressions[0].reason: required (line 2)\n');
    expect(r.stdout).toBe('');
  });

  it('--config names the file (which must exist); .modelscan.yaml is found too; both at once is an error', async () => {
    const root = tempTree({ 'm.pkl': callPickle('mypkg.layers', 'CustomLayer'), 'policy/ms.yml': 'pickle:\n  allow: [{ module: mypkg.layers, name: CustomLayer }]\n' });
    expect((await cli(['scan', 'm.pkl'], root)).code).toBe(0); // medium finding, below the default threshold
    expect((await cli(['scan', 'm.pkl', '--fail-on', 'medium'], root)).code).toBe(1);
    expect((await cli(['scan', 'm.pkl', '--fail-on', 'medium', '--config', 'policy/ms.yml'], root)).code).toBe(0);
    const missing = await cli(['scan', 'm.pkl', '--config', 'nope.yml'], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('modelscan-action: nope.yml: configuration file not found\n');
    writeFileSync(join(root, '.modelscan.yaml'), 'pickle:\n  allow: [{ module: mypkg.layers, name: CustomLayer }]\n');
    expect((await cli(['scan', 'm.pkl', '--fail-on', 'medium'], root)).code).toBe(0);
    writeFileSync(join(root, '.modelscan.yml'), 'version: 1\n');
    const both = await cli(['scan', 'm.pkl'], root);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/both \.modelscan\.yml and \.modelscan\.yaml exist/);
  });

  it('allow never overrides a denied name; deny adds a finding with its severity; severity overrides apply', async () => {
    const root = tempTree({
      'evil.pkl': MALICIOUS_PICKLE,
      'popen.pkl': callPickle('subprocess', 'Popen'),
      'hook.pkl': callPickle('mypkg.unsafe', 'run_hook'),
      'whole.pkl': callPickle('evilpkg.sub', 'anything'),
      'custom.pkl': callPickle('mypkg.layers', 'CustomLayer'),
      '.modelscan.yml': [
        'pickle:',
        '  allow:',
        '    - { module: posix, name: system }',
        '    - { module: subprocess, name: Popen }',
        '  deny:',
        '    - { module: mypkg.unsafe, name: run_hook, severity: low, reason: runs arbitrary hooks }',
        '    - { module: evilpkg, severity: critical }',
        'severity:',
        '  pickle/unknown-import: high',
      ].join('\n'),
    });
    const r = await cli(['scan', '.', '--format', 'json', '--fail-on', 'none'], root);
    const files = Object.fromEntries(JSON.parse(r.stdout).files.map((f: { file: string }) => [f.file, f]));
    expect(files['evil.pkl'].findings[0]).toMatchObject({ ruleId: 'pickle/code-execution', severity: 'critical', callable: 'os.system' });
    expect(files['popen.pkl'].findings[0]).toMatchObject({ ruleId: 'pickle/code-execution', severity: 'critical', callable: 'subprocess.Popen' });
    expect(files['hook.pkl'].findings[0]).toMatchObject({ ruleId: 'pickle/system-access', severity: 'low', callable: 'mypkg.unsafe.run_hook' });
    expect(files['hook.pkl'].findings[0].message).toContain('the scan configuration denies: runs arbitrary hooks');
    expect(files['whole.pkl'].findings[0]).toMatchObject({ ruleId: 'pickle/code-execution', severity: 'critical' });
    expect(files['custom.pkl'].findings[0]).toMatchObject({ ruleId: 'pickle/unknown-import', severity: 'high' });
  });

  it('ignore globs leave files out', async () => {
    const root = tempTree({ 'vendor/evil.pkl': MALICIOUS_PICKLE, 'ok.pkl': BENIGN_PICKLE, '.modelscan.yml': 'ignore: ["vendor/**"]\n' });
    const r = await cli(['scan', '.', '--format', 'json'], root);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: { file: string }) => f.file)).not.toContain('vendor/evil.pkl');
  });
});

describe('suppressions', () => {
  const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

  it('a suppressed finding leaves the gate, shows as suppressed in JSON, text and SARIF', async () => {
    const root = tempTree({
      'models/evil.pkl': MALICIOUS_PICKLE,
      '.modelscan.yml': `suppressions:\n  - file: models/evil.pkl\n    sha256: ${sha(MALICIOUS_PICKLE)}\n    rule: pickle/code-execution\n    reason: "test fixture [see](http://x)"\n    expires: 2999-01-01\n`,
    });
    const r = await cli(['scan', '.', '--format', 'json', '--sarif', 'r.sarif'], root);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.summary).toMatchObject({ outcome: 'pass', blocking: 0, suppressed: 1, counts: { critical: 0 } });
    const file = json.files.find((f: { file: string }) => f.file === 'models/evil.pkl');
    expect(file.findings).toEqual([]);
    expect(file.suppressed[0]).toMatchObject({ ruleId: 'pickle/code-execution', suppression: { kind: 'config', expires: '2999-01-01' } });
    const sarif = JSON.parse(readFileSync(join(root, 'r.sarif'), 'utf8'));
    assertValidSarif(sarif);
    const result = sarif.runs[0].results[0];
    expect(result.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: expect.stringContaining('test fixture') }]);
    expect(result.suppressions[0].justification).toContain('\\[see\\]');
    const text = await cli(['scan', '.'], root);
    expect(text.stdout).toMatch(/1 suppressed — PASSED/);
    const md = await cli(['scan', '.', '-f', 'markdown'], root);
    expect(md.stdout).toContain('1 finding suppressed');
  });

  it('expired, outdated and unused suppressions are reported on the configuration file', async () => {
    const root = tempTree({
      'a.pkl': MALICIOUS_PICKLE,
      'b.pkl': MALICIOUS_PICKLE,
      'c.pkl': BENIGN_PICKLE,
      '.modelscan.yml': [
        'suppressions:',
        '  - { file: a.pkl, rule: pickle/code-execution, reason: old, expires: 2000-01-01 }',
        `  - { file: b.pkl, rule: pickle/code-execution, reason: pinned, sha256: ${'ab'.repeat(32)} }`,
        '  - { file: c.pkl, rule: pickle/code-execution, reason: nothing there }',
        '  - { file: gone.pkl, rule: pickle/code-execution, reason: deleted file }',
        '  - { file: "*.pkl", rule: pickle/code-execution, reason: glob, callable: os.popen }',
      ].join('\n'),
    });
    const r = await cli(['scan', '.', '--format', 'json', '--sarif', 'r.sarif'], root);
    expect(r.code, r.stderr).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.summary.suppressed).toBeUndefined();
    const config = json.files.find((f: { file: string }) => f.file === '.modelscan.yml');
    const stale = config.findings.map((f: { severity: string; properties: { suppression: number } }) => [f.properties.suppression, f.severity]);
    expect(stale.sort()).toEqual([
      [0, 'medium'],
      [1, 'medium'],
      [2, 'low'],
      [3, 'low'],
      [4, 'low'],
    ]);
    expect(config.findings.every((f: { ruleId: string }) => f.ruleId === 'config/stale-suppression')).toBe(true);
    const sarif = JSON.parse(readFileSync(join(root, 'r.sarif'), 'utf8'));
    assertValidSarif(sarif);
    const uris = sarif.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris.filter((u: string) => u === '.modelscan.yml')).toHaveLength(5);
  });

  it('a suppression can be narrowed to a callable, and a stale-suppression severity can be overridden', async () => {
    const root = tempTree({
      'a.pkl': MALICIOUS_PICKLE,
      '.modelscan.yml': [
        'severity: { config/stale-suppression: high }',
        'suppressions:',
        '  - { file: a.pkl, rule: pickle/code-execution, callable: os.system, reason: ok }',
        '  - { file: a.pkl, rule: pickle/unknown-import, reason: unused }',
      ].join('\n'),
    });
    const r = await cli(['scan', '.', '--format', 'json'], root);
    const json = JSON.parse(r.stdout);
    expect(json.summary.suppressed).toBe(1);
    expect(r.code).toBe(1); // the unused suppression, at high
    expect(json.files.find((f: { file: string }) => f.file === '.modelscan.yml').findings[0].severity).toBe('high');
  });
});

describe('init', () => {
  it('writes a starter file that validates, and refuses to overwrite', async () => {
    const root = tempTree({});
    const r = await cli(['init'], root);
    expect(r.code).toBe(0);
    const text = readFileSync(join(root, '.modelscan.yml'), 'utf8');
    expect(text).toBe(STARTER_CONFIG);
    expect(await parseConfig(text, '.modelscan.yml')).toMatchObject({ version: 1 });
    const again = await cli(['init'], root);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('modelscan-action: .modelscan.yml already exists: not overwriting it\n');
    expect((await cli(['init', 'conf/other.yml'], root)).code).toBe(2); // folder does not exist: one line
    expect((await cli(['init', 'other.yml'], root)).code).toBe(0);
    // The scan picks the starter up and passes a clean tree.
    writeFileSync(join(root, 'm.pkl'), BENIGN_PICKLE);
    expect((await cli(['scan', '.'], root)).code).toBe(0);
  });
});

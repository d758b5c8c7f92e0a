import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../fuzz/harness.js';
import { scanBytes } from '../zip/helpers.js';

const h5TempDirs = () => readdirSync(tmpdir()).filter((n) => n.startsWith('modelscan-h5-'));

describe('nothing from a scanned file reaches the file system', () => {
  it('an H5 model inside a zip is read through a private temp dir that is always removed', async () => {
    const before = new Set(h5TempDirs());
    const bytes = readFileSync(join(FIXTURES_DIR, 'keras', 'malicious_lambda_h5_in.zip'));
    const r = await scanBytes(bytes, 'model.zip');
    expect(r.findings.some((f) => f.severity === 'critical' || f.severity === 'high')).toBe(true);
    expect(h5TempDirs().filter((d) => !before.has(d))).toEqual([]);
    // Truncated copies fail inside h5wasm: the temp dir still goes.
    for (const cut of [600, 2000, 5000]) await scanBytes(bytes.subarray(0, cut), 'model.zip');
    expect(h5TempDirs().filter((d) => !before.has(d))).toEqual([]);
  });

  it('the temp copy is private, fixed-name, bounded and created exclusively (source check)', () => {
    const src = readFileSync(join(import.meta.dirname, '../../src/formats/keras/h5.ts'), 'utf8');
    expect(src).toMatch(/mkdtempSync\(join\(tmpdir\(\), 'modelscan-h5-'\)\)/); // 0700, random name
    expect(src).toMatch(/join\(dir, 'member\.h5'\)/); // never a name from the archive
    expect(src).toMatch(/openSync\(path, 'wx', 0o600\)/);
    expect(src).toMatch(/ctx\.source\.size > ctx\.limits\.maxMemberBytes/);
    expect(src).toMatch(/finally \{\s*if \(dir\) rmSync\(dir, \{ recursive: true, force: true \}\)/);
  });
});

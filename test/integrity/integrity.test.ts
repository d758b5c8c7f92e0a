import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, type CliIo } from '../../src/cli/main.js';
import { parseChecksums } from '../../src/integrity/checksums.js';
import { assertValidSarif } from '../helpers/sarif-schema.js';
import { BENIGN_PICKLE, MALICIOUS_PICKLE, tempTree } from '../helpers/temp.js';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTty: false, cwd };
  return { code: await run(args, io), stdout, stderr };
}
const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

describe('--hash', () => {
  it('records each scanned file\'s SHA-256 in JSON and SARIF artifacts; off by default', async () => {
    const root = tempTree({ 'a/good.pkl': BENIGN_PICKLE, 'evil.pkl': MALICIOUS_PICKLE, 'README.md': 'x' });
    const off = JSON.parse((await cli(['scan', '.', '--format', 'json', '--no-progress'], root)).stdout);
    expect(off.files.some((f: { sha256?: string }) => f.sha256)).toBe(false);
    const r = await cli(['scan', '.', '--hash', '--format', 'json', '--sarif', 'r.sarif', '--no-progress'], root);
    const files = Object.fromEntries(JSON.parse(r.stdout).files.map((f: { file: string; sha256?: string }) => [f.file, f.sha256]));
    expect(files['a/good.pkl']).toBe(sha(BENIGN_PICKLE));
    expect(files['evil.pkl']).toBe(sha(MALICIOUS_PICKLE));
    const sarif = JSON.parse(readFileSync(join(root, 'r.sarif'), 'utf8'));
    assertValidSarif(sarif);
    expect(sarif.runs[0].artifacts).toEqual(
      expect.arrayContaining([{ location: { uri: 'evil.pkl', uriBaseId: '%SRCROOT%' }, hashes: { 'sha-256': sha(MALICIOUS_PICKLE) } }]),
    );
  });
});

describe('--checksums', () => {
  it('parses sha256sum output (text and binary mode, comments, escaped names) and rejects other lines', () => {
    const h = 'a'.repeat(64);
    expect(parseChecksums(`# list\n${h}  a.pkl\n${h.toUpperCase()} *b dir/c.bin\n\\${h}  new\\nline\n\n`, 'S')).toEqual([
      { sha256: h, path: 'a.pkl', line: 2 },
      { sha256: h, path: 'b dir/c.bin', line: 3 },
      { sha256: h, path: 'new\nline', line: 4 },
    ]);
    expect(() => parseChecksums('abc  x\n', 'SUMS')).toThrow('checksums SUMS: line 1: expected "<sha256>  <file>" (sha256sum format)');
  });

  it('a mismatch is a high finding on the file; a missing file is one on the list; matches are silent', async () => {
    const root = tempTree({
      'release/model.pkl': BENIGN_PICKLE,
      'release/other.pkl': BENIGN_PICKLE,
      'release/SHA256SUMS': `${sha(BENIGN_PICKLE)}  model.pkl\n${sha('something else')}  other.pkl\n${sha('x')}  gone.pkl\n`,
    });
    const r = await cli(['scan', 'release', '--checksums', 'release/SHA256SUMS', '--format', 'json', '--sarif', 'r.sarif', '--no-progress'], root);
    expect(r.code).toBe(1);
    const files = Object.fromEntries(JSON.parse(r.stdout).files.map((f: { file: string }) => [f.file, f]));
    expect(files['release/model.pkl'].findings).toEqual([]);
    expect(files['release/model.pkl'].sha256).toBe(sha(BENIGN_PICKLE));
    expect(files['release/other.pkl'].findings[0]).toMatchObject({ ruleId: 'integrity/checksum-mismatch', severity: 'high' });
    expect(files['release/SHA256SUMS'].findings[0]).toMatchObject({
      ruleId: 'integrity/checksum-mismatch',
      severity: 'high',
      message: 'gone.pkl is listed in release/SHA256SUMS (line 3) but does not exist.',
    });
    assertValidSarif(JSON.parse(readFileSync(join(root, 'r.sarif'), 'utf8')));
  });

  it('a missing or malformed list is one clear error, exit 2; a listed file outside the scan is still verified', async () => {
    const root = tempTree({ 'm/a.pkl': BENIGN_PICKLE, 'SUMS': `${sha('nope')}  m/a.pkl\n`, 'BAD': 'hello\n' });
    expect(await cli(['scan', 'none', '--checksums', 'nope'], root)).toMatchObject({ code: 2, stderr: expect.stringContaining('checksums nope: file not found') });
    expect((await cli(['scan', 'm', '--checksums', 'BAD'], root)).stderr).toBe(
      'modelscan-action: checksums BAD: line 1: expected "<sha256>  <file>" (sha256sum format)\n',
    );
    const r = await cli(['scan', 'SUMS', '--checksums', 'SUMS', '--format', 'json', '--no-progress'], root);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files.find((f: { file: string }) => f.file === 'm/a.pkl').findings[0].ruleId).toBe('integrity/checksum-mismatch');
  });
});

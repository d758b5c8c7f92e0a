import { describe, expect, it } from 'vitest';
import { run, type CliIo } from '../../src/cli/main.js';
import { internalErrors } from '../../src/cli/scan-command.js';
import type { ScanReport } from '../../src/core/types.js';
import { BENIGN_PICKLE, tempTree } from '../helpers/temp.js';
import { buildZip } from '../zip/build.js';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTty: false, cwd };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

describe('CLI --limit', () => {
  it('applies limits given by name (repeatable); exceeding one is reported, not clean', async () => {
    let nested: Uint8Array = buildZip([{ name: 'a.pkl', data: BENIGN_PICKLE }]);
    for (let i = 0; i < 3; i++) nested = buildZip([{ name: `l${i}.zip`, data: nested }]);
    const root = tempTree({ 'deep.zip': nested });
    const r = await cli(['scan', 'deep.zip', '--limit', 'maxDepth=2', '--limit', 'maxMembers=100', '--format', 'json', '--fail-on', 'medium'], root);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(JSON.stringify(json)).toContain('nested deeper than the limit of 2 levels');
    expect((await cli(['scan', 'deep.zip', '--fail-on', 'medium'], root)).code).toBe(0);
  });

  it('a bad limit is a usage error (exit 2) that names it', async () => {
    const root = tempTree({ 'a.pkl': BENIGN_PICKLE });
    const r = await cli(['scan', 'a.pkl', '--limit', 'maxDeph=3'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--limit: unknown limit "maxDeph"/);
    const v = await cli(['scan', 'a.pkl', '--limit', 'maxDepth=-1'], root);
    expect(v.code).toBe(2);
    expect(v.stderr).toMatch(/limit "maxDepth" .* must be a positive integer/);
    expect((await cli(['scan', 'a.pkl', '--limit', 'maxDepth'], root)).stderr).toMatch(/expected name=value/);
  });

  it('internal errors are the scan/incomplete findings marked internalError', () => {
    const finding = (internal: boolean) => ({
      ruleId: 'scan/incomplete', severity: 'medium' as const, file: 'a', format: 'x', message: 'm',
      ...(internal ? { properties: { internalError: true } } : {}),
    });
    const report = { files: [{ findings: [finding(true), finding(false)] }] } as unknown as ScanReport;
    expect(internalErrors(report)).toHaveLength(1);
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliIo, run } from '../src/cli/main.js';
import { gateFromSarif, mergeSarifInputs, renderMergeSummary } from '../src/cli/merge.js';
import { inShard } from '../src/core/shard-hash.js';
import { assertValidSarif } from './helpers/sarif-schema.js';
import { BENIGN_PICKLE, MALICIOUS_PICKLE, tempTree } from './helpers/temp.js';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTty: false, cwd };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

/** A tree whose evil pickles land in different shards of 3. */
function shardedTree(): { root: string; evil: string[] } {
  const files: Record<string, Uint8Array> = {};
  const evil: string[] = [];
  for (let i = 0; i < 24; i++) {
    const name = `models/m${i}.pkl`;
    const bad = i % 4 === 0;
    files[name] = bad ? MALICIOUS_PICKLE : BENIGN_PICKLE;
    if (bad) evil.push(name);
  }
  return { root: tempTree(files), evil };
}

const uris = (log: { runs: { results?: { locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[] }[] }[] }) =>
  log.runs.flatMap((r) => r.results ?? []).map((x) => x.locations?.[0]?.physicalLocation?.artifactLocation?.uri);

describe('sharded scan + merge', () => {
  it('shards are disjoint, cover every file, and merge into one valid run with the gate applied once', async () => {
    const { root, evil } = shardedTree();
    // The malicious files must really spread over several shards for this test to mean anything.
    const owners = new Set(evil.map((p) => [1, 2, 3].find((i) => inShard(p, { index: i, count: 3 }))));
    expect(owners.size).toBeGreaterThan(1);

    const codes: number[] = [];
    for (const i of [1, 2, 3]) {
      const r = await cli(['scan', 'models', '--shard', `${i}/3`, '--sarif', `shards/s${i}.sarif`, '--format', 'json'], root);
      codes.push(r.code);
      const json = JSON.parse(r.stdout);
      for (const f of json.files) expect(inShard(f.file, { index: i, count: 3 })).toBe(true);
    }
    expect(codes.filter((c) => c === 1).length).toBe(owners.size);
    const perShard = [1, 2, 3].map((i) => JSON.parse(readFileSync(join(root, `shards/s${i}.sarif`), 'utf8')));
    const shardUris = perShard.flatMap(uris);
    expect(shardUris.sort()).toEqual([...evil].sort());

    const merged = await cli(['merge', 'shards', '--sarif', 'merged.sarif', '--fail-on', 'high'], root);
    expect(merged.code).toBe(1);
    expect(merged.stdout).toMatch(/3 SARIF files merged/);
    const log = JSON.parse(readFileSync(join(root, 'merged.sarif'), 'utf8'));
    assertValidSarif(log);
    expect(log.runs).toHaveLength(1);
    expect(uris(log).sort()).toEqual([...evil].sort());
    // Each result's ruleIndex points at its rule in the one merged rule list.
    for (const r of log.runs[0].results) expect(log.runs[0].tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);

    // The same result count as one unsharded scan.
    const whole = await cli(['scan', 'models', '--sarif', 'whole.sarif'], root);
    expect(whole.code).toBe(1);
    const wholeLog = JSON.parse(readFileSync(join(root, 'whole.sarif'), 'utf8'));
    expect(uris(log).sort()).toEqual(uris(wholeLog).sort());

    // The gate, once: the counts of all shards together; a lower bar passes.
    const json = JSON.parse((await cli(['merge', 'shards', '--format', 'json'], root)).stdout);
    expect(json.counts.critical + json.counts.high).toBe(json.blocking);
    expect(json.blocking).toBeGreaterThanOrEqual(evil.length);
    expect((await cli(['merge', 'shards', '--fail-on', 'none'], root)).code).toBe(0);
    // Merging again with the output inside the folder does not count it as a shard.
    await cli(['merge', 'shards', '--sarif', 'shards/merged.sarif'], root);
    expect((await cli(['merge', 'shards', '--sarif', 'shards/merged.sarif'], root)).stdout).toMatch(/3 SARIF files merged/);
  });

  it('passes when no shard has findings', async () => {
    const root = tempTree({ 'a.pkl': BENIGN_PICKLE, 'b.pkl': BENIGN_PICKLE });
    for (const i of [1, 2]) expect((await cli(['scan', '.', '--shard', `${i}/2`, '--sarif', `s/${i}.sarif`], root)).code).toBe(0);
    const r = await cli(['merge', 's/1.sarif', 's/2.sarif', '--sarif', 'm.sarif', '-f', 'markdown'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('passed');
    assertValidSarif(JSON.parse(readFileSync(join(root, 'm.sarif'), 'utf8')));
  });

  it('fails closed: missing, corrupt or foreign files and too few shards are errors', async () => {
    const root = tempTree({ 'a.pkl': BENIGN_PICKLE });
    await cli(['scan', '.', '--sarif', 's/1.sarif'], root);
    expect((await cli(['merge', 's/1.sarif', 's/nope.sarif'], root)).code).toBe(2);
    expect((await cli(['merge', 's', '--expect', '2'], root)).code).toBe(2);
    expect((await cli(['merge', 's', '--expect', '1'], root)).code).toBe(0);
    expect((await cli(['merge', 'empty-dir-that-is-missing'], root)).code).toBe(2);
    writeFileSync(join(root, 's/2.sarif'), '{"not": "sarif"');
    expect((await cli(['merge', 's'], root)).code).toBe(2);
    writeFileSync(join(root, 's/2.sarif'), JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'other-tool' } }, results: [] }] }));
    const foreign = await cli(['merge', 's'], root);
    expect(foreign.code).toBe(2);
    expect(foreign.stdout).toMatch(/other-tool/);
    // Findings still win over errors (exit 1), as for scan.
    writeFileSync(join(root, 'evil.pkl'), MALICIOUS_PICKLE);
    await cli(['scan', 'evil.pkl', '--sarif', 's/3.sarif'], root);
    expect((await cli(['merge', 's'], root)).code).toBe(1);
  });

  it('rejects a bad --shard', async () => {
    const root = tempTree({ 'a.pkl': BENIGN_PICKLE });
    const r = await cli(['scan', '.', '--shard', '3/2'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invalid shard/);
  });

  it('counts suppressed and baseline results apart, severities from properties, and escapes the summary', () => {
    const result = (severity: string, extra: object = {}) => ({
      ruleId: 'pickle/dangerous-global',
      level: 'error' as const,
      message: { text: 'Would run os.system \\[x\\](http://evil) @someone' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'models/a%20b.pkl', uriBaseId: '%SRCROOT%' } } }],
      properties: { severity },
      ...extra,
    });
    const log = {
      version: '2.1.0' as const,
      runs: [
        {
          tool: { driver: { name: 'modelscan-action' } },
          results: [
            result('critical'),
            result('low'),
            result('high', { suppressions: [{ kind: 'external' as const }] }),
            result('high', { baselineState: 'unchanged' as const }),
          ],
        },
      ],
    };
    const gate = gateFromSarif(log, 'medium', 1);
    expect(gate.counts).toEqual({ critical: 1, high: 0, medium: 0, low: 1 });
    expect(gate.suppressed).toBe(2);
    expect(gate.blocking).toBe(1);
    expect(gate.findings[0]!.file).toBe('models/a b.pkl');
    const md = renderMergeSummary(gate);
    expect(md).not.toContain('[x](http://evil)');
    expect(md).not.toContain('@someone');
  });

  it('mergeSarifInputs reports an empty input list', () => {
    const { gate, log } = mergeSarifInputs([], tempTree({}), { failOn: 'high' });
    expect(log).toBeUndefined();
    expect(gate.errors.join()).toMatch(/no SARIF files/);
  });
});

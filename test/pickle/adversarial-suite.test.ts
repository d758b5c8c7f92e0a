import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { severityRank, type Severity } from '../../src/core/severity.js';
import { SCANNERS } from '../../src/formats/index.js';
import { FIXTURES, scanBytes, summary } from './helpers.js';

/**
 * The adversarial suite (test/fixtures/pickles/adversarial, built by generate.py):
 * every case is a true positive that must be reported at its expected rule and
 * at least its expected severity; every benign twin must stay below MEDIUM.
 */
interface Row {
  id: string;
  technique: string;
  file: string;
  rule: string;
  severity: Severity;
  twin: string;
  proven: boolean | 'n/a' | 'unchecked';
  proof: string;
}

const DIR = join(FIXTURES, 'adversarial');
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as { cases: Row[] };
const rank = (s: string) => severityRank(s as Severity);

async function scan(path: string) {
  return scanBytes(readFileSync(join(DIR, path)), path.split('/').pop()!, undefined, SCANNERS);
}

describe('adversarial suite (threats B-F, J)', () => {
  it('covers every catalogue row', () => {
    const ids = new Set(manifest.cases.map((c) => c.id.replace(/b$/, '').replace(/^(D12)-.*$/, '$1')));
    for (let i = 1; i <= 16; i++) expect(ids, `B${i}`).toContain(`B${i}`);
    for (let i = 1; i <= 8; i++) expect(ids, `C${i}`).toContain(`C${i}`);
    for (let i = 1; i <= 14; i++) expect(ids, `D${i}`).toContain(`D${i}`);
    expect(manifest.cases.filter((c) => c.id.startsWith('E-')).length).toBeGreaterThan(80);
    for (const c of manifest.cases) expect(c.proven, `${c.id} proof`).not.toBe('unchecked');
  });

  it.each(manifest.cases.map((c) => [c.id, c] as const))('%s is reported', async (_id, c) => {
    const result = await scan(c.file);
    const hit = result.findings.find((f) => f.ruleId === c.rule && rank(f.severity) >= rank(c.severity));
    expect(hit, `${c.technique}\n${summary(result).join('\n')}`).toBeDefined();
    for (const f of result.findings) {
      if (f.ruleId.startsWith('pickle/')) expect(f.properties?.decompiled, `${f.ruleId} ${f.message}`).toBeTypeOf('string');
    }
  });

  const twins = [...new Set(manifest.cases.map((c) => c.twin))];
  it.each(twins)('twin %s stays below MEDIUM', async (twin) => {
    const result = await scan(twin);
    expect(result.findings.filter((f) => rank(f.severity) >= rank('medium')).map((f) => `${f.severity} ${f.ruleId} ${f.callable ?? ''} ${f.message}`)).toEqual([]);
  });
});

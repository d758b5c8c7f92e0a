import { describe, expect, it } from 'vitest';
import { type JsonReport, renderJson } from '../../src/report/json.js';
import { buildSarif, FINGERPRINT_KEY } from '../../src/report/sarif.js';
import { evilReport, fileResult, gateFor, report, richReport } from './fixtures.js';

describe('renderJson', () => {
  const rich = richReport();
  const text = renderJson(rich, gateFor(rich, 'high'));
  const json = JSON.parse(text) as JsonReport;

  it('is pretty-printed with a trailing newline', () => {
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "tool": {')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('has the documented top-level shape and summary', () => {
    expect(Object.keys(json)).toEqual(['schemaVersion', 'tool', 'root', 'startedAt', 'durationMs', 'summary', 'files', 'errors', 'skipped']);
    expect(json.tool).toEqual({ name: 'modelscan-action', version: '0.1.0' });
    expect(json.root).toBe('/work/repo');
    expect(json.summary).toEqual({
      outcome: 'fail',
      threshold: 'high',
      counts: { critical: 1, high: 1, medium: 3, low: 1 },
      highest: 'critical',
      blocking: 2,
      totalFiles: 6,
      scannedFiles: 4,
      notFullyScanned: 3,
      ignoredFiles: 0,
    });
    expect(json.errors).toEqual([{ path: 'missing/model.pt', message: 'no such file or directory' }]);
    expect(json.skipped).toEqual([{ path: 'models/link.pkl', reason: 'symlink points outside the root' }]);
  });

  it('lists every file with its findings, in a fixed key order', () => {
    expect(json.files.map((f) => [f.file, f.status])).toEqual([
      ['models/model.pt', 'complete'],
      ['models/classifier.pkl', 'complete'],
      ['weights/clean.pkl', 'complete'],
      ['weights/broken.pkl', 'incomplete'],
      ['weights/mystery.bin', 'unsupported'],
      ['weights/locked.pkl', 'error'],
    ]);
    const first = json.files[0]!;
    expect(Object.keys(first)).toEqual(['file', 'size', 'formats', 'status', 'reasons', 'findings']);
    expect(first.formats).toEqual(['pytorch-zip', 'pickle']);
    expect(Object.keys(first.findings[0]!)).toEqual(['ruleId', 'severity', 'format', 'member', 'offset', 'callable', 'args', 'message', 'fingerprint', 'properties']);
    expect(Object.keys(json.files[5]!.findings[0]!)).toEqual(['ruleId', 'severity', 'format', 'message', 'fingerprint']);
    expect(json.files[3]!.reasons).toEqual(['pickle stream truncated at byte 99']);
  });

  it('uses the same fingerprint as the SARIF file', () => {
    const sarif = buildSarif(rich).runs[0]!.results!.find((r) => r.ruleId === 'pickle/code-execution')!;
    expect(json.files[0]!.findings[0]!.fingerprint).toBe(sarif.partialFingerprints![FINGERPRINT_KEY]);
  });

  it('counts files that are not models as ignored, not as not fully scanned', () => {
    const notes = report([fileResult('notes.md', [], { status: 'ignored', formats: [] })]);
    const out = JSON.parse(renderJson(notes, gateFor(notes))) as JsonReport;
    expect(out.summary).toMatchObject({ totalFiles: 1, scannedFiles: 0, notFullyScanned: 0, ignoredFiles: 1 });
    expect(out.files.map((f) => f.status)).toEqual(['ignored']);
  });

  it('reports an empty scan', () => {
    const empty = report([]);
    const out = JSON.parse(renderJson(empty, gateFor(empty))) as JsonReport;
    expect(out.summary).toMatchObject({ outcome: 'pass', highest: null, totalFiles: 0, scannedFiles: 0 });
    expect(out.files).toEqual([]);
  });

  it('keeps hostile strings raw but valid JSON', () => {
    const evil = evilReport();
    const out = JSON.parse(renderJson(evil, gateFor(evil))) as JsonReport;
    expect(out.files.map((f) => f.file)).toEqual(evil.files.map((f) => f.file));
    expect(renderJson(evil, gateFor(evil))).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
});

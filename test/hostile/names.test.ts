import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { discoverPaths } from '../../src/core/discover.js';
import { evaluateGate, type GateResult } from '../../src/core/gate.js';
import { scanFiles } from '../../src/core/scan.js';
import type { ScanReport } from '../../src/core/types.js';
import { renderText } from '../../src/report/text.js';
import { renderSummary } from '../../src/report/markdown.js';
import { renderJson } from '../../src/report/json.js';
import { buildSarif } from '../../src/report/sarif.js';
import { annotate } from '../../src/action/annotations.js';
import { buildZip, EVIL_PICKLE } from '../zip/build.js';

/**
 * File and member names are attacker-controlled. Scanning files with hostile
 * names must run nothing, write nothing, and every output must show the names
 * without letting them act: no terminal escapes, no bidi overrides, no HTML or
 * markdown, no table breaks, no workflow commands at the start of a line.
 */
const HOSTILE = [
  '$(touch PWNED_SUBST).pkl',
  '`touch PWNED_TICK`.pkl',
  '\x1b[2J\x1b[31mclean\x1b[0m.pkl',
  '<img src=x onerror=alert(1)>.pkl',
  'a|b|c.pkl',
  'line1\nline2.pkl',
  'cr\rreturn.pkl',
  '\u202Elpk.exe',
  'x\n::error::injected.pkl',
  'y\n##[command]injected.pkl',
  '::warning file=a::w.pkl',
  '[link](https:∕∕evil.example) @admin #1.pkl',
  '![img](x) **bold** `code`.pkl',
  '%0A::error::pct.pkl',
];

const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const HOSTILE_ESC = /\x1b\[2J|\x1b\[31mclean/;

let root: string;
let report: ScanReport;
let gate: GateResult;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'modelscan-hostile-'));
  mkdirSync(join(root, 'm'));
  for (const name of HOSTILE) writeFileSync(join(root, 'm', name), EVIL_PICKLE);
  // The same names as members of a zip (where "/" and ".." are allowed too).
  writeFileSync(
    join(root, 'm', 'members.zip'),
    buildZip([...HOSTILE, '../../escape.pkl', '/abs/evil.pkl'].map((name) => ({ name, data: EVIL_PICKLE }))),
  );
  const discovery = await discoverPaths(['m'], { root, exclude: [] });
  report = await scanFiles(discovery, { root });
  gate = evaluateGate(report, 'high');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function checkLines(text: string, what: string, allowCommands = false): void {
  expect(HOSTILE_ESC.test(text), `${what}: terminal escape`).toBe(false);
  expect(BIDI.test(text), `${what}: bidi control`).toBe(false);
  expect(text.includes('\r'), `${what}: carriage return`).toBe(false);
  // The runner obeys `##[` anywhere in a line.
  expect(text.includes('##['), `${what}: ##[ command`).toBe(false);
  for (const line of text.split('\n')) {
    const t = line.trimStart();
    if (!allowCommands) {
      expect(t.startsWith('::') || t.startsWith('##['), `${what}: workflow command line ${JSON.stringify(line)}`).toBe(false);
    }
    expect(/^(line2|return|::error::injected|##\[command\]injected)/.test(t), `${what}: a name broke the line: ${JSON.stringify(line)}`).toBe(false);
  }
}

describe('hostile file and member names', () => {
  it('every file is scanned and reported; nothing ran, nothing was written', () => {
    const scanned = report.files.map((f) => f.file);
    for (const name of HOSTILE) expect(scanned).toContain(`m/${name}`);
    for (const f of report.files) expect(f.findings.some((x) => x.severity === 'critical' || x.severity === 'high'), f.file).toBe(true);
    const zip = report.files.find((f) => f.file === 'm/members.zip')!;
    expect(new Set(zip.findings.map((f) => f.member)).size).toBeGreaterThanOrEqual(HOSTILE.length + 2);
    expect(existsSync(join(root, 'PWNED_SUBST')) || existsSync('PWNED_SUBST') || existsSync(join(root, 'PWNED_TICK'))).toBe(false);
    // No extraction: only what we wrote is in the tree (no "escape.pkl" above it either).
    expect(readdirSync(root).sort()).toEqual(['m']);
    expect(existsSync(join(root, '..', 'escape.pkl'))).toBe(false);
    expect(gate.outcome).toBe('fail');
  });

  it('text output (plain and colour): no escapes, bidi, line breaks or workflow commands from names', () => {
    for (const color of [false, true]) {
      const text = renderText(report, gate, { color });
      checkLines(text, `text color=${color}`);
      // Names are still recognisable.
      expect(text).toContain('touch PWNED_SUBST');
      expect(text).toContain('onerror=alert(1)');
    }
  });

  it('markdown summary: no HTML, no table breaks, no links or mentions from names', () => {
    const md = renderSummary(report, gate);
    checkLines(md, 'markdown');
    expect(md).not.toMatch(/<img/i);
    expect(md).not.toContain('](https:∕∕evil.example)');
    expect(md).not.toContain('![img](x)');
    expect(md).not.toMatch(/(^|[^&#\w])@admin/);
    // Every table row has as many cells as its header.
    const tables = md.split('\n\n').filter((b) => b.split('\n').some((l) => /^\|.*\|$/.test(l)));
    for (const table of tables) {
      const rows = table.split('\n').filter((l) => l.startsWith('|'));
      const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
      for (const row of rows) expect(cells(row), row).toBe(cells(rows[0]!));
    }
  });

  it('SARIF: valid URIs (percent-encoded), no raw controls in messages', () => {
    const sarif = buildSarif(report, { category: 'modelscan' });
    // Structured fields (properties, logical location names) keep the raw name: data, not rendered text.
    for (const run of sarif.runs) {
      for (const result of run.results ?? []) {
        for (const loc of result.locations ?? []) {
          const uri = loc.physicalLocation?.artifactLocation?.uri ?? '';
          expect(uri, uri).not.toMatch(/[\s<>|`\x00-\x1f\x7f\u202a-\u202e]/);
          expect(() => new URL(uri, 'file:///root/')).not.toThrow();
        }
        expect(BIDI.test(result.message.text ?? ''), result.message.text).toBe(false);
        expect(/[\x00-\x08\x0b-\x1f\x7f]/.test(result.message.text ?? ''), result.message.text).toBe(false);
      }
    }
  });

  it('JSON report: names survive exactly (escaped only by JSON)', () => {
    const parsed = JSON.parse(renderJson(report, gate));
    const text = JSON.stringify(parsed);
    for (const name of HOSTILE) expect(text).toContain(JSON.stringify(`m/${name}`).slice(1, -1));
  });

  it('annotations: one workflow command per finding, data and properties escaped', () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      // One file at a time, so GitHub's per-step cap does not hide any name.
      for (const file of report.files) annotate(evaluateGate({ ...report, files: [file] }, 'high'), true);
    } finally {
      spy.mockRestore();
    }
    const out = written.join('');
    checkLines(out.split('\n').map((l) => l.replace(/^::(error|warning|notice)( [^:]*)?::/, '')).join('\n'), 'annotation text');
    for (const line of out.split('\n').filter((l) => l !== '')) {
      // Every line is exactly one command we issued: ::kind props::message.
      expect(line, JSON.stringify(line)).toMatch(/^::(error|warning|notice)( [^\n]*)?::[^\n]*$/);
      const props = /^::\w+ ([^]*?)::/.exec(line)?.[1] ?? '';
      if (props !== '') for (const prop of props.split(',')) expect(prop, JSON.stringify(line)).toMatch(/^(title|file|line|startLine|endLine|col|startColumn|endColumn)=[^,:\r\n]*$/);
      expect(/\x1b|\r/.test(line), JSON.stringify(line)).toBe(false);
      expect(BIDI.test(line), JSON.stringify(line)).toBe(false);
    }
  });
});

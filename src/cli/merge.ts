import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Log, Notification, Result } from 'sarif';
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_PASS } from '../core/exit-codes.js';
import { SEVERITIES, type Severity, type Threshold, isSeverity, meetsThreshold, severityRank } from '../core/severity.js';
import { TOOL_NAME } from '../core/version.js';
import { codeSpan, escapeTerminal, neutralizeProse, shorten } from '../report/escape.js';
import { mergeSarif } from '../report/sarif-merge.js';

/**
 * `merge`: the shards of one scan (a matrix of jobs, each `--shard i/n`) wrote one SARIF
 * file each; this unites them into one run (one code scanning upload), rebuilds the counts
 * from the results (severity is in `result.properties.severity`) and applies the gate once.
 * Fails closed: a missing, unreadable or foreign file, or fewer files than expected, is an error.
 */

export interface MergeFlags {
  failOn: Threshold;
  sarif?: string;
  format: 'text' | 'json' | 'sarif' | 'markdown';
  category?: string;
  /** Number of SARIF files that must be found (the shard count): fewer is an error. */
  expect?: number;
  color?: boolean;
}

export interface MergedFinding {
  severity: Severity;
  ruleId: string;
  file: string;
  member?: string;
  callable?: string;
  message: string;
}

export interface MergeGate {
  threshold: Threshold;
  outcome: 'pass' | 'fail';
  /** Findings counted against the threshold, most severe first. */
  findings: MergedFinding[];
  blocking: number;
  counts: Record<Severity, number>;
  highest: Severity | undefined;
  /** Results suppressed by configuration or unchanged from a baseline: shown, not counted. */
  suppressed: number;
  /** Files some shard did not fully scan (from the invocations' notifications). */
  notFullyScanned: { file: string; status: string; why: string }[];
  /** Inputs that could not be scanned, and merge problems: the exit code is 2 when not failing on findings. */
  errors: string[];
  /** SARIF files merged. */
  inputs: number;
}

const SARIF_EXTENSIONS = ['.sarif', '.sarif.json'];

/** SARIF files named by the inputs: files as given, folders walked for *.sarif / *.sarif.json, sorted. */
export function findSarifFiles(inputs: readonly string[], cwd: string, exclude?: string): { files: string[]; errors: string[] } {
  const files: string[] = [];
  const errors: string[] = [];
  const walk = (dir: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && SARIF_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) files.push(path);
    }
  };
  for (const input of inputs) {
    const path = resolve(cwd, input);
    try {
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    } catch (error) {
      errors.push(`cannot read ${input}: ${describe(error)}`);
    }
  }
  // The merged output itself, left by an earlier run in a folder we merge, is not a shard.
  return { files: [...new Set(files)].filter((f) => f !== exclude), errors };
}

/** Reads one SARIF 2.1.0 log; throws with a message naming the file. */
export function readSarifFile(path: string): Log {
  let log: unknown;
  try {
    log = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path} is not a readable JSON file: ${describe(error)}`);
  }
  const l = log as Partial<Log> | null;
  if (!l || typeof l !== 'object' || l.version !== '2.1.0' || !Array.isArray(l.runs)) {
    throw new Error(`${path} is not a SARIF 2.1.0 log`);
  }
  for (const run of l.runs) {
    if (!run || typeof run !== 'object' || typeof run.tool?.driver?.name !== 'string') throw new Error(`${path} has a run without a tool`);
    if (run.tool.driver.name !== TOOL_NAME) {
      throw new Error(`${path} was written by ${run.tool.driver.name}, not ${TOOL_NAME}: merge only the shards of one scan`);
    }
  }
  return log as Log;
}

const LEVEL_SEVERITY: Record<string, Severity> = { error: 'high', warning: 'medium', note: 'low' };

function resultSeverity(result: Result): Severity {
  const s = result.properties?.['severity'];
  if (typeof s === 'string' && isSeverity(s)) return s;
  // A result without our severity (edited by hand, or a newer writer): from its level, never dropped.
  return LEVEL_SEVERITY[result.level ?? 'warning'] ?? 'medium';
}

function resultFile(result: Result): string {
  const uri = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '(unknown file)';
  try {
    return decodeURIComponent(uri.replace(/^file:\/\//, ''));
  } catch {
    return uri;
  }
}

/** SARIF text escapes `[` and `]` (embedded links): undo it for display, where our own escaping applies. */
function sarifText(text: string | undefined): string {
  return (text ?? '').replace(/\\([[\]\\])/g, '$1');
}

/** The gate of a merged log: counts from every result, threshold applied once. */
export function gateFromSarif(log: Log, threshold: Threshold, inputs: number, errors: readonly string[] = []): MergeGate {
  const findings: MergedFinding[] = [];
  let suppressed = 0;
  const notFullyScanned: MergeGate['notFullyScanned'] = [];
  const allErrors = [...errors];
  for (const run of log.runs) {
    for (const result of run.results ?? []) {
      if ((result.suppressions?.length ?? 0) > 0 || result.baselineState === 'unchanged') {
        suppressed++;
        continue;
      }
      const props = result.properties ?? {};
      const finding: MergedFinding = {
        severity: resultSeverity(result),
        ruleId: result.ruleId ?? '(no rule)',
        file: resultFile(result),
        message: sarifText(result.message?.text),
      };
      if (typeof props['member'] === 'string') finding.member = props['member'];
      if (typeof props['callable'] === 'string') finding.callable = props['callable'];
      findings.push(finding);
    }
    for (const invocation of run.invocations ?? []) {
      if (invocation.executionSuccessful === false) allErrors.push('a shard reports that its scan did not complete');
      for (const n of invocation.toolExecutionNotifications ?? []) collectNotification(n, notFullyScanned, allErrors);
    }
  }
  findings.sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || compare(a.file, b.file) || compare(a.member ?? '', b.member ?? ''));
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) counts[f.severity]++;
  const blocking = findings.filter((f) => meetsThreshold(f.severity, threshold)).length;
  return {
    threshold,
    outcome: blocking > 0 ? 'fail' : 'pass',
    findings,
    blocking,
    counts,
    highest: findings[0]?.severity,
    suppressed,
    notFullyScanned,
    errors: allErrors,
    inputs,
  };
}

function collectNotification(n: Notification, notFully: MergeGate['notFullyScanned'], errors: string[]): void {
  const status = n.properties?.['status'];
  if (typeof status === 'string') {
    const reasons = n.properties?.['reasons'];
    const why = Array.isArray(reasons) && reasons.length > 0 ? reasons.map(String).join('; ') : status;
    const uri = n.locations?.[0]?.physicalLocation?.artifactLocation?.uri;
    let file = uri ?? '(unknown file)';
    try {
      file = decodeURIComponent(file.replace(/^file:\/\//, ''));
    } catch {
      // keep the raw URI
    }
    notFully.push({ file, status, why });
  } else if (n.level === 'error') {
    errors.push(sarifText(n.message.text));
  }
}

/** 1 on findings at or above the threshold (wins), 2 on any error, else 0: as `scan`. */
export function mergeExitCode(gate: MergeGate): number {
  if (gate.outcome === 'fail') return EXIT_FINDINGS;
  if (gate.errors.length > 0) return EXIT_ERROR;
  return EXIT_PASS;
}

function countsLine(gate: MergeGate): string {
  return SEVERITIES.map((s) => `${gate.counts[s]} ${s}`).join(', ');
}

function verdict(gate: MergeGate): string {
  return `${gate.outcome === 'fail' ? 'FAILED' : 'PASSED'} (threshold: ${gate.threshold})`;
}

/** Plain text for a terminal or a CI log; strings from the scanned files are escaped. */
export function renderMergeText(gate: MergeGate, maxFindings = 50): string {
  const lines: string[] = [];
  for (const f of gate.findings.slice(0, maxFindings)) {
    const where = f.member !== undefined ? `${f.file} → ${f.member}` : f.file;
    lines.push(`${f.severity.toUpperCase().padEnd(8)} ${escapeTerminal(shorten(where, 200))}  [${f.ruleId}]`);
    lines.push(`         ${escapeTerminal(shorten(f.message, 400))}`);
  }
  if (gate.findings.length > maxFindings) lines.push(`…and ${gate.findings.length - maxFindings} more findings; see the SARIF file.`);
  if (gate.notFullyScanned.length > 0) lines.push(`${gate.notFullyScanned.length} files not fully scanned: not known to be safe (see the SARIF file).`);
  for (const e of gate.errors) lines.push(`error: ${escapeTerminal(shorten(e, 400))}`);
  if (gate.suppressed > 0) lines.push(`${gate.suppressed} suppressed or baseline findings not counted.`);
  lines.push(`${gate.inputs} SARIF files merged: ${countsLine(gate)} — ${verdict(gate)}`);
  return `${lines.join('\n')}\n`;
}

/** The job summary of a merged scan. Bounded: at most `maxRows` findings and files. */
export function renderMergeSummary(gate: MergeGate, maxRows = 500): string {
  const out: string[] = [];
  out.push(`## Model scan (${gate.inputs} shards merged): ${gate.outcome === 'fail' ? '❌ failed' : '✅ passed'}\n`);
  out.push(`Threshold: **${gate.threshold}**. ${gate.blocking} finding${gate.blocking === 1 ? '' : 's'} at or above it.\n`);
  out.push('| Critical | High | Medium | Low |', '|---:|---:|---:|---:|', `| ${SEVERITIES.map((s) => gate.counts[s]).join(' | ')} |`, '');
  if (gate.suppressed > 0) out.push(`${gate.suppressed} suppressed or baseline findings: not counted against the threshold.\n`);
  if (gate.findings.length > 0) {
    out.push('### Findings\n', '| Severity | File | Member | Rule | Message |', '|---|---|---|---|---|');
    for (const f of gate.findings.slice(0, maxRows)) {
      out.push(
        `| ${f.severity} | ${codeSpan(shorten(f.file, 300))} | ${f.member !== undefined ? codeSpan(shorten(f.member, 300)) : ''} | ${codeSpan(f.ruleId)} | ${neutralizeProse(shorten(f.message, 400))} |`,
      );
    }
    if (gate.findings.length > maxRows) out.push(`\n…and ${gate.findings.length - maxRows} more findings; see the SARIF file.`);
    out.push('');
  }
  if (gate.notFullyScanned.length > 0) {
    out.push(`### Not fully scanned (${gate.notFullyScanned.length})\n`, 'These files are not known to be safe.\n', '| File | Status | Why |', '|---|---|---|');
    for (const f of gate.notFullyScanned.slice(0, maxRows)) {
      out.push(`| ${codeSpan(shorten(f.file, 300))} | ${f.status} | ${neutralizeProse(shorten(f.why, 400))} |`);
    }
    if (gate.notFullyScanned.length > maxRows) out.push(`\n…and ${gate.notFullyScanned.length - maxRows} more files; see the SARIF file.`);
    out.push('');
  }
  if (gate.errors.length > 0) {
    out.push('### Errors\n');
    for (const e of gate.errors.slice(0, maxRows)) out.push(`- ${neutralizeProse(shorten(e, 400))}`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

export interface MergeOutcome {
  log: Log | undefined;
  gate: MergeGate;
}

/** Finds, reads and merges the SARIF files; never throws (problems become gate errors). */
export function mergeSarifInputs(
  inputs: readonly string[],
  cwd: string,
  flags: Pick<MergeFlags, 'failOn' | 'category' | 'expect' | 'sarif'>,
): MergeOutcome {
  const { files, errors } = findSarifFiles(inputs, cwd, flags.sarif !== undefined ? resolve(cwd, flags.sarif) : undefined);
  const logs: Log[] = [];
  for (const file of files) {
    try {
      logs.push(readSarifFile(file));
    } catch (error) {
      errors.push(describe(error));
    }
  }
  if (files.length === 0) errors.push(`no SARIF files found in ${inputs.join(', ') || '(no inputs)'}`);
  if (flags.expect !== undefined && files.length < flags.expect) {
    errors.push(`expected ${flags.expect} SARIF files (one per shard), found ${files.length}: a shard did not finish`);
  }
  let log: Log | undefined;
  if (logs.length > 0 && logs.some((l) => l.runs.length > 0)) {
    try {
      log = mergeSarif(logs, flags.category);
    } catch (error) {
      errors.push(`cannot merge: ${describe(error)}`);
    }
  }
  const gate = gateFromSarif(log ?? { version: '2.1.0', runs: [] }, flags.failOn, logs.length, errors);
  return { log, gate };
}

export interface MergeIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

/** The CLI command; returns the exit code. */
export function mergeCommand(inputs: readonly string[], flags: MergeFlags, io: MergeIo): number {
  const { log, gate } = mergeSarifInputs(inputs, io.cwd, flags);
  const sarifText = log ? `${JSON.stringify(log, null, 2)}\n` : undefined;
  if (flags.sarif) {
    if (!sarifText) {
      io.stderr(`${TOOL_NAME}: nothing merged, ${flags.sarif} not written\n`);
    } else {
      try {
        const out = resolve(io.cwd, flags.sarif);
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, sarifText);
      } catch (error) {
        io.stderr(`${TOOL_NAME}: cannot write ${flags.sarif}: ${describe(error)}\n`);
        return EXIT_ERROR;
      }
    }
  }
  switch (flags.format) {
    case 'sarif':
      if (sarifText) io.stdout(sarifText);
      break;
    case 'json':
      io.stdout(`${JSON.stringify({ tool: TOOL_NAME, ...gate, findings: gate.findings }, null, 2)}\n`);
      break;
    case 'markdown':
      io.stdout(renderMergeSummary(gate));
      break;
    default:
      io.stdout(renderMergeText(gate));
  }
  for (const e of gate.errors) if (flags.format !== 'text') io.stderr(`${TOOL_NAME}: ${escapeTerminal(e)}\n`);
  return mergeExitCode(gate);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

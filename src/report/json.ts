import type { GateOutcome, GateResult } from '../core/gate.js';
import type { Severity, Threshold } from '../core/severity.js';
import type { FileResult, Finding, ScanReport, ScanStatus } from '../core/types.js';
import { isIgnoredFile, notFullyScannedModels } from './coverage.js';
import { fingerprint } from './fingerprint.js';

/**
 * The machine-readable report (`--format json`). Version 1 is stable: fields
 * may be added, never renamed or removed without bumping `schemaVersion`.
 * Optional fields are absent (not null) when unknown; strings are raw, exactly
 * as found in the scanned files — escape them before display.
 */
export interface JsonReport {
  schemaVersion: 1;
  tool: { name: string; version: string };
  /** Absolute directory every `file` is relative to. */
  root: string;
  /** ISO 8601 start time and total duration. */
  startedAt: string;
  durationMs: number;
  summary: JsonSummary;
  files: JsonFile[];
  /** Inputs that do not exist or cannot be read. */
  errors: { path: string; message: string }[];
  /** Entries deliberately not scanned (symlinks out of the root, special files). */
  skipped: { path: string; reason: string }[];
}

export interface JsonSummary {
  /** `fail` when any finding is at or above the threshold. */
  outcome: GateOutcome;
  threshold: Threshold;
  /** Findings per severity (all four keys always present). */
  counts: Record<Severity, number>;
  /** Most severe finding, or null when there are none. */
  highest: Severity | null;
  /** Findings at or above the threshold. */
  blocking: number;
  /** Files examined (every file discovery handed over). */
  totalFiles: number;
  /** Files a scanner read, to the end or not. */
  scannedFiles: number;
  /** Model files not read to the end, or not at all: not known to be safe. */
  notFullyScanned: number;
  /** Files no scanner recognised that do not look like models (ignored). */
  ignoredFiles: number;
  /** Findings kept out of the gate by a configured suppression or the baseline (present when not 0). */
  suppressed?: number;
}

export interface JsonFile {
  /** POSIX path relative to `root` (absolute when outside it). */
  file: string;
  size: number;
  /** Formats recognised, outermost first. */
  formats: string[];
  status: ScanStatus;
  /** Why the file was not fully scanned (empty when complete). */
  reasons: string[];
  findings: JsonFinding[];
  /** Findings kept out of the gate (configured suppression or baseline); present when not empty. */
  suppressed?: JsonFinding[];
  /** SHA-256 of the file (lower-case hex), when hashing was on or the source provided it. */
  sha256?: string;
}

export interface JsonFinding {
  ruleId: string;
  severity: Severity;
  format: string;
  /** Path inside an archive, nested archives joined with "!/". */
  member?: string;
  /** Byte offset inside the member (or file). */
  offset?: number;
  callable?: string;
  args?: string[];
  message: string;
  /** Same value as the SARIF `partialFingerprints["modelscanFinding/v1"]`: stable across runs. */
  fingerprint: string;
  properties?: Record<string, unknown>;
  /** Why the finding does not count (only on `suppressed` findings). */
  suppression?: { kind: 'config' | 'baseline'; justification: string; expires?: string };
}

/** The JSON report, pretty-printed, with a trailing newline. */
export function renderJson(report: ScanReport, gate: GateResult): string {
  return `${JSON.stringify(toJsonReport(report, gate), null, 2)}\n`;
}

export function toJsonReport(report: ScanReport, gate: GateResult): JsonReport {
  return {
    schemaVersion: 1,
    tool: { name: report.tool.name, version: report.tool.version },
    root: report.root,
    startedAt: report.startedAt,
    durationMs: Math.round(report.durationMs),
    summary: {
      outcome: gate.outcome,
      threshold: gate.threshold,
      counts: { ...gate.counts },
      highest: gate.highest ?? null,
      blocking: gate.blocking.length,
      totalFiles: report.files.length,
      scannedFiles: gate.scannedFiles,
      notFullyScanned: notFullyScannedModels(gate).length,
      ignoredFiles: report.files.filter(isIgnoredFile).length,
      ...suppressedCount(report),
    },
    files: report.files.map(jsonFile),
    errors: report.errors.map((e) => ({ path: e.path, message: e.message })),
    skipped: report.skipped.map((s) => ({ path: s.path, reason: s.reason })),
  };
}

function jsonFile(f: FileResult): JsonFile {
  const out: JsonFile = { file: f.file, size: f.size, formats: [...f.formats], status: f.status, reasons: [...f.reasons], findings: f.findings.map(jsonFinding) };
  if (f.suppressed && f.suppressed.length > 0) out.suppressed = f.suppressed.map(jsonFinding);
  if (f.sha256) out.sha256 = f.sha256;
  return out;
}

function suppressedCount(report: ScanReport): { suppressed?: number } {
  const n = report.files.reduce((sum, f) => sum + (f.suppressed?.length ?? 0), 0);
  return n > 0 ? { suppressed: n } : {};
}

/** Fixed key order, so output diffs cleanly between runs; optional keys only when known. */
function jsonFinding(f: Finding): JsonFinding {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    format: f.format,
    ...(f.member !== undefined && { member: f.member }),
    ...(f.offset !== undefined && { offset: f.offset }),
    ...(f.callable !== undefined && { callable: f.callable }),
    ...(f.args !== undefined && { args: [...f.args] }),
    message: f.message,
    fingerprint: fingerprint(f),
    ...(f.properties !== undefined && { properties: f.properties }),
    ...(f.suppression !== undefined && { suppression: { ...f.suppression } }),
  };
}

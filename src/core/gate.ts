import { type Severity, type Threshold, SEVERITIES, bySeverityDesc, highestSeverity, meetsThreshold } from './severity.js';
import type { FileResult, Finding, ScanReport } from './types.js';

export type GateOutcome = 'pass' | 'fail';

/** The verdict of one scan against a threshold: what CI acts on. */
export interface GateResult {
  threshold: Threshold;
  outcome: GateOutcome;
  /** Every finding, most severe first, then by file. */
  findings: Finding[];
  /** Findings at or above the threshold. */
  blocking: Finding[];
  counts: Record<Severity, number>;
  highest: Severity | undefined;
  /** Files a scanner read (complete or not). */
  scannedFiles: number;
  /** Model files read but not to the end, or that could not be read or recognised. */
  notFullyScanned: FileResult[];
}

export function evaluateGate(report: ScanReport, threshold: Threshold): GateResult {
  const findings = report.files
    .flatMap((f) => f.findings)
    .sort((a, b) => bySeverityDesc(a, b) || compare(a.file, b.file) || compare(a.member ?? '', b.member ?? '') || (a.offset ?? 0) - (b.offset ?? 0));
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) counts[f.severity]++;
  const blocking = findings.filter((f) => meetsThreshold(f.severity, threshold));
  return {
    threshold,
    outcome: blocking.length > 0 ? 'fail' : 'pass',
    findings,
    blocking,
    counts,
    highest: highestSeverity(findings),
    scannedFiles: report.files.filter((f) => f.status === 'complete' || f.status === 'incomplete').length,
    notFullyScanned: report.files.filter((f) => f.status !== 'complete' && f.status !== 'ignored'),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

import type { GateResult } from './gate.js';
import type { ScanReport } from './types.js';

/** Process exit codes shared by every adapter. */
export const EXIT_PASS = 0;
/** Findings at or above the threshold (wins over any error: an error never hides a finding). */
export const EXIT_FINDINGS = 1;
/** Usage error, a path that does not exist, or an internal error. */
export const EXIT_ERROR = 2;

export function exitCodeFor(report: ScanReport, gate: GateResult): number {
  if (gate.outcome === 'fail') return EXIT_FINDINGS;
  if (report.errors.length > 0) return EXIT_ERROR;
  return EXIT_PASS;
}

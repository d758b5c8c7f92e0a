import type { FileResult, Finding, ScanReport } from '../core/types.js';

/**
 * The result for `file` in the report, created (status `ignored`: not a model)
 * when the scan did not cover it — a configuration or checksum file that a
 * finding must point at, so SARIF always has a location.
 */
export function fileFor(report: ScanReport, file: string, absolutePath: string, size = 0): FileResult {
  const existing = report.files.find((f) => f.file === file);
  if (existing) return existing;
  const created: FileResult = { file, absolutePath, size, formats: [], status: 'ignored', reasons: [], findings: [], durationMs: 0 };
  report.files.push(created);
  return created;
}

/** Moves findings of a file that `decide` suppresses into `suppressed`. */
export function suppressWhere(file: FileResult, decide: (finding: Finding) => Finding['suppression']): void {
  const kept: Finding[] = [];
  for (const finding of file.findings) {
    const suppression = decide(finding);
    if (suppression) (file.suppressed ??= []).push({ ...finding, suppression });
    else kept.push(finding);
  }
  file.findings = kept;
}

/** Every suppressed finding of a report (config and baseline). */
export function suppressedFindings(report: ScanReport): Finding[] {
  return report.files.flatMap((f) => f.suppressed ?? []);
}

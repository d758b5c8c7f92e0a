import type { ScanReport } from '../core/types.js';
import { fingerprint } from '../report/fingerprint.js';
import { FINGERPRINT_KEY } from '../report/sarif-constants.js';
import { suppressWhere } from './report-edit.js';
import { ConfigError, readInputText } from './types.js';

/** The findings of an earlier run, by our fingerprint. */
export interface Baseline {
  /** As given by the user, for messages. */
  name: string;
  fingerprints: ReadonlySet<string>;
}

/** Reads a SARIF file written by this tool. Throws ConfigError (one line) when it is not one. */
export function loadBaseline(path: string, name: string): Baseline {
  const text = readInputText(path, `baseline ${name}`);
  let log: unknown;
  try {
    log = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`baseline ${name}: not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const runs = (log as { runs?: unknown }).runs;
  if (!Array.isArray(runs)) throw new ConfigError(`baseline ${name}: not a SARIF log (no "runs" list)`);
  const fingerprints = new Set<string>();
  for (const run of runs) {
    const results = (run as { results?: unknown } | null)?.results;
    if (!Array.isArray(results)) continue;
    for (const result of results) {
      const id = (result as { partialFingerprints?: Record<string, unknown> } | null)?.partialFingerprints?.[FINGERPRINT_KEY];
      if (typeof id === 'string') fingerprints.add(id);
    }
  }
  return { name, fingerprints };
}

/** Moves findings already in the baseline out of the gate (kind `baseline`). Mutates and returns the report. */
export function applyBaseline(report: ScanReport, baseline: Baseline): ScanReport {
  for (const file of report.files) {
    suppressWhere(file, (finding) =>
      baseline.fingerprints.has(fingerprint(finding)) ? { kind: 'baseline', justification: `already in the baseline ${baseline.name}` } : undefined,
    );
  }
  return report;
}

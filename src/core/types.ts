import type { Severity } from './severity.js';

/**
 * One problem found in one file. Every string that comes from the scanned file
 * (member names, module names, arguments) is raw here: reporters escape it.
 */
export interface Finding {
  /** Stable rule id from the rule catalogue (src/policy/rules.ts). */
  ruleId: string;
  severity: Severity;
  /** Path of the file on disk, POSIX, relative to the scan root. */
  file: string;
  /** Path inside an archive, nested archives joined with "!/" (e.g. `model.zip!/archive/data.pkl`). */
  member?: string;
  /** Format family that produced the finding (e.g. `pickle`, `pytorch-zip`). */
  format: string;
  /** Byte offset inside the member (or file) where the root cause starts. */
  offset?: number;
  /** The resolved callable or import, e.g. `os.system`. */
  callable?: string;
  /** Constant arguments, where known, already shortened for display. */
  args?: string[];
  /** One sentence a non-expert understands: what would happen on load. */
  message: string;
  /** Extra machine-readable detail (goes to JSON and SARIF properties). */
  properties?: Record<string, unknown>;
  /** Set on findings kept out of the gate: accepted in the configuration, or already in the baseline. */
  suppression?: FindingSuppression;
}

export interface FindingSuppression {
  /** `config`: a suppression in .modelscan.yml; `baseline`: the finding is in the baseline SARIF. */
  kind: 'config' | 'baseline';
  justification: string;
  /** YYYY-MM-DD, for config suppressions that expire. */
  expires?: string;
}

/** A finding as a scanner emits it: file, member and format are filled in by the context. */
export type FindingInput = Omit<Finding, 'file' | 'member' | 'format' | 'severity'> & {
  severity?: Severity;
  format?: string;
};

/** Whether a file was read to the end by a scanner that understood it. */
export type ScanStatus =
  /** Every byte that matters was parsed. */
  | 'complete'
  /** Parsing stopped early (error, limit); findings seen before are kept. */
  | 'incomplete'
  /** No scanner recognised the content of a file that looks like a model; it was not analysed. */
  | 'unsupported'
  /** Not a model (no scanner claimed it, no model extension, not named by the user): left alone. */
  | 'ignored'
  /** The file could not be read at all. */
  | 'error';

/** The outcome for one file on disk. */
export interface FileResult {
  /** POSIX path relative to the scan root. */
  file: string;
  /** Absolute path on disk. */
  absolutePath: string;
  size: number;
  /** Formats recognised, outermost first (e.g. ["pytorch-zip", "pickle"]). */
  formats: string[];
  status: ScanStatus;
  /** Why the file was not fully scanned, when status is not `complete`. */
  reasons: string[];
  findings: Finding[];
  durationMs: number;
  /** Findings kept out of `findings` (and the gate) by a suppression or the baseline; each has `suppression`. */
  suppressed?: Finding[];
  /** SHA-256 (hex) of the whole file, when hashing was asked for or the source provided it. */
  sha256?: string;
}

export interface ScanReport {
  tool: { name: string; version: string };
  /** Absolute path every `file` is relative to. */
  root: string;
  startedAt: string;
  durationMs: number;
  files: FileResult[];
  /** Paths given by the user that do not exist or cannot be read. */
  errors: { path: string; message: string }[];
  /** Entries deliberately not scanned (symlinks out of the root, special files). */
  skipped: { path: string; reason: string }[];
}

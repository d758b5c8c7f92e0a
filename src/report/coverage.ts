import type { GateResult } from '../core/gate.js';
import type { FileResult } from '../core/types.js';

/**
 * A file no scanner recognised that does not look like a model either (README.md, …):
 * reports leave it out of coverage lists, which would otherwise drown the real ones.
 */
export function isIgnoredFile(file: FileResult): boolean {
  return file.status === 'ignored';
}

/** Model files that were not read to the end (or not at all): not known to be safe. */
export function notFullyScannedModels(gate: GateResult): FileResult[] {
  return gate.notFullyScanned.filter((f) => !isIgnoredFile(f));
}

/** True when no scanner read anything and there is no model file to report on. */
export function nothingToScan(gate: GateResult): boolean {
  return gate.scannedFiles === 0 && gate.findings.length === 0 && notFullyScannedModels(gate).length === 0;
}

import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanFile } from '../../src/core/scan.js';
import type { FileResult, Finding } from '../../src/core/types.js';
import { severityRank } from '../../src/core/severity.js';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** Scans one committed fixture through the real scan path (routing, context, dedupe). */
export async function scanFixture(relative: string): Promise<FileResult> {
  const absolutePath = resolve(FIXTURES, relative);
  return scanFile({ absolutePath, relativePath: relative, explicit: true }, { root: FIXTURES });
}

/** Findings at MEDIUM or above. */
export function serious(result: FileResult): Finding[] {
  return result.findings.filter((f) => severityRank(f.severity) >= severityRank('medium'));
}

export function byRule(result: FileResult, ruleId: string): Finding[] {
  return result.findings.filter((f) => f.ruleId === ruleId);
}

import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanFile } from '../../src/core/scan.js';
import type { FileResult, Finding } from '../../src/core/types.js';
import type { Severity } from '../../src/core/severity.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));

/** Scans one file through the real path (routing, context, rules), like the CLI does. */
export async function scanPath(absolutePath: string, root = FIXTURES): Promise<FileResult> {
  return scanFile({ absolutePath, relativePath: relative(root, absolutePath).split('\\').join('/'), explicit: true }, { root });
}

export function scanFixture(path: string): Promise<FileResult> {
  return scanPath(join(FIXTURES, path));
}

const RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1 };

/** Findings at MEDIUM or above: what a benign file must not have. */
export function mediumOrAbove(result: FileResult): Finding[] {
  return result.findings.filter((f) => RANK[f.severity] >= RANK.medium);
}

export function byRule(result: FileResult, ruleId: string): Finding[] {
  return result.findings.filter((f) => f.ruleId === ruleId);
}

/** Compact view for failure messages. */
export function summary(result: FileResult): string {
  return JSON.stringify(result.findings.map((f) => `${f.severity} ${f.ruleId} ${f.message}`), null, 1);
}

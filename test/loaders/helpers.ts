import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { scanFile, type ScanOptions } from '../../src/core/scan.js';
import type { FileResult, Finding } from '../../src/core/types.js';
import type { Severity } from '../../src/core/severity.js';

export const NEMO = fileURLToPath(new URL('../fixtures/nemo/', import.meta.url));
export const SKOPS = fileURLToPath(new URL('../fixtures/skops/', import.meta.url));

/** Scans one file through the real path (routing, context, rules), like the CLI does. */
export function scanAt(root: string, path: string, options: Partial<ScanOptions> = {}): Promise<FileResult> {
  const absolutePath = join(root, path);
  return scanFile({ absolutePath, relativePath: relative(root, absolutePath).split('\\').join('/'), explicit: true }, { root, ...options });
}

let tmp: string | undefined;
let counter = 0;
/** Writes `bytes` under its exact name (name hints matter) in a fresh folder, then scans it. */
export function scanBytes(bytes: Uint8Array | string, name: string, options: Partial<ScanOptions> = {}): Promise<FileResult> {
  if (!tmp) {
    tmp = mkdtempSync(join(tmpdir(), 'modelscan-loaders-'));
    const dir = tmp;
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
  }
  const dir = join(tmp, String(counter++));
  mkdirSync(dir);
  writeFileSync(join(dir, name), bytes);
  return scanAt(dir, name, options);
}

const RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1 };

export function atLeast(result: FileResult, severity: Severity): Finding[] {
  return result.findings.filter((f) => RANK[f.severity] >= RANK[severity]);
}

export function incompleteReasons(result: FileResult): string[] {
  return result.findings.filter((f) => f.ruleId === 'scan/incomplete').map((f) => f.message);
}

export function summary(result: FileResult): string {
  return JSON.stringify(result.findings.map((f) => `${f.severity} ${f.ruleId} [${f.member ?? ''}] ${f.message}`), null, 1);
}

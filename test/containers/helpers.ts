import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { scanFile, type ScanOptions } from '../../src/core/scan.js';
import { meetsThreshold } from '../../src/core/severity.js';
import type { FileResult, Finding } from '../../src/core/types.js';

export const CONTAINERS = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/containers');

export async function scanPath(absolutePath: string, options: Partial<ScanOptions> = {}): Promise<FileResult> {
  const root = dirname(absolutePath);
  return scanFile({ absolutePath, relativePath: absolutePath.slice(root.length + 1), explicit: true }, { root, ...options });
}

export function scanFixture(name: string, options: Partial<ScanOptions> = {}): Promise<FileResult> {
  return scanPath(join(CONTAINERS, name), options);
}

let tmp: string | undefined;
let counter = 0;
/** Writes bytes to a temporary file (named `name`) and scans it. */
export function scanBytes(bytes: Uint8Array, name: string, options: Partial<ScanOptions> = {}): Promise<FileResult> {
  if (!tmp) {
    tmp = mkdtempSync(join(tmpdir(), 'modelscan-containers-'));
    const dir = tmp;
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
  }
  const dir = join(tmp, String(counter++));
  mkdtempSync(join(tmpdir(), 'x'));
  const path = join(tmp, `${counter}-${name}`);
  writeFileSync(path, bytes);
  void dir;
  return scanPath(path, options);
}

export function mediumPlus(result: FileResult): Finding[] {
  return result.findings.filter((f) => meetsThreshold(f.severity, 'medium'));
}

/** One-line summary of a result, for assertion messages. */
export function summary(result: FileResult): string {
  return JSON.stringify({
    status: result.status,
    formats: result.formats,
    reasons: result.reasons,
    findings: result.findings.map((f) => [f.ruleId, f.severity, f.callable, f.member, f.message.slice(0, 100)]),
  });
}

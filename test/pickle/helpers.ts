import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanFile } from '../../src/core/scan.js';
import type { Limits } from '../../src/core/limits.js';
import type { FileResult, Finding } from '../../src/core/types.js';
import type { FormatScanner } from '../../src/core/scanner.js';
import { pickleScanner } from '../../src/formats/pickle/index.js';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'pickles');

export function fixture(path: string): Uint8Array {
  return readFileSync(join(FIXTURES, path));
}

/** Scans bytes as a file named `name` with only the pickle scanner (plus whatever nested routing needs). */
export async function scanBytes(
  bytes: Uint8Array,
  name = 'model.pkl',
  limits?: Partial<Limits>,
  scanners: readonly FormatScanner[] = [pickleScanner],
): Promise<FileResult> {
  const dir = mkdtempSync(join(tmpdir(), 'pickle-test-'));
  try {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return await scanFile(
      { absolutePath: path, relativePath: name, explicit: true },
      { root: dir, scanners, ...(limits ? { limits } : {}) },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function serious(result: FileResult): Finding[] {
  return result.findings.filter((f) => f.severity === 'critical' || f.severity === 'high' || f.severity === 'medium');
}

export function summary(result: FileResult): string[] {
  return result.findings.map((f) => `${f.severity} ${f.ruleId} ${f.callable ?? ''} ${JSON.stringify(f.args ?? [])} @${f.offset ?? '-'}`);
}

/** Builds pickle bytes from strings (latin-1) and byte arrays. */
export function bytes(...parts: (string | number[] | Uint8Array)[]): Uint8Array {
  const chunks = parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)));
  return Buffer.concat(chunks);
}

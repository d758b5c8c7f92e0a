import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { scanFile, type ScanOptions } from '../../src/core/scan.js';
import type { FormatScanner } from '../../src/core/scanner.js';
import type { FileResult } from '../../src/core/types.js';
import { pytorchZipScanner, zipScanner } from '../../src/formats/zip/index.js';

export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/models');

let tmp: string | undefined;
export function tempDir(): string {
  if (!tmp) {
    tmp = mkdtempSync(join(tmpdir(), 'modelscan-zip-'));
    const dir = tmp;
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
  }
  return tmp;
}

export async function scanPath(absolutePath: string, options: Partial<ScanOptions> = {}): Promise<FileResult> {
  const root = resolve(absolutePath, '..');
  return scanFile(
    { absolutePath, relativePath: absolutePath.slice(root.length + 1), explicit: true },
    { root, ...options },
  );
}

export async function scanFixture(name: string, options: Partial<ScanOptions> = {}): Promise<FileResult> {
  return scanPath(join(FIXTURES, name), options);
}

let counter = 0;
export async function scanBytes(bytes: Uint8Array, name: string, options: Partial<ScanOptions> = {}): Promise<FileResult> {
  const path = join(tempDir(), `${counter++}-${name}`);
  writeFileSync(path, bytes);
  return scanPath(path, options);
}

/**
 * A stand-in pickle scanner for routing tests (independent of the real pickle
 * engine): claims streams starting with PROTO, reports `os.system` when the
 * bytes hold the GLOBAL `os\nsystem`.
 */
export interface StubCall {
  name: string;
  size: number;
  member: string | undefined;
}
export function stubScanners(): { scanners: FormatScanner[]; probed: StubCall[]; scanned: StubCall[] } {
  const probed: StubCall[] = [];
  const scanned: StubCall[] = [];
  const spy: FormatScanner = {
    id: 'spy',
    name: 'spy',
    extensions: [],
    claim: (probe) => {
      probed.push({ name: probe.name, size: probe.size, member: undefined });
      return false;
    },
    scan: () => {},
  };
  const stubPickle: FormatScanner = {
    id: 'pickle',
    name: 'stub pickle',
    extensions: ['.pkl'],
    claim: (probe) => (probe.head[0] === 0x80 && probe.head.length > 1 && probe.head[1]! <= 5 ? 'magic' : false),
    scan: (ctx) => {
      const bytes = ctx.source.read(0, ctx.source.size);
      scanned.push({ name: ctx.member ?? '', size: bytes.length, member: ctx.member });
      if (Buffer.from(bytes).includes('cos\nsystem\n')) {
        ctx.report({ ruleId: 'pickle/code-execution', callable: 'os.system', message: 'stub: os.system' });
      }
    },
  };
  return { scanners: [spy, pytorchZipScanner, zipScanner, stubPickle], probed, scanned };
}

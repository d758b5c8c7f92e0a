import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BufferSource } from '../../src/core/source.js';
import { ZipFormatError, readLocalHeader, readZipDirectory } from '../../src/formats/zip/reader.js';
import { pytorchZipScanner, zipScanner } from '../../src/formats/zip/index.js';
import { FIXTURES, scanBytes, stubScanners } from './helpers.js';

/**
 * Damaged archives never make the zip scanners throw (a throw would surface as
 * "internal error in the ... scanner") and never hang; the reader only throws ZipFormatError.
 */
const ZIP_FIXTURES = [
  'torch_state_dict.pt',
  'malicious_torch_zip64.pt',
  'malicious_torch_deflated.pt',
  'malicious_nested.zip',
  'malicious_polyglot.pkl',
  'plain.zip',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const zipStopped = (reasons: string[]) =>
  reasons.filter((r) => r.includes(`internal error in the ${zipScanner.name} scanner`) || r.includes(`internal error in the ${pytorchZipScanner.name} scanner`));

function readerSurvives(bytes: Uint8Array): void {
  const source = new BufferSource(bytes);
  let dir;
  try {
    dir = readZipDirectory(source, { maxMembers: 1000 });
  } catch (error) {
    expect(error).toBeInstanceOf(ZipFormatError);
    return;
  }
  for (const e of dir.entries) {
    try {
      readLocalHeader(source, e);
    } catch (error) {
      expect(error).toBeInstanceOf(ZipFormatError);
    }
  }
}

describe('fuzzed archives', () => {
  it.each(ZIP_FIXTURES)('%s: every truncation', async (file) => {
    const bytes = readFileSync(join(FIXTURES, file));
    const { scanners } = stubScanners();
    for (let n = 0; n < bytes.length; n += Math.max(1, Math.floor(bytes.length / 150))) {
      const cut = bytes.subarray(0, n);
      readerSurvives(cut);
      const result = await scanBytes(cut, `cut-${n}-${file}`, { scanners });
      expect(zipStopped(result.reasons), `${file} cut at ${n}`).toEqual([]);
    }
  });

  it.each(ZIP_FIXTURES)('%s: random byte mutations', async (file) => {
    const original = readFileSync(join(FIXTURES, file));
    const random = rng(file.length * 7919);
    const { scanners } = stubScanners();
    for (let round = 0; round < 150; round++) {
      const bytes = Uint8Array.from(original);
      const edits = 1 + Math.floor(random() * 6);
      for (let i = 0; i < edits; i++) {
        const at = Math.floor(random() * bytes.length);
        // favour the values that break sizes and offsets
        const pick = random();
        bytes[at] = pick < 0.3 ? 0xff : pick < 0.5 ? 0x00 : Math.floor(random() * 256);
      }
      readerSurvives(bytes);
      const result = await scanBytes(bytes, `m-${round}-${file}`, { scanners });
      expect(zipStopped(result.reasons), `${file} round ${round}`).toEqual([]);
    }
  });
});

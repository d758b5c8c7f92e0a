import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, REGRESSIONS_DIR, ScanBench, brokenInvariant } from '../fuzz/harness.js';

/**
 * Every input that once broke an invariant (crash, hang, internal error,
 * unexplained status) is kept in test/fixtures/regressions/ and must now scan
 * within the fuzz invariants, with the default limits. README.md there says
 * what each file broke.
 */
const files = readdirSync(REGRESSIONS_DIR, { withFileTypes: true })
  .filter((e) => e.isFile() && !e.name.endsWith('.md'))
  .map((e) => e.name)
  .sort();
const bench = new ScanBench();
afterAll(() => bench.close());

describe('regression fixtures from fuzzing and the malformed-input corpus', () => {
  it('has fixtures', () => expect(files.length).toBeGreaterThan(0));
  for (const name of files) {
    it(name, async () => {
      const bytes = readFileSync(join(REGRESSIONS_DIR, name));
      const { result, ms } = await bench.scan(bytes, name, {});
      expect(brokenInvariant(result, ms), JSON.stringify(result.reasons)).toBeUndefined();
      // Each of these is hostile: never complete and clean.
      expect(result.status === 'complete' && result.findings.length === 0, JSON.stringify(result)).toBe(false);
    });
  }

  it('an H5 file that makes h5wasm abort does not break the next H5 file', async () => {
    const bad = await bench.scan(readFileSync(join(REGRESSIONS_DIR, 'h5-vlen-string-abort.h5')), 'bad.h5', {});
    expect(bad.result.status).toBe('incomplete');
    const good = await bench.scan(readFileSync(join(FIXTURES_DIR, 'keras', 'benign_keras2_sequential.h5')), 'good.h5', {});
    expect(good.result.status, JSON.stringify(good.result.reasons)).toBe('complete');
  });

  // h5wasm (HDF5 in wasm) loops forever, synchronously, reading a variable-length string attribute whose
  // global-heap entry is corrupt. H5 attributes are read in a thread of their own with a deadline
  // (src/formats/keras/h5-isolated.ts): the thread is terminated and the file reported not fully scanned.
  it.each(['h5wasm-vlen-attribute-hang.h5', 'h5wasm-vlen-attribute-hang-2.h5'])(
    '%s: an H5 attribute that hangs h5wasm ends within the time budget, and the next H5 still scans',
    async (name) => {
      const { result } = await bench.scan(readFileSync(join(REGRESSIONS_DIR, 'open', name)), 'hang.h5', { maxFileSeconds: 3 });
      expect(result.status).toBe('incomplete');
      expect(result.reasons.join(' ')).toMatch(/did not finish within 3 s/);
      const good = await bench.scan(readFileSync(join(FIXTURES_DIR, 'keras', 'benign_keras2_sequential.h5')), 'good.h5', {});
      expect(good.result.status, JSON.stringify(good.result.reasons)).toBe('complete');
    },
    60_000,
  );
});

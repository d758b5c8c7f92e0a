import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { scanFile } from '../../src/core/scan.js';
import { BufferSource } from '../../src/core/source.js';
import type { FileResult } from '../../src/core/types.js';
import { h5ReadStats } from '../../src/formats/keras/h5.js';
import { Hdf5NativeError, readH5AttributesNative } from '../../src/formats/keras/hdf5-native.js';
import { lookup3 } from '../../src/formats/keras/hdf5/checksum.js';
import { tempTree } from '../helpers/temp.js';
import { byRule, scanFixture, serious } from './scan-fixture.js';

const KERAS = join(import.meta.dirname, '..', 'fixtures', 'keras');
const fixture = (name: string): Buffer => Buffer.from(readFileSync(join(KERAS, name)));

/** Scans with the counters watched: which reader read the root attributes. */
async function scanCounting(scan: () => Promise<FileResult>): Promise<{ result: FileResult; path: 'native' | 'fallback' | 'none'; reason?: string }> {
  const before = { ...h5ReadStats };
  const result = await scan();
  const native = h5ReadStats.native - before.native;
  const fallback = h5ReadStats.fallback - before.fallback;
  expect(native + fallback).toBeLessThanOrEqual(1);
  return { result, path: native ? 'native' : fallback ? 'fallback' : 'none', ...(fallback ? { reason: h5ReadStats.lastFallbackReason } : {}) };
}

async function scanBytes(bytes: Uint8Array, name = 'model.h5'): Promise<FileResult> {
  const root = tempTree({ [name]: bytes });
  return scanFile({ absolutePath: join(root, name), relativePath: name, explicit: true }, { root, limits: { maxFileSeconds: 5 } });
}

/** Never clean: either not fully scanned, or the Lambda found. */
function expectNotClean(result: FileResult): void {
  const critical = byRule(result, 'keras/lambda-layer').some((f) => f.severity === 'critical');
  expect(result.status === 'incomplete' || critical, JSON.stringify({ status: result.status, reasons: result.reasons })).toBe(true);
}

function nativeError(bytes: Uint8Array): Hdf5NativeError {
  try {
    readH5AttributesNative(new BufferSource(bytes));
  } catch (error) {
    if (error instanceof Hdf5NativeError) return error;
    throw error;
  }
  throw new Error('the native reader read it');
}

const u64 = (bytes: Buffer, at: number): number => Number(bytes.readBigUInt64LE(at));

describe('Keras H5 scans: native reader first, h5wasm as the fallback', () => {
  it.each([
    'layout_latest_sb3.h5',
    'layout_v108_userblock_sb2.h5',
    'layout_sb1_istore_k.h5',
    'layout_vlen_config.h5',
    'layout_fixed_bytes.h5',
    'layout_fixed_utf8_spacepad.h5',
    'layout_one_element_array.h5',
    'layout_v1_continuation.h5',
    'layout_track_order_latest.h5',
    'malicious_lambda.h5',
    'malicious_lambda_userblock.h5',
  ])('%s: read natively, the Lambda reported CRITICAL', async (name) => {
    const { result, path } = await scanCounting(() => scanFixture(`keras/${name}`));
    expect(path).toBe('native');
    expect(byRule(result, 'keras/lambda-layer')[0]).toMatchObject({ severity: 'critical' });
  });

  it.each(['layout_dense_attributes.h5', 'layout_large_attribute_latest.h5', 'layout_committed_datatype.h5', 'layout_sohm_attributes.h5'])(
    '%s: left to h5wasm, which finds the Lambda',
    async (name) => {
      const { result, path, reason } = await scanCounting(() => scanFixture(`keras/${name}`));
      expect(path).toBe('fallback');
      expect(reason).toMatch(/^unsupported HDF5 structure/);
      expect(byRule(result, 'keras/lambda-layer')[0]).toMatchObject({ severity: 'critical' });
    },
    30_000,
  );

  it('benign layouts are read natively and complete', async () => {
    for (const name of ['layout_vlen_ascii.h5', 'benign_keras2_sequential.h5', 'benign_keras3_legacy.h5', 'benign_weights_only.h5']) {
      const { result, path } = await scanCounting(() => scanFixture(`keras/${name}`));
      expect(path, name).toBe('native');
      expect(result.status, name).toBe('complete');
      expect(serious(result), name).toEqual([]);
    }
  });

  it('a config attribute of another type is read natively and reported as not fully scanned', async () => {
    const { result, path } = await scanCounting(() => scanFixture('keras/layout_config_not_string.h5'));
    expect(path).toBe('native');
    expect(result.status).toBe('incomplete');
    expect(result.reasons.join(' | ')).toMatch(/the model_config attribute is not a string.*the training_config attribute is not a string/);
  });

  it('an H5 inside a zip is read natively from the archive (no temporary copy)', async () => {
    const { result, path } = await scanCounting(() => scanFixture('keras/malicious_lambda_h5_in.zip'));
    expect(path).toBe('native');
    expect(byRule(result, 'keras/lambda-layer')[0]).toMatchObject({ severity: 'critical', member: 'models/model.h5' });
  });

  it('an H5 inside a zip that the native reader leaves alone still goes to h5wasm (through a temporary copy)', async () => {
    const zip = zipSync({ 'models/dense.h5': [fixture('layout_dense_attributes.h5'), { level: 6 }] });
    const { result, path } = await scanCounting(() => scanBytes(zip, 'models.zip'));
    expect(path).toBe('fallback');
    expect(byRule(result, 'keras/lambda-layer')[0]).toMatchObject({ severity: 'critical', member: 'models/dense.h5' });
  });
});

describe('hostile H5 bytes: fallback or not fully scanned, never clean, never a hang', () => {
  it('a continuation loop in a version 1 object header', async () => {
    // layout_v1_continuation.h5: root object header (v1) at 96; chunk 0 continues in chunk 1, which continues
    // in chunk 2. Chunk 1's continuation now points back at chunk 1: 0 -> 1 -> 1 -> ...
    const bytes = fixture('layout_v1_continuation.h5');
    expect(bytes.readUInt16LE(112)).toBe(0x10);
    const chunk1 = u64(bytes, 120);
    const length = u64(bytes, 128);
    let at = chunk1;
    while (bytes.readUInt16LE(at) !== 0x10) at += 8 + bytes.readUInt16LE(at + 2);
    expect(at).toBeLessThan(chunk1 + length);
    bytes.writeBigUInt64LE(BigInt(chunk1), at + 8);
    bytes.writeBigUInt64LE(BigInt(length), at + 16);
    expect(nativeError(bytes).message).toMatch(/malformed.*overlaps/);
    const { result, path } = await scanCounting(() => scanBytes(bytes));
    expect(path).toBe('fallback');
    expectNotClean(result);
  }, 30_000);

  it('a continuation loop in a version 2 object header (checksums fixed up)', async () => {
    // layout_latest_sb3.h5: OHDR at 48 continues in an OCHK chunk; one message of that chunk becomes a
    // continuation to the OCHK chunk itself, and the chunk's checksum is recomputed.
    const bytes = fixture('layout_latest_sb3.h5');
    expect(bytes.subarray(48, 52).toString('latin1')).toBe('OHDR');
    const flags = bytes[53]!;
    const prefix = 6 + (flags & 0x20 ? 16 : 0) + (flags & 0x10 ? 4 : 0);
    const first = 48 + prefix + (1 << (flags & 0x03));
    expect(bytes[first]).toBe(0x10);
    const ochk = u64(bytes, first + 4);
    const length = u64(bytes, first + 12);
    expect(bytes.subarray(ochk, ochk + 4).toString('latin1')).toBe('OCHK');
    let at = ochk + 4;
    while (bytes.readUInt16LE(at + 1) < 16) at += 4 + bytes.readUInt16LE(at + 1);
    bytes[at] = 0x10;
    bytes.writeBigUInt64LE(BigInt(ochk), at + 4);
    bytes.writeBigUInt64LE(BigInt(length), at + 12);
    bytes.writeUInt32LE(lookup3(bytes.subarray(ochk, ochk + length - 4)), ochk + length - 4);
    expect(nativeError(bytes).message).toMatch(/malformed.*overlaps/);
    const { result, path } = await scanCounting(() => scanBytes(bytes));
    expect(path).toBe('fallback');
    expectNotClean(result);
  }, 30_000);

  it('a truncated file (the superblock says it is longer)', async () => {
    const bytes = fixture('malicious_lambda.h5').subarray(0, 1500);
    expect(nativeError(bytes).message).toMatch(/malformed.*truncated/);
    const { result, path } = await scanCounting(() => scanBytes(bytes));
    expect(path).toBe('fallback');
    expect(result.status).toBe('incomplete');
  }, 30_000);

  it('a truncated object header (the end-of-file address edited to match)', async () => {
    // malicious_lambda.h5: superblock v0, root header (OHDR) at 96, its continuation chunk further on.
    const whole = fixture('malicious_lambda.h5');
    const cut = Buffer.from(whole.subarray(0, 0x4be + 0x20));
    cut.writeBigUInt64LE(BigInt(cut.length), 40);
    expect(nativeError(cut).message).toMatch(/malformed.*beyond the end/);
    const { result, path } = await scanCounting(() => scanBytes(cut));
    expect(path).toBe('fallback');
    expect(result.status).toBe('incomplete');
  }, 30_000);

  it.each([
    ['a version 1 object header chunk of 2 GB', 'layout_fixed_bytes.h5', (b: Buffer) => b.writeUInt32LE(0x7fffff00, 96 + 8)],
    ['a continuation chunk of 1 TB', 'layout_v1_continuation.h5', (b: Buffer) => b.writeBigUInt64LE(1n << 40n, 128)],
    ['a global heap collection of 1 TB', 'malicious_lambda.h5', (b: Buffer) => b.writeBigUInt64LE(1n << 40n, b.indexOf('GCOL') + 8)],
    ['a global heap object of 1 TB', 'malicious_lambda.h5', (b: Buffer) => b.writeBigUInt64LE(1n << 40n, b.indexOf('GCOL') + 16 + 8)],
    ['an attribute name longer than its message', 'layout_fixed_bytes.h5', (b: Buffer) => b.writeUInt16LE(0xfff0, b.indexOf('model_config\0') - 6)],
    ['a dataspace of 2^60 elements', 'layout_one_element_array.h5', (b: Buffer) => {
      const dataspace = b.indexOf('model_config\0') + 16 + 8; // v1 attribute: name and datatype padded to 8
      b.writeBigUInt64LE(1n << 60n, dataspace + 8);
      b.writeBigUInt64LE(1n << 60n, dataspace + 16);
    }],
  ])('%s', async (_what, name, edit) => {
    const bytes = fixture(name);
    edit(bytes);
    expect(nativeError(bytes).message).toMatch(/malformed|unsupported/);
    const started = performance.now();
    const { result, path } = await scanCounting(() => scanBytes(bytes));
    expect(path).toBe('fallback');
    expectNotClean(result);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 30_000);

  it('an undecodable attribute after model_config: h5py (so Keras) still reads model_config, and so does the scan', async () => {
    // HDF5 lists no attribute at all when one of them cannot be decoded, but h5py opens attributes by
    // name and stops at the first match: Keras loads this model. Here training_config's dataspace
    // version is set to 9; model_config comes before it.
    const bytes = fixture('layout_fixed_bytes.h5');
    const at = bytes.indexOf('training_config\0');
    expect(at).toBeGreaterThan(bytes.indexOf('model_config\0'));
    bytes[at + 16 + 8] = 9;
    expect(nativeError(bytes).message).toMatch(/unsupported.*dataspace message version 9/);
    const { result, path } = await scanCounting(() => scanBytes(bytes));
    expect(path).toBe('fallback');
    expect(byRule(result, 'keras/lambda-layer')[0]).toMatchObject({ severity: 'critical' });
    expect(result.status).toBe('incomplete');
    expect(result.reasons.join(' ')).toMatch(/the training_config attribute could not be read/);
  }, 30_000);
});

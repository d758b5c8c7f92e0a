import { mkdtempSync, openSync, closeSync, writeSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { FormatScanner, ScanContext } from '../../core/scanner.js';
import { errorText } from './error-text.js';
import { findHdf5Signature, sourceContainsAny } from './hdf5-signature.js';
import { CONFIG_ATTRIBUTES, type H5Attributes } from './h5-attributes.js';
import { readH5AttributesNative } from './hdf5-native.js';
import { scanConfigTexts } from './scan-config.js';
import { kerasH5Claim } from './claim.js';

/**
 * Longest wait for the HDF5 library (the fallback) to read a file's root attributes: real models take
 * milliseconds plus h5wasm's ~0.5 s start; the files that make it loop would otherwise hold a scan for
 * a minute each.
 */
const H5_READ_SECONDS = 20;

/**
 * Keras H5 models (`.h5`, `.hdf5`, legacy `.keras`): the config in the root
 * attributes is what Keras deserializes on load, and that is where Lambda
 * bytecode and module references live. Weights are never read.
 */
export const kerasH5Scanner: FormatScanner = {
  ...kerasH5Claim,
  async scan(ctx) {
    if (findHdf5Signature(ctx.source.read(0, 4096), ctx.source) === undefined) {
      ctx.incomplete('the file has an HDF5 name but no HDF5 signature');
      return;
    }
    // The native reader first: a few positioned reads, no HDF5 library, no thread, no temp copy.
    const native = readNatively(ctx.source);
    if (native.attributes) {
      h5ReadStats.native++;
      await scanAttributes(ctx, native.attributes);
      return;
    }
    // Anything it does not cover, or cannot make sense of: HDF5 itself decides (it may still read
    // the file, or it reports it), so the file is never taken as clean because the native reader gave up.
    h5ReadStats.fallback++;
    h5ReadStats.lastFallbackReason = native.reason;
    if (ctx.absolutePath !== undefined) {
      await scanH5File(ctx, ctx.absolutePath);
      return;
    }
    await scanEmbeddedH5(ctx);
  },
};

/** Which reader read the root attributes of the H5 files scanned in this process (tests, diagnostics). */
export const h5ReadStats: { native: number; fallback: number; lastFallbackReason?: string } = { native: 0, fallback: 0 };

function readNatively(source: ScanContext['source']): { attributes: H5Attributes; reason?: undefined } | { attributes?: undefined; reason: string } {
  try {
    return { attributes: readH5AttributesNative(source) };
  } catch (error) {
    // Hdf5NativeError (unsupported or malformed) as designed; anything else (a read error) falls back too.
    return { reason: errorText(error) };
  }
}

/**
 * An H5 inside an archive that the native reader could not read. Keras 3
 * `.keras` zips carry `model.weights.h5`, which holds weights only (Keras reads
 * the model from config.json): when the bytes do not even contain the config
 * attribute names there is nothing Keras would deserialize. Otherwise the member
 * is copied to a private temp file (h5wasm opens files by path), bounded by the
 * member size limit.
 */
async function scanEmbeddedH5(ctx: ScanContext): Promise<void> {
  if (!sourceContainsAny(ctx.source, CONFIG_ATTRIBUTES)) return;
  if (ctx.source.size > ctx.limits.maxMemberBytes) {
    ctx.incomplete(`the embedded H5 model is larger than the ${ctx.limits.maxMemberBytes}-byte member limit`);
    return;
  }
  let dir: string | undefined;
  try {
    const { tmpdir } = await import('node:os');
    dir = mkdtempSync(join(tmpdir(), 'modelscan-h5-'));
    const path = join(dir, 'member.h5');
    copyToFile(ctx, path);
    await scanH5File(ctx, path);
  } catch (error) {
    ctx.incomplete(`the embedded H5 model could not be extracted: ${errorText(error)}`);
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

function copyToFile(ctx: ScanContext, path: string): void {
  const fd = openSync(path, 'wx', 0o600);
  try {
    const chunk = 8 * 1024 * 1024;
    for (let offset = 0; offset < ctx.source.size; offset += chunk) {
      const bytes = ctx.source.read(offset, chunk);
      writeSync(fd, bytes);
    }
  } finally {
    closeSync(fd);
  }
}

async function scanH5File(ctx: ScanContext, path: string): Promise<void> {
  let attributes: H5Attributes;
  try {
    // HDF5 runs in its own thread with a deadline: a malformed file can make it loop forever.
    // The fallback (and its thread, node:worker_threads) loads only when the native reader gives up.
    const { readH5AttributesIsolated } = await import('./h5-isolated.js');
    attributes = await readH5AttributesIsolated(path, Math.min(ctx.limits.maxFileSeconds, H5_READ_SECONDS) * 1000);
  } catch (error) {
    ctx.incomplete(`the HDF5 file could not be read: ${errorText(error)}`);
    return;
  }
  await scanAttributes(ctx, attributes);
}

async function scanAttributes(ctx: ScanContext, attributes: H5Attributes): Promise<void> {
  for (const [name, error] of attributes.unreadable ?? []) ctx.incomplete(`the ${name} attribute could not be read: ${error}`);
  for (const name of attributes.notStrings) ctx.incomplete(`the ${name} attribute is not a string`);
  const texts = attributes.texts.map(([name, text]) => ({ text, where: `${name} attribute` }));
  await scanConfigTexts(ctx, texts, attributes.kerasVersion);
}

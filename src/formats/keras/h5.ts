import { mkdtempSync, openSync, closeSync, writeSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FormatScanner, ScanContext } from '../../core/scanner.js';
import { errorText } from './error-text.js';
import { findHdf5Signature, sourceContainsAny } from './hdf5-signature.js';
import { loadH5wasm, type H5wasm } from './h5wasm-loader.js';
import { scanConfigTexts } from './scan-config.js';
import { kerasH5Claim } from './claim.js';

/** Root attributes Keras reads from a legacy H5 model (legacy_h5_format.load_model_from_hdf5). */
const CONFIG_ATTRIBUTES = ['model_config', 'training_config'] as const;

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
    if (ctx.absolutePath !== undefined) {
      await scanH5File(ctx, ctx.absolutePath);
      return;
    }
    await scanEmbeddedH5(ctx);
  },
};

/**
 * An H5 inside an archive. Keras 3 `.keras` zips carry `model.weights.h5`,
 * which holds weights only (Keras reads the model from config.json): when
 * the bytes do not even contain the config attribute names there is nothing
 * Keras would deserialize. Otherwise the member is copied to a private temp
 * file (h5wasm opens files by path), bounded by the member size limit.
 */
async function scanEmbeddedH5(ctx: ScanContext): Promise<void> {
  if (!sourceContainsAny(ctx.source, CONFIG_ATTRIBUTES)) return;
  if (ctx.source.size > ctx.limits.maxMemberBytes) {
    ctx.incomplete(`the embedded H5 model is larger than the ${ctx.limits.maxMemberBytes}-byte member limit`);
    return;
  }
  let dir: string | undefined;
  try {
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
  let h5wasm: H5wasm;
  try {
    h5wasm = await loadH5wasm();
  } catch (error) {
    ctx.incomplete(`the HDF5 library could not start: ${errorText(error)}`);
    return;
  }
  let file: InstanceType<H5wasm['File']> | undefined;
  let texts: Map<string, string>;
  let kerasVersion: string | undefined;
  try {
    file = new h5wasm.File(path, 'r');
    const attrs = file.attrs;
    texts = new Map();
    for (const name of CONFIG_ATTRIBUTES) {
      if (!(name in attrs)) continue;
      const text = attributeText(attrs[name]!.value);
      if (text === undefined) {
        ctx.incomplete(`the ${name} attribute is not a string`);
        continue;
      }
      texts.set(name, text);
    }
    kerasVersion = 'keras_version' in attrs ? attributeText(attrs.keras_version!.value) : undefined;
  } catch (error) {
    ctx.incomplete(`the HDF5 file could not be read: ${errorText(error)}`);
    return;
  } finally {
    try {
      file?.close();
    } catch {
      // Closing a file that failed to open: nothing left to release.
    }
  }
  await scanConfigTexts(ctx, [...texts].map(([name, text]) => ({ text, where: `${name} attribute` })), kerasVersion);
}

/** h5wasm returns fixed and variable-length strings as JS strings; bytes arrays are decoded the way h5py's `.decode('utf-8')` would. */
function attributeText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  if (Array.isArray(value) && value.length === 1) return attributeText(value[0]);
  return undefined;
}

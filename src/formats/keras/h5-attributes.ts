import { errorText } from './error-text.js';
import { loadH5wasm, type H5wasm } from './h5wasm-loader.js';

/** Root attributes Keras reads from a legacy H5 model (legacy_h5_format.load_model_from_hdf5). */
export const CONFIG_ATTRIBUTES = ['model_config', 'training_config'] as const;

/** What a Keras H5 file says at its root; the weights are never read. */
export interface H5Attributes {
  /** Config attributes present as strings: [attribute name, JSON text]. */
  texts: [string, string][];
  /** Config attributes present but not strings. */
  notStrings: string[];
  /**
   * Config attributes HDF5 failed to read: [attribute name, HDF5's error]. Set by the h5wasm path
   * only (the native reader falls back rather than report this).
   */
  unreadable?: [string, string][];
  kerasVersion?: string;
}

/** Reads the config attributes with h5wasm. Throws when the HDF5 library rejects the file. */
export async function readH5Attributes(path: string): Promise<H5Attributes> {
  const h5wasm = await loadH5wasm();
  let file: InstanceType<H5wasm['File']> | undefined;
  try {
    file = new h5wasm.File(path, 'r');
    const result: H5Attributes = { texts: [], notStrings: [] };
    for (const name of CONFIG_ATTRIBUTES) {
      let value: unknown;
      try {
        value = attributeByName(file, name);
      } catch (error) {
        (result.unreadable ??= []).push([name, errorText(error)]);
        continue;
      }
      if (value === ABSENT) continue;
      const text = attributeText(value);
      if (text === undefined) result.notStrings.push(name);
      else result.texts.push([name, text]);
    }
    let version: unknown;
    try {
      version = attributeByName(file, 'keras_version');
    } catch {
      // Informational only (Keras itself reads it with attrs.get, which gives None on an error).
    }
    const versionText = version === ABSENT ? undefined : attributeText(version);
    if (versionText !== undefined) result.kerasVersion = versionText;
    return result;
  } finally {
    try {
      file?.close();
    } catch {
      // Closing a file that failed to open: nothing left to release.
    }
  }
}

const ABSENT = Symbol('absent');

/**
 * One root attribute, looked up by name the way h5py does (H5Aexists_by_name, H5Aopen_by_name):
 * not through h5wasm's attribute listing, which comes back empty, without an error, as soon as
 * HDF5 cannot decode any one attribute of the group, even one that h5py and Keras never read.
 * Throws HDF5's error when the attribute cannot be read.
 */
function attributeByName(file: InstanceType<H5wasm['File']>, name: string): unknown {
  try {
    return file.get_attribute(name, false);
  } catch (error) {
    if (errorText(error) === 'error - name not defined!') return ABSENT;
    throw error;
  }
}

/** h5wasm returns fixed and variable-length strings as JS strings; bytes arrays are decoded the way h5py's `.decode('utf-8')` would. */
function attributeText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  if (Array.isArray(value) && value.length === 1) return attributeText(value[0]);
  return undefined;
}

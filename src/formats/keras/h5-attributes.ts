import { loadH5wasm, type H5wasm } from './h5wasm-loader.js';

/** Root attributes Keras reads from a legacy H5 model (legacy_h5_format.load_model_from_hdf5). */
export const CONFIG_ATTRIBUTES = ['model_config', 'training_config'] as const;

/** What a Keras H5 file says at its root; the weights are never read. */
export interface H5Attributes {
  /** Config attributes present as strings: [attribute name, JSON text]. */
  texts: [string, string][];
  /** Config attributes present but not strings. */
  notStrings: string[];
  kerasVersion?: string;
}

/** Reads the config attributes with h5wasm. Throws when the HDF5 library rejects the file. */
export async function readH5Attributes(path: string): Promise<H5Attributes> {
  const h5wasm = await loadH5wasm();
  let file: InstanceType<H5wasm['File']> | undefined;
  try {
    file = new h5wasm.File(path, 'r');
    const attrs = file.attrs;
    const result: H5Attributes = { texts: [], notStrings: [] };
    for (const name of CONFIG_ATTRIBUTES) {
      if (!(name in attrs)) continue;
      const text = attributeText(attrs[name]!.value);
      if (text === undefined) result.notStrings.push(name);
      else result.texts.push([name, text]);
    }
    const version = 'keras_version' in attrs ? attributeText(attrs.keras_version!.value) : undefined;
    if (version !== undefined) result.kerasVersion = version;
    return result;
  } finally {
    try {
      file?.close();
    } catch {
      // Closing a file that failed to open: nothing left to release.
    }
  }
}

/** h5wasm returns fixed and variable-length strings as JS strings; bytes arrays are decoded the way h5py's `.decode('utf-8')` would. */
function attributeText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  if (Array.isArray(value) && value.length === 1) return attributeText(value[0]);
  return undefined;
}

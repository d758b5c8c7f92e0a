import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BufferSource, FileSource } from '../../src/core/source.js';
import { readH5Attributes, type H5Attributes } from '../../src/formats/keras/h5-attributes.js';
import { Hdf5NativeError, readH5AttributesNative } from '../../src/formats/keras/hdf5-native.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
/** Inputs that make h5wasm loop forever: never handed to it here (the native reader must refuse them). */
const HANGS_H5WASM = join(FIXTURES, 'regressions', 'open');

function h5Files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return h5Files(full);
    return entry.isFile() && entry.name.endsWith('.h5') ? [full] : [];
  });
}

/** What the native reader must leave to HDF5, and why. */
const FALLBACK: Record<string, RegExp> = {
  'keras/layout_dense_attributes.h5': /unsupported.*dense attribute storage/,
  'keras/layout_large_attribute_latest.h5': /unsupported.*dense attribute storage/,
  'keras/layout_committed_datatype.h5': /unsupported.*shared \(committed\) datatype/,
  'keras/layout_sohm_attributes.h5': /unsupported.*superblock extension/,
  // Corrupt global heap collections (fuzzer finds): h5wasm aborts or loops on them.
  'regressions/h5-vlen-string-abort.h5': /malformed/,
  'regressions/open/h5wasm-vlen-attribute-hang.h5': /malformed/,
  'regressions/open/h5wasm-vlen-attribute-hang-2.h5': /malformed/,
};

function native(path: string): { attributes?: H5Attributes; error?: Hdf5NativeError } {
  const source = new FileSource(path);
  try {
    return { attributes: readH5AttributesNative(source) };
  } catch (error) {
    if (error instanceof Hdf5NativeError) return { error };
    throw error;
  } finally {
    source.close();
  }
}

describe('native H5 root attribute reader: the same answer as h5wasm, or a fallback', () => {
  const files = h5Files(FIXTURES).sort();

  it('covers every H5 fixture', () => {
    expect(files.length).toBeGreaterThanOrEqual(29);
    for (const name of Object.keys(FALLBACK)) expect(files).toContain(join(FIXTURES, name));
  });

  for (const file of files) {
    const name = relative(FIXTURES, file);
    const expected = FALLBACK[name];
    it(`${name}: ${expected ? 'falls back' : 'native, deep-equal to h5wasm'}`, async () => {
      const result = native(file);
      if (expected) {
        expect(result.attributes).toBeUndefined();
        expect(result.error?.message).toMatch(expected);
        return;
      }
      expect(result.error?.message).toBeUndefined();
      expect(file.startsWith(HANGS_H5WASM)).toBe(false);
      const reference = await readH5Attributes(file);
      expect(result.attributes).toStrictEqual(reference);
    });
  }

  it('reads what the layouts hold (not only what h5wasm says)', () => {
    const read = (name: string): H5Attributes => native(join(FIXTURES, 'keras', name)).attributes!;
    for (const name of ['layout_latest_sb3.h5', 'layout_v108_userblock_sb2.h5', 'layout_sb1_istore_k.h5', 'layout_track_order_latest.h5', 'layout_v1_continuation.h5', 'layout_one_element_array.h5', 'layout_fixed_bytes.h5']) {
      const attributes = read(name);
      expect(attributes.texts.map(([n]) => n), name).toEqual(['model_config', 'training_config']);
      expect(attributes.texts[0]![1], name).toContain('"class_name": "Lambda"');
      expect(attributes.kerasVersion, name).toBe('2.13.1');
    }
    expect(read('layout_vlen_config.h5').texts[0]![1]).toContain('"name": "λ_layer"');
    expect(read('layout_fixed_utf8_spacepad.h5').texts[0]![1]).toMatch(/"séquentiel".* {16}$/s);
    expect(read('layout_fixed_utf8_spacepad.h5').kerasVersion).toBe('2.13.1');
    expect(read('layout_vlen_ascii.h5').kerasVersion).toBe('2.13.1');
    expect(read('layout_config_not_string.h5')).toStrictEqual({ texts: [], notStrings: ['model_config', 'training_config'] });
    expect(read('benign_weights_only.h5')).toStrictEqual({ texts: [], notStrings: [] });
  });

  it('reads an H5 held in memory (an archive member) the same as the file', () => {
    const path = join(FIXTURES, 'keras', 'malicious_lambda_userblock.h5');
    expect(readH5AttributesNative(new BufferSource(readFileSync(path)))).toStrictEqual(native(path).attributes);
  });
});

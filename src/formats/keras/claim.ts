import type { FormatScanner, Probe } from '../../core/scanner.js';
import { findHdf5Signature } from './hdf5-signature.js';

/** What routing needs of the Keras H5 scanner (h5.ts adds the scan, loaded on first use). */
export const kerasH5Claim = {
  id: 'keras-h5',
  name: 'Keras HDF5',
  extensions: ['.h5', '.hdf5', '.keras'],
  claim(probe) {
    if (findHdf5Signature(probe.head, probe.source) !== undefined) return 'magic';
    return ['.h5', '.hdf5'].includes(probe.extension) ? 'hint' : false;
  },
} satisfies Omit<FormatScanner, 'scan'>;

// Recognised by content, never by name: a `.keras` zip's config.json is routed
// here by the zip scanner, and so is a renamed copy anywhere else.
const OBJECT_START = /^\uFEFF?\s*\{/;
const KERAS_CONFIG_KEYS = /"class_name"\s*:/;
const KERAS_CONFIG_BODY = /"(config|module)"\s*:/;
const KERAS_METADATA_KEYS = /"keras_version"\s*:/;

/** True when the head of the bytes looks like a Keras config (`to_json()`, v3 config.json) or v3 metadata.json. */
export function looksLikeKerasJson(probe: Probe): boolean {
  // Decide on the first byte before decoding the head: every file in a run passes here.
  if (firstNonSpace(probe.head) !== 0x7b) return false;
  const text = Buffer.from(probe.head.buffer, probe.head.byteOffset, probe.head.length).toString('utf8');
  if (!OBJECT_START.test(text)) return false;
  return (KERAS_CONFIG_KEYS.test(text) && KERAS_CONFIG_BODY.test(text)) || KERAS_METADATA_KEYS.test(text);
}

/** The first byte after a UTF-8 byte order mark and JSON whitespace, or -1. */
function firstNonSpace(b: Uint8Array): number {
  let i = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  while (i < b.length && (b[i] === 0x20 || b[i] === 0x0a || b[i] === 0x0d || b[i] === 0x09)) i++;
  return i < b.length ? b[i]! : -1;
}

/** What routing needs of the Keras config JSON scanner (config-json.ts adds the scan, loaded on first use). */
export const kerasConfigJsonClaim = {
  id: 'keras-config',
  name: 'Keras config JSON',
  extensions: [],
  claim: (probe: Probe) => (looksLikeKerasJson(probe) ? 'magic' : false),
} satisfies Omit<FormatScanner, 'scan'>;

import type { FormatScanner, Probe } from '../../core/scanner.js';
import { MAX_CONFIG_TEXT, scanConfigText } from './scan-config.js';

// Recognised by content, never by name: a `.keras` zip's config.json is routed
// here by the zip scanner, and so is a renamed copy anywhere else.
const OBJECT_START = /^\uFEFF?\s*\{/;
const KERAS_CONFIG_KEYS = /"class_name"\s*:/;
const KERAS_CONFIG_BODY = /"(config|module)"\s*:/;
const KERAS_METADATA_KEYS = /"keras_version"\s*:/;

/** True when the head of the bytes looks like a Keras config (`to_json()`, v3 config.json) or v3 metadata.json. */
export function looksLikeKerasJson(probe: Probe): boolean {
  const text = Buffer.from(probe.head.buffer, probe.head.byteOffset, probe.head.length).toString('utf8');
  if (!OBJECT_START.test(text)) return false;
  return (KERAS_CONFIG_KEYS.test(text) && KERAS_CONFIG_BODY.test(text)) || KERAS_METADATA_KEYS.test(text);
}

/**
 * Keras model configs as JSON: `config.json` and `metadata.json` of a v3
 * `.keras` zip, or `model.to_json()` output. The same walker as for H5 configs.
 */
export const kerasConfigJsonScanner: FormatScanner = {
  id: 'keras-config',
  name: 'Keras config JSON',
  extensions: [],
  claim: (probe) => (looksLikeKerasJson(probe) ? 'magic' : false),
  async scan(ctx) {
    if (ctx.source.size > Math.min(MAX_CONFIG_TEXT, ctx.limits.maxJsonBytes)) {
      ctx.incomplete(`the config is ${ctx.source.size} bytes, more than the limit of ${Math.min(MAX_CONFIG_TEXT, ctx.limits.maxJsonBytes)} bytes (limit maxJsonBytes)`);
      return;
    }
    const bytes = ctx.source.read(0, ctx.source.size);
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8').replace(/^\uFEFF/, '');
    const where = (ctx.member ?? ctx.file).split('/').pop() ?? 'config';
    await scanConfigText(ctx, text, where);
  },
};

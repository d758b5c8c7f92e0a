import type { FormatScanner } from '../../core/scanner.js';
import { MAX_CONFIG_TEXT, scanConfigText } from './scan-config.js';
import { kerasConfigJsonClaim } from './claim.js';

export { looksLikeKerasJson } from './claim.js';

/**
 * Keras model configs as JSON: `config.json` and `metadata.json` of a v3
 * `.keras` zip, or `model.to_json()` output. The same walker as for H5 configs.
 */
export const kerasConfigJsonScanner: FormatScanner = {
  ...kerasConfigJsonClaim,
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

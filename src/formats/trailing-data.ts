import type { ScanContext } from '../core/scanner.js';
import { SliceSource } from '../core/source.js';

/**
 * Bytes after the last tensor of a self-describing format (safetensors, GGUF) that no loader reads:
 * routed as a file of their own, since a recognisable file there is a deliberate polyglot (a pickle
 * or zip appended to weights); unrecognised bytes may be junk or padding, so they rate lower.
 */
export async function reportTrailingBytes(ctx: ScanContext, start: number, ruleId: string, loaders: 'no loader reads' | 'no GGUF loader reads'): Promise<void> {
  const length = ctx.source.size - start;
  if (length <= 0) return;
  const nestedFormat = await ctx.scanNested(new SliceSource(ctx.source, start, length), 'trailing-data');
  ctx.report({
    ruleId,
    severity: nestedFormat ? 'high' : 'medium',
    message:
      `${length} bytes follow the last tensor` +
      (nestedFormat ? ` and form a ${nestedFormat} file of their own` : '') +
      `; ${loaders} them, so they can carry a second file (a pickle or zip polyglot).`,
    offset: start,
    properties: { trailingBytes: length, ...(nestedFormat ? { trailingFormat: nestedFormat } : {}) },
  });
}

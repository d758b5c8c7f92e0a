import { BufferSource } from '../../core/source.js';
import type { ScanContext } from '../../core/scanner.js';
import { errorText } from './error-text.js';
import { KerasConfigWalker } from './config-walker.js';
import { parsePythonJson } from './python-json.js';

/** Largest config JSON we parse (Keras configs are KB to a few MB; this is far above). */
export const MAX_CONFIG_TEXT = 256 * 1024 * 1024;

/**
 * Parses one Keras config JSON text and walks all of it. Anything that cannot
 * be parsed is reported as not fully scanned, never as clean.
 */
export async function scanConfigText(ctx: ScanContext, text: string, where: string, kerasVersion?: string): Promise<void> {
  if (text.length > MAX_CONFIG_TEXT) {
    ctx.incomplete(`the ${where} is larger than ${MAX_CONFIG_TEXT} characters`);
    return;
  }
  let config: unknown;
  try {
    config = parsePythonJson(text);
  } catch (error) {
    ctx.incomplete(`the ${where} is not valid JSON (${errorText(error)})`);
    return;
  }
  await walkConfig(ctx, config, where, kerasVersion);
}

/** Walks an already parsed config and scans the payloads it embeds. */
export async function walkConfig(ctx: ScanContext, config: unknown, where: string, kerasVersion?: string): Promise<void> {
  const walker = new KerasConfigWalker({
    where,
    ...(kerasVersion !== undefined ? { kerasVersion } : {}),
    report: (finding) => ctx.report(finding),
  });
  const result = walker.walk(config);
  if (result.truncated) ctx.incomplete(`the ${where} has more than ${result.nodes - 1} nodes`);
  for (const payload of result.payloads) {
    const taken = await ctx.scanNested(new BufferSource(payload.bytes), payload.name);
    if (taken === undefined) ctx.incomplete(`the embedded payload "${payload.name}" is in no format the scanner knows`);
  }
}

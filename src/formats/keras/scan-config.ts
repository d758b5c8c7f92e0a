import { BufferSource } from '../../core/source.js';
import type { ScanContext } from '../../core/scanner.js';
import { errorText } from './error-text.js';
import { KerasConfigWalker } from './config-walker.js';
import { parsePythonJson } from './python-json.js';
import { jsonLimitProblem } from '../../core/json-limits.js';

/** Largest config JSON we parse (Keras configs are KB to a few MB; this is far above). */
export const MAX_CONFIG_TEXT = 256 * 1024 * 1024;

export interface ConfigText {
  text: string;
  /** Names the config in messages: "model_config attribute", "config.json". */
  where: string;
}

/**
 * Parses Keras config JSON texts of one file and walks all of them with one
 * walker (the same Lambda seen twice is reported once). Anything that cannot
 * be parsed is reported as not fully scanned, never as clean.
 */
export async function scanConfigTexts(ctx: ScanContext, texts: readonly ConfigText[], kerasVersion?: string): Promise<void> {
  const walker = new KerasConfigWalker({
    where: texts[0]?.where ?? 'config',
    ...(kerasVersion !== undefined ? { kerasVersion } : {}),
    report: (finding) => ctx.report(finding),
  });
  for (const { text, where } of texts) {
    if (text.length > MAX_CONFIG_TEXT) {
      ctx.incomplete(`the ${where} is larger than ${MAX_CONFIG_TEXT} characters`);
      continue;
    }
    const tooBig = jsonLimitProblem(text, ctx.limits, `the ${where}`);
    if (tooBig) {
      ctx.incomplete(tooBig);
      continue;
    }
    let config: unknown;
    try {
      config = parsePythonJson(text);
    } catch (error) {
      ctx.incomplete(`the ${where} is not valid JSON (${errorText(error)})`);
      continue;
    }
    const result = walker.walk(config, where);
    if (result.truncated) ctx.incomplete(`the ${where} has more than ${result.nodes - 1} nodes`);
    for (const payload of [...result.payloads]) {
      const taken = await ctx.scanNested(new BufferSource(payload.bytes), payload.name);
      if (taken === undefined) ctx.incomplete(`the embedded payload "${payload.name}" is in no format the scanner knows`);
    }
  }
}

/** One config text: see scanConfigTexts. */
export async function scanConfigText(ctx: ScanContext, text: string, where: string, kerasVersion?: string): Promise<void> {
  await scanConfigTexts(ctx, [{ text, where }], kerasVersion);
}

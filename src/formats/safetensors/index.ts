import type { FormatScanner, ScanContext } from '../../core/scanner.js';
import { SliceSource } from '../../core/source.js';
import { reportTrailingBytes } from '../trailing-data.js';
import { type TensorSpan, checkHeader } from './header.js';
import { jsonLimitProblem } from '../../core/json-limits.js';
import { duplicateKeys } from './duplicate-keys.js';

import { MAX_HEADER_BYTES, headerLength, safetensorsClaim } from './claim.js';

export { MAX_HEADER_BYTES };

/**
 * safetensors: an 8-byte little-endian header length, a JSON header, then raw
 * tensor bytes. Data-only by design; the risks are a lying header (loader
 * bugs, DoS) and bytes outside every tensor (a polyglot hiding a pickle or zip).
 * Routed before zip: a safetensors file owns bytes appended to it, so a
 * polyglot is reported as one and its tail scanned as a nested file.
 */
export const safetensorsScanner: FormatScanner = { ...safetensorsClaim, scan: scanSafetensors };

async function scanSafetensors(ctx: ScanContext): Promise<void> {
  const { source } = ctx;
  const length = headerLength(source.read(0, 8));
  if (length > BigInt(MAX_HEADER_BYTES) || length > BigInt(Math.max(0, source.size - 8))) {
    malformed(ctx, `the header claims ${length} bytes; the file has ${Math.max(0, source.size - 8)} after the length and loaders accept at most ${MAX_HEADER_BYTES}`, 0);
    ctx.incomplete('the safetensors header length is invalid', 0);
    return;
  }
  const headerBytes = Number(length);
  if (headerBytes > ctx.limits.maxJsonBytes) {
    ctx.incomplete(`the safetensors header is ${headerBytes} bytes, more than the limit of ${ctx.limits.maxJsonBytes} bytes (limit maxJsonBytes)`, 8);
    return;
  }
  let header: unknown;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(source.read(8, headerBytes));
    const tooDeep = jsonLimitProblem(text, ctx.limits, 'the safetensors header', headerBytes);
    if (tooDeep) {
      ctx.incomplete(tooDeep, 8);
      return;
    }
    header = JSON.parse(text);
  } catch (error) {
    malformed(ctx, `the header is not valid UTF-8 JSON (${error instanceof Error ? error.message : String(error)})`, 8);
    ctx.incomplete('the safetensors header could not be parsed', 8);
    return;
  }
  for (const dup of duplicateKeys(text)) {
    // Parsers disagree on which of two entries counts (last: JSON.parse, Python, serde maps; first or an error: others).
    ctx.report({
      ruleId: 'safetensors/malformed',
      severity: 'high',
      message:
        `Invalid safetensors header: the key "${dup.key.slice(0, 100)}" appears twice in ${dup.path === '$' ? 'the header' : `"${dup.path.slice(2, 102)}"`}; ` +
        'parsers that keep the first entry and parsers that keep the last read different tensors from the same file (a parser differential).',
      offset: 8,
      properties: { duplicateKey: dup.key.slice(0, 200), object: dup.path.slice(0, 200), technique: 'duplicate-json-key' },
    });
  }
  const dataStart = 8 + headerBytes;
  const { problems, spans } = checkHeader(header, source.size - dataStart);
  for (const problem of problems) malformed(ctx, problem, 8);
  await routeUnclaimedBytes(ctx, spans, dataStart);
}

/** Bytes no tensor claims are never read by a loader, so they are the place to hide a payload: scan them. */
async function routeUnclaimedBytes(ctx: ScanContext, spans: readonly TensorSpan[], dataStart: number): Promise<void> {
  let covered = 0;
  for (const span of spans) {
    if (span.begin > covered) {
      // Holes are already reported as malformed; still look at what is in them.
      await ctx.scanNested(new SliceSource(ctx.source, dataStart + covered, span.begin - covered), `hole@${dataStart + covered}`);
    }
    covered = Math.max(covered, span.end);
  }
  const trailingStart = dataStart + covered;
  await reportTrailingBytes(ctx, trailingStart, 'safetensors/trailing-data', 'no loader reads');
}

function malformed(ctx: ScanContext, problem: string, offset: number): void {
  ctx.report({ ruleId: 'safetensors/malformed', message: `Invalid safetensors header: ${problem}.`, offset });
}


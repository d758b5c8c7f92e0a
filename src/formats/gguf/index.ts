import type { FormatScanner, ScanContext } from '../../core/scanner.js';
import { reportTrailingBytes } from '../trailing-data.js';
import { ggufClaim } from './claim.js';
import { reportChatTemplate } from '../jinja/template.js';
import { GgufCursor, GgufMalformed } from './cursor.js';
import { readMetadata } from './metadata.js';
import { readTensorInfos } from './tensors.js';

/**
 * GGUF (llama.cpp): header, metadata key/values, tensor descriptors. Every
 * count and length is checked against the bytes left in the file before it
 * is used; the only code-bearing field is the Jinja chat template.
 */
export const ggufScanner: FormatScanner = {
  ...ggufClaim,
  scan: scanGguf,
};

async function scanGguf(ctx: ScanContext): Promise<void> {
  const cursor = new GgufCursor(ctx.source);
  try {
    cursor.skip(4, 'the magic number');
    const version = cursor.u32();
    if (version !== 1 && version !== 2 && version !== 3) {
      const endian = version > 0xffff ? ' (a big-endian file?)' : '';
      ctx.incomplete(`GGUF version ${version}${endian} is not supported`, 4);
      return;
    }
    // Version 1 used 32-bit counts and lengths; 2 and later use 64-bit.
    const wide = version >= 2;
    const tensorCount = wide ? cursor.u64() : BigInt(cursor.u32());
    const kvCount = wide ? cursor.u64() : BigInt(cursor.u32());
    const metadata = readMetadata(cursor, kvCount, wide);
    for (const template of metadata.chatTemplates) reportChatTemplate(ctx, template.text, `"${template.key}"`, template.offset);
    for (const key of metadata.oversizedTemplates) ctx.incomplete(`the chat template "${key}" is too large to analyse`);
    const { unknownTypes, dataEnd } = readTensorInfos(cursor, tensorCount, wide, metadata.alignment, (problem, offset) => malformed(ctx, problem, offset));
    if (unknownTypes.length > 0) ctx.incomplete(`tensor types ${unknownTypes.join(', ')} are unknown to the scanner, so those tensors' sizes were not checked`);
    if (dataEnd !== undefined && dataEnd < BigInt(ctx.source.size)) await routeTrailingBytes(ctx, Number(dataEnd));
  } catch (error) {
    if (!(error instanceof GgufMalformed)) throw error;
    malformed(ctx, error.message, error.offset);
    ctx.incomplete('the GGUF header does not fit the file, so the rest was not read', error.offset);
  }
}

/**
 * Bytes after the last tensor (and its alignment padding) are read by no GGUF
 * loader: the place for a polyglot (a zip or pickle appended to a model that
 * a tool sniffing from the end, or a renamed copy, would load). Scanned as a
 * file of their own, like safetensors trailing bytes.
 */
async function routeTrailingBytes(ctx: ScanContext, start: number): Promise<void> {
  await reportTrailingBytes(ctx, start, 'gguf/trailing-data', 'no GGUF loader reads');
}

function malformed(ctx: ScanContext, problem: string, offset: number): void {
  ctx.report({ ruleId: 'gguf/malformed', message: `Malformed GGUF: ${problem}.`, offset });
}

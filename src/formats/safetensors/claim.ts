import type { FormatScanner, Probe } from '../../core/scanner.js';

/** The reference loader refuses headers above this (safetensors `MAX_HEADER_SIZE`). */
export const MAX_HEADER_BYTES = 100_000_000;
const OPEN_BRACE = 0x7b;

/** The little-endian u64 header length, or -1 when the head is shorter than 8 bytes. */
export function headerLength(head: Uint8Array): bigint {
  return head.length < 8 ? -1n : new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true);
}

function claimSafetensors(probe: Probe): 'magic' | 'hint' | false {
  if (probe.head.length < 9 || probe.head[8] !== OPEN_BRACE) return false;
  const length = headerLength(probe.head);
  if (length >= 2n && length <= BigInt(Math.min(MAX_HEADER_BYTES, probe.size - 8))) return 'magic';
  // A lying length on a file that calls itself safetensors: ours to report.
  return probe.extension === '.safetensors' ? 'hint' : false;
}

/** What routing needs of the safetensors scanner (index.ts adds the scan, loaded on first use). */
export const safetensorsClaim = {
  id: 'safetensors',
  name: 'safetensors',
  extensions: ['.safetensors'],
  claim: claimSafetensors,
} satisfies Omit<FormatScanner, 'scan'>;

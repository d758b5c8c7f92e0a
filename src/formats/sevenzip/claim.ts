import type { FormatScanner, Probe } from '../../core/scanner.js';

/** 7z signature: `7z\xBC\xAF\x27\x1C`. */
const SIGNATURE = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];

/** What routing needs of the 7z scanner (index.ts adds the scan, loaded on first use). */
export const sevenZipClaim = {
  id: '7z',
  name: '7z archive',
  extensions: ['.7z'],
  claim: (probe: Probe) => (probe.head.length >= 6 && SIGNATURE.every((b, i) => probe.head[i] === b) ? 'magic' : false),
} satisfies Omit<FormatScanner, 'scan'>;

import type { FormatScanner, Probe } from '../../core/scanner.js';

const MAGIC = [0x47, 0x47, 0x55, 0x46]; // "GGUF"

/** What routing needs of the GGUF scanner (index.ts adds the scan, loaded on first use). */
export const ggufClaim = {
  id: 'gguf',
  name: 'GGUF',
  extensions: ['.gguf'],
  claim: (probe: Probe) => (MAGIC.every((b, i) => probe.head[i] === b) ? 'magic' : false),
} satisfies Omit<FormatScanner, 'scan'>;

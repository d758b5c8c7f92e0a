import type { FormatScanner, Probe } from '../../core/scanner.js';

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

export function isNpy(head: Uint8Array): boolean {
  return head.length >= 8 && MAGIC.every((b, i) => head[i] === b);
}

/** What routing needs of the NumPy scanner (index.ts adds the scan, loaded on first use). */
export const numpyClaim = {
  id: 'numpy',
  name: 'NumPy .npy array',
  extensions: ['.npy'],
  claim: (probe: Probe) => (isNpy(probe.head) ? 'magic' : false),
} satisfies Omit<FormatScanner, 'scan'>;

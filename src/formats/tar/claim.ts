import type { FormatScanner, Probe } from '../../core/scanner.js';
import { looksLikeTar } from './header.js';

/** What routing needs of the tar scanner (index.ts adds the scan, loaded on first use). */
export const tarClaim = {
  id: 'tar',
  name: 'Tar archive',
  extensions: ['.tar', '.nemo'],
  claim: (probe: Probe) => (looksLikeTar(probe.head) ? 'magic' : false),
} satisfies Omit<FormatScanner, 'scan'>;

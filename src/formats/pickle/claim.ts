import type { FormatScanner } from '../../core/scanner.js';
import { PICKLE_EXTENSIONS, claimPickle } from './sniff.js';

/** What routing needs of the pickle scanner (index.ts adds the scan, loaded on first use). */
export const pickleClaim = {
  id: 'pickle',
  name: 'Python pickle',
  extensions: PICKLE_EXTENSIONS,
  claim: claimPickle,
} satisfies Omit<FormatScanner, 'scan'>;

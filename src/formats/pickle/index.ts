import type { FormatScanner } from '../../core/scanner.js';

// Placeholder: the pickle engine lands here.
export const pickleScanner: FormatScanner = {
  id: 'pickle',
  name: 'Python pickle',
  extensions: ['.pkl', '.pickle'],
  claim: () => false,
  scan: () => {},
};

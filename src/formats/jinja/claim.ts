import type { FormatScanner } from '../../core/scanner.js';

/** What routing needs of the chat-template scanner (index.ts adds the scan, loaded on first use). */
export const chatTemplateClaim = {
  id: 'chat-template',
  name: 'Jinja chat template',
  extensions: ['.jinja'],
  claim: (probe) => (probe.extension === '.jinja' ? 'hint' : false),
} satisfies Omit<FormatScanner, 'scan'>;

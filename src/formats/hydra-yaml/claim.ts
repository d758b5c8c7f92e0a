import type { FormatScanner, Probe } from '../../core/scanner.js';

/**
 * What routing needs of the YAML config scanner (index.ts adds the scan, loaded on first use).
 * By name only: the scan returns at once, with no finding, for YAML without Hydra keys or python tags.
 */
export const yamlConfigClaim = {
  id: 'yaml-config',
  name: 'Hydra / NeMo YAML config',
  extensions: ['.yaml', '.yml'],
  claim: (probe: Probe) => (probe.extension === '.yaml' || probe.extension === '.yml' ? 'hint' : false),
} satisfies Omit<FormatScanner, 'scan'>;

import type { Rule } from './rules.js';

/** Rules about the scan's own inputs: the configuration file and checksum lists. */
export const CONFIG_RULES: Rule[] = [
  {
    id: 'config/stale-suppression',
    name: 'StaleSuppression',
    severity: 'medium',
    short: 'A suppression in the scan configuration has expired, no longer matches its file, or matches nothing.',
    full:
      'Suppressions accept a known finding for a while, with a reason. An expired suppression no longer hides its finding; one whose file ' +
      'changed (its SHA-256 differs) no longer applies; one that matches no finding is dead weight that could hide a future finding of the same rule.',
    help:
      'Review the suppression in the configuration file: renew its `expires` date if the reason still holds, update its `sha256` if the ' +
      'file was replaced on purpose, or delete it when the finding is gone.',
    tags: ['security', 'configuration', 'maintainability'],
    precision: 'very-high',
  },
  {
    id: 'integrity/checksum-mismatch',
    name: 'ChecksumMismatch',
    severity: 'high',
    short: 'A model file does not match the SHA-256 its checksum list records, or a listed file is missing.',
    full:
      'The checksum file (sha256sum format) records the SHA-256 of each released model file. A different digest means the file was ' +
      'replaced or corrupted after the list was made; a missing file means the release is incomplete.',
    help:
      'Do not load the file until you know why it changed. Re-download it from its origin and compare again; if the change is intended, ' +
      'regenerate the checksum list with `sha256sum`.',
    tags: ['security', 'integrity', 'external/cwe/cwe-354'],
    precision: 'very-high',
  },
];

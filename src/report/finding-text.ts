import type { Finding } from '../core/types.js';

/**
 * `os.system('id')`: the callable and its constant arguments, when known.
 * Raw: each renderer escapes it for its medium.
 */
export function callDisplay(finding: Finding): string {
  if (!finding.callable) return '';
  return finding.args ? `${finding.callable}(${finding.args.join(', ')})` : finding.callable;
}

import { createHash } from 'node:crypto';
import type { Finding } from '../core/types.js';

/**
 * Identifies a finding across runs (SARIF partialFingerprints, JSON output):
 * sha256 hex of rule, file, member and the callable (or, without one, the
 * message). Not of offsets: re-saving a model moves bytes.
 */
export function fingerprint(finding: Finding): string {
  const key = [finding.ruleId, finding.file, finding.member ?? '', finding.callable ?? finding.message].join('\u0000');
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

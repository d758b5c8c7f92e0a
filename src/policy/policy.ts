import type { Severity } from '../core/severity.js';
import { type PicklePolicy, DEFAULT_PICKLE_POLICY } from './pickle-globals.js';

/**
 * Everything that decides what is safe and how severe a finding is. Data only:
 * scanners consult it, they never hard-code verdicts.
 */
export interface Policy {
  pickle: PicklePolicy;
  /** Per-rule severity overrides (from configuration). */
  severityOverrides: Readonly<Record<string, Severity>>;
}

export const DEFAULT_POLICY: Policy = {
  pickle: DEFAULT_PICKLE_POLICY,
  severityOverrides: {},
};

import type { Severity } from '../core/severity.js';

/**
 * Everything that decides what is safe and how severe a finding is. Data only:
 * scanners consult it, they never hard-code verdicts.
 */
export interface Policy {
  /** Pickle globals a configuration allows or denies on top of the defaults (pickle-globals.ts). */
  pickleAdditions: Pick<PolicyAdditions, 'allow' | 'deny'>;
  /** Per-rule severity overrides (from configuration). */
  severityOverrides: Readonly<Record<string, Severity>>;
}

export const DEFAULT_POLICY: Policy = {
  pickleAdditions: {},
  severityOverrides: {},
};

/** What a configuration file may add to the default policy (see src/config/types.ts). */
export interface PolicyAdditions {
  /** Exact (module, name) pairs to allow. Never outranks a denied name. */
  allow?: readonly { module: string; name: string }[];
  /** Extra denied globals; no name denies the whole module (and its submodules). */
  deny?: readonly { module: string; name?: string; severity: Severity; reason?: string }[];
  severity?: Readonly<Record<string, Severity>>;
}

/** Suffix of the reason of every configured deny entry: how findings are traced back to them. */
export const CONFIGURED_DENY_SUFFIX = ' (denied by the scan configuration)';

/**
 * The default policy plus a configuration's additions. The pickle tables are merged by the
 * pickle scanner when it first needs them (see pickle-policy.ts): a run without pickles never
 * loads them.
 */
export function buildPolicy(additions: PolicyAdditions = {}, base: Policy = DEFAULT_POLICY): Policy {
  return {
    pickleAdditions: {
      allow: [...(base.pickleAdditions.allow ?? []), ...(additions.allow ?? [])],
      deny: [...(base.pickleAdditions.deny ?? []), ...(additions.deny ?? [])],
    },
    severityOverrides: { ...base.severityOverrides, ...additions.severity },
  };
}

/** The configured severity for a finding raised by a configured deny entry, if it is one. */
export function configuredDenySeverity(
  additions: PolicyAdditions,
  finding: { callable?: string; properties?: Record<string, unknown> },
): Severity | undefined {
  const reason = finding.properties?.reason;
  if (typeof reason !== 'string' || !reason.endsWith(CONFIGURED_DENY_SUFFIX) || !finding.callable) return undefined;
  for (const entry of additions.deny ?? []) {
    const target = entry.name === undefined ? entry.module : `${entry.module}.${entry.name}`;
    if (finding.callable === target || finding.callable.startsWith(`${target}.`)) return entry.severity;
  }
  return undefined;
}

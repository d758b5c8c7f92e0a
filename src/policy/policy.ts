import type { Severity } from '../core/severity.js';
import { type DenyEntry, type PicklePolicy, DEFAULT_PICKLE_POLICY, classifyGlobal } from './pickle-globals.js';

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
 * The default policy plus a configuration's additions. The defaults are never
 * mutated. A configured deny entry reports as `pickle/code-execution` when
 * critical and `pickle/system-access` otherwise; its configured severity is set
 * on the finding after the scan (see configuredDenySeverity).
 */
export function buildPolicy(additions: PolicyAdditions = {}, base: Policy = DEFAULT_POLICY): Policy {
  const allow: Record<string, readonly string[]> = { ...base.pickle.allow };
  for (const { module, name } of additions.allow ?? []) {
    // Configuration never allows what the base policy denies (an exact allow would outrank a module-wide deny).
    if (classifyGlobal(base.pickle, module, name).kind === 'deny') continue;
    const names = allow[module] ?? [];
    if (!names.includes(name)) allow[module] = [...names, name];
  }
  const denyNames: Record<string, Readonly<Record<string, DenyEntry>>> = { ...base.pickle.denyNames };
  const denyModules: Record<string, DenyEntry> = { ...base.pickle.denyModules };
  for (const entry of additions.deny ?? []) {
    const deny: DenyEntry = {
      category: entry.severity === 'critical' ? 'exec' : 'recon',
      reason: `${entry.reason?.trim() || 'is denied'}${CONFIGURED_DENY_SUFFIX}`,
    };
    if (entry.name === undefined) {
      if (!denyModules[entry.module]) denyModules[entry.module] = deny;
    } else {
      const table = denyNames[entry.module] ?? {};
      if (!Object.hasOwn(table, entry.name)) denyNames[entry.module] = { ...table, [entry.name]: deny };
    }
  }
  return {
    pickle: { ...base.pickle, allow, denyNames, denyModules },
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

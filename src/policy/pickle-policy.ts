import { CONFIGURED_DENY_SUFFIX, type Policy } from './policy.js';
import { type DenyEntry, type PicklePolicy, DEFAULT_PICKLE_POLICY, classifyGlobal } from './pickle-globals.js';

const merged = new WeakMap<Policy, PicklePolicy>();

/**
 * The pickle tables of a policy: the defaults plus what its configuration allows or denies,
 * merged once per policy (loaded with the pickle scanner). The defaults are never mutated.
 * Configuration never allows what the defaults deny (an exact allow would outrank a
 * module-wide deny). A configured deny entry reports as `pickle/code-execution` when
 * critical and `pickle/system-access` otherwise; its configured severity is set on the
 * finding after the scan (see configuredDenySeverity).
 */
export function picklePolicyOf(policy: Policy): PicklePolicy {
  const { allow: allowed = [], deny: denied = [] } = policy.pickleAdditions;
  if (allowed.length === 0 && denied.length === 0) return DEFAULT_PICKLE_POLICY;
  const cached = merged.get(policy);
  if (cached) return cached;
  const base = DEFAULT_PICKLE_POLICY;
  const allow: Record<string, readonly string[]> = { ...base.allow };
  for (const { module, name } of allowed) {
    if (classifyGlobal(base, module, name).kind === 'deny') continue;
    const names = allow[module] ?? [];
    if (!names.includes(name)) allow[module] = [...names, name];
  }
  const denyNames: Record<string, Readonly<Record<string, DenyEntry>>> = { ...base.denyNames };
  const denyModules: Record<string, DenyEntry> = { ...base.denyModules };
  for (const entry of denied) {
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
  const result: PicklePolicy = { ...base, allow, denyNames, denyModules };
  merged.set(policy, result);
  return result;
}

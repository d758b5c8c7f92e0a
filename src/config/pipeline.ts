import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ScanReport } from '../core/types.js';
import { DEFAULT_POLICY, type Policy } from '../policy/policy.js';
import type { Baseline } from './baseline.js';
import type { ChecksumList } from '../integrity/checksums.js';
import { CONFIG_FILE_NAMES, type LoadedConfig } from './types.js';

/** What the user asked for around a scan (CLI flags or action inputs). */
export interface PolicyRequest {
  /** Configuration file; else `.modelscan.yml` / `.modelscan.yaml` at the root is used if present. */
  config?: string;
  /** SARIF of an earlier run: only new findings count. */
  baseline?: string;
  /** sha256sum-format list to verify. */
  checksums?: string;
  /** Record every scanned file's SHA-256. */
  hash?: boolean;
}

/** Everything loaded before the scan. Loading throws ConfigError (one line) on bad input. */
export interface PolicySetup {
  config?: LoadedConfig;
  policy: Policy;
  /** Globs to leave out of discovery (the configuration's `ignore`). */
  ignore: string[];
  baseline?: Baseline;
  checksums?: ChecksumList;
  hash: boolean;
  /** The post-scan steps (set when anything beyond the default policy was asked for). */
  apply?: (report: ScanReport, options?: PostScanOptions) => ScanReport;
}

export interface PostScanOptions {
  /** Only part of the tree was scanned (changed files, a Hub repository). */
  partial?: boolean;
  now?: Date;
}

/**
 * The configuration, baseline and checksum list a scan asked for. The loaders (YAML, schema
 * validation, SARIF reading, hashing) are imported only when there is something to load:
 * a plain scan starts without them.
 */
export async function loadPolicySetup(root: string, request: PolicyRequest): Promise<PolicySetup> {
  const asked =
    Boolean(request.config || request.baseline || request.checksums || request.hash) ||
    CONFIG_FILE_NAMES.some((name) => existsSync(resolve(root, name)));
  if (!asked) return { policy: DEFAULT_POLICY, ignore: [], hash: false };
  const { loadFullSetup } = await import('./setup-full.js');
  return loadFullSetup(root, request);
}

/** Hashes, checksums, configured severities and suppressions, stale suppressions, then the baseline. Mutates the report. */
export function applyPolicySetup(report: ScanReport, setup: PolicySetup, options: PostScanOptions = {}): ScanReport {
  return setup.apply ? setup.apply(report, options) : report;
}

import { resolve } from 'node:path';
import type { ScanReport } from '../core/types.js';
import type { Policy } from '../policy/policy.js';
import { CHECKSUM_RULE, type ChecksumList, hashScannedFiles, loadChecksums, verifyChecksums } from '../integrity/checksums.js';
import { STALE_SUPPRESSION_RULE, applyConfig, policyFromConfig } from './apply.js';
import { type Baseline, applyBaseline, loadBaseline } from './baseline.js';
import { loadConfig } from './load.js';
import type { LoadedConfig } from './types.js';

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
}

export async function loadPolicySetup(root: string, request: PolicyRequest): Promise<PolicySetup> {
  const config = await loadConfig(root, request.config || undefined);
  const setup: PolicySetup = {
    policy: policyFromConfig(config?.config),
    ignore: config?.config.ignore ?? [],
    hash: request.hash ?? false,
  };
  if (config) setup.config = config;
  if (request.baseline) setup.baseline = loadBaseline(resolve(root, request.baseline), request.baseline);
  if (request.checksums) setup.checksums = loadChecksums(root, request.checksums);
  return setup;
}

export interface PostScanOptions {
  /** Only part of the tree was scanned (changed files, a Hub repository). */
  partial?: boolean;
  now?: Date;
}

/** Hashes, checksums, configured severities and suppressions, stale suppressions, then the baseline. Mutates the report. */
export function applyPolicySetup(report: ScanReport, setup: PolicySetup, options: PostScanOptions = {}): ScanReport {
  if (setup.hash) hashScannedFiles(report);
  if (setup.checksums) verifyChecksums(report, setup.checksums);
  const overrides = setup.policy.severityOverrides;
  for (const file of report.files) {
    for (const finding of file.findings) {
      if (finding.ruleId === CHECKSUM_RULE && overrides[CHECKSUM_RULE]) finding.severity = overrides[CHECKSUM_RULE];
    }
  }
  if (setup.config) applyConfig(report, setup.config, options);
  if (overrides[STALE_SUPPRESSION_RULE]) {
    for (const f of report.files.flatMap((x) => x.findings)) if (f.ruleId === STALE_SUPPRESSION_RULE) f.severity = overrides[STALE_SUPPRESSION_RULE];
  }
  if (setup.baseline) applyBaseline(report, setup.baseline);
  return report;
}

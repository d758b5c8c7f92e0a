import { resolve } from 'node:path';
import type { ScanReport } from '../core/types.js';
import { CHECKSUM_RULE, hashScannedFiles, loadChecksums, verifyChecksums } from '../integrity/checksums.js';
import { STALE_SUPPRESSION_RULE, applyConfig, policyFromConfig } from './apply.js';
import { applyBaseline, loadBaseline } from './baseline.js';
import { loadConfig } from './load.js';
import type { PolicyRequest, PolicySetup, PostScanOptions } from './pipeline.js';

/** Loaded by pipeline.ts when a scan asks for configuration, a baseline, checksums or hashes. */
export async function loadFullSetup(root: string, request: PolicyRequest): Promise<PolicySetup> {
  const config = await loadConfig(root, request.config || undefined);
  const setup: PolicySetup = {
    policy: policyFromConfig(config?.config),
    ignore: config?.config.ignore ?? [],
    hash: request.hash ?? false,
    apply: (report, options) => applyFullSetup(report, setup, options),
  };
  if (config) setup.config = config;
  if (request.baseline) setup.baseline = loadBaseline(resolve(root, request.baseline), request.baseline);
  if (request.checksums) setup.checksums = loadChecksums(root, request.checksums);
  return setup;
}

/** Hashes, checksums, configured severities and suppressions, stale suppressions, then the baseline. Mutates the report. */
export function applyFullSetup(report: ScanReport, setup: PolicySetup, options: PostScanOptions = {}): ScanReport {
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

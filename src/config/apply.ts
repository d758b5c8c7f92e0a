import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import picomatch from 'picomatch';
import type { Severity } from '../core/severity.js';
import type { FileResult, Finding, ScanReport } from '../core/types.js';
import { buildPolicy, configuredDenySeverity, type PolicyAdditions, type Policy } from '../policy/policy.js';
import { sha256File } from '../integrity/hash.js';
import { fileFor, suppressWhere } from './report-edit.js';
import type { LoadedConfig, ModelscanConfig, Suppression } from './types.js';

export const STALE_SUPPRESSION_RULE = 'config/stale-suppression';

/** The policy a configuration asks for (the default policy when there is none). */
export function policyFromConfig(config: ModelscanConfig | undefined): Policy {
  return buildPolicy(additionsOf(config));
}

export function additionsOf(config: ModelscanConfig | undefined): PolicyAdditions {
  return { allow: config?.pickle?.allow ?? [], deny: config?.pickle?.deny ?? [], severity: config?.severity ?? {} };
}

export interface ApplyConfigOptions {
  /** Today, for expiry dates (tests). */
  now?: Date;
  /**
   * Only part of the tree was scanned (changed files, a Hub repository): a
   * suppression whose file was not scanned is not reported as unused.
   */
  partial?: boolean;
}

/**
 * After the scan: configured deny severities, then suppressions. Suppressed
 * findings move to `FileResult.suppressed` (out of the gate); expired,
 * outdated and unused suppressions become `config/stale-suppression` findings
 * on the configuration file. Mutates and returns the report.
 */
export function applyConfig(report: ScanReport, loaded: LoadedConfig, options: ApplyConfigOptions = {}): ScanReport {
  const { config } = loaded;
  const additions = additionsOf(config);
  for (const file of report.files) {
    for (const finding of file.findings) {
      const severity = configuredDenySeverity(additions, finding);
      if (!severity) continue;
      finding.severity = severity;
      finding.properties = { ...finding.properties, category: 'configured' };
      const reason = String(finding.properties.reason ?? '').replace(/ \(denied by the scan configuration\)$/, '');
      finding.message = `Loading this file imports ${finding.callable}, which the scan configuration denies: ${reason}.`;
    }
  }

  const suppressions = config.suppressions ?? [];
  if (suppressions.length === 0) return report;
  const today = (options.now ?? new Date()).toISOString().slice(0, 10);
  const state = suppressions.map((s) => ({
    s,
    matchesFile: fileMatcher(s.file),
    expired: s.expires !== undefined && s.expires < today,
    used: 0,
    sawFile: false,
    hashMismatch: undefined as string | undefined,
  }));
  const hashes = new Map<FileResult, string | undefined>();
  const hashOf = (file: FileResult): string | undefined => {
    if (file.sha256) return file.sha256;
    if (!hashes.has(file)) {
      let digest: string | undefined;
      try {
        digest = /^[a-z][a-z0-9+.-]*:\/\//i.test(file.absolutePath) ? undefined : sha256File(file.absolutePath);
      } catch {
        digest = undefined;
      }
      hashes.set(file, digest);
    }
    return hashes.get(file);
  };

  for (const file of report.files) {
    const applicable = state.filter((st) => st.matchesFile(file.file));
    if (applicable.length === 0) continue;
    for (const st of applicable) {
      st.sawFile = true;
      if (st.expired || !st.s.sha256) continue;
      const actual = hashOf(file);
      if (actual?.toLowerCase() !== st.s.sha256.toLowerCase()) st.hashMismatch = actual ?? 'unknown';
    }
    suppressWhere(file, (finding) => {
      for (const st of applicable) {
        if (st.expired || st.hashMismatch !== undefined) continue;
        if (st.s.rule !== finding.ruleId) continue;
        if (st.s.callable !== undefined && st.s.callable !== finding.callable) continue;
        st.used++;
        return { kind: 'config', justification: st.s.reason, ...(st.s.expires !== undefined && { expires: st.s.expires }) };
      }
      return undefined;
    });
  }

  const stale: Finding[] = [];
  const severityFor = (fallback: Severity): Severity => config.severity?.[STALE_SUPPRESSION_RULE] ?? fallback;
  state.forEach((st, index) => {
    const where = `suppressions[${index}] (${st.s.rule} on ${st.s.file})`;
    let message: string | undefined;
    let severity: Severity = 'medium';
    if (st.expired) {
      message = `The suppression ${where} expired on ${st.s.expires}: its findings count again. Renew it with a reason or fix the file.`;
    } else if (st.hashMismatch !== undefined) {
      message = `The suppression ${where} is for a file whose SHA-256 was ${st.s.sha256}; the file has changed, so the suppression no longer applies.`;
    } else if (st.used === 0) {
      severity = 'low';
      if (st.sawFile) {
        message = `The suppression ${where} matches no finding: remove it, so it cannot hide a future finding.`;
      } else if (options.partial) {
        return; // Its file was not part of this scan.
      } else if (isGlob(st.s.file)) {
        message = `The suppression ${where} matches no scanned file: remove it.`;
      } else if (existsSync(resolve(report.root, st.s.file))) {
        return; // The file exists but was not scanned (path globs, ignore): nothing to say.
      } else {
        message = `The suppression ${where} names a file that does not exist: remove it.`;
      }
    }
    if (!message) return;
    stale.push({
      ruleId: STALE_SUPPRESSION_RULE,
      severity: severityFor(severity),
      file: loaded.displayPath,
      format: 'modelscan-config',
      message,
      properties: { suppression: index, rule: st.s.rule, target: st.s.file, ...(st.s.expires !== undefined && { expires: st.s.expires }) },
    });
  });
  if (stale.length > 0) {
    const target = fileFor(report, loaded.displayPath, loaded.path, loaded.size);
    target.findings.push(...stale);
  }
  return report;
}

function isGlob(pattern: string): boolean {
  return picomatch.scan(pattern).isGlob;
}

function fileMatcher(pattern: string): (file: string) => boolean {
  const clean = pattern.replace(/^\.\//, '');
  if (!isGlob(clean)) return (file) => file === clean;
  const match = picomatch(clean, { dot: true });
  return (file) => match(file);
}

export type { Suppression };

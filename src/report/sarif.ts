import type { Invocation, Location, Log, Notification, ReportingDescriptor, Result, Run } from 'sarif';
import { type Severity, bySeverityDesc, severityRank } from '../core/severity.js';
import type { FileResult, Finding, ScanReport } from '../core/types.js';
import { TOOL_URI } from '../core/version.js';
import { allRules } from '../policy/rules.js';
import { FINGERPRINT_KEY, MAX_SARIF_RESULTS, SARIF_SCHEMA, automationId } from './sarif-constants.js';
import { isIgnoredFile } from './coverage.js';
import { escapeSarifText } from './escape.js';
import { callDisplay } from './finding-text.js';
import { fingerprint } from './fingerprint.js';
import { SRCROOT, artifactLocationFor, directoryUri } from './sarif-location.js';
import { SARIF_LEVEL, catalogueRule, sarifRule } from './sarif-rules.js';

export { mergeSarif } from './sarif-merge.js';
export { DEFAULT_CATEGORY, FINGERPRINT_KEY, MAX_SARIF_RESULTS, SARIF_SCHEMA } from './sarif-constants.js';

/** Notifications per kind (not-fully-scanned files, input errors, skipped entries). */
const MAX_NOTIFICATIONS_PER_KIND = 1_000;

export interface SarifOptions {
  /** Code scanning category; distinct per shard or matrix job. Default `modelscan`. */
  category?: string;
  /** Results kept, most severe first. Default and maximum: 25,000. */
  maxResults?: number;
  /** A baseline was applied: results carry `baselineState` (`new`, or `unchanged` for baseline findings). */
  baseline?: boolean;
}

/** A finding together with the file on disk it was found in. */
interface Located {
  finding: Finding;
  file: FileResult;
}

/** Builds a SARIF 2.1.0 log that GitHub code scanning accepts as is. */
export function buildSarif(report: ScanReport, options: SarifOptions = {}): Log {
  const limit = Math.min(options.maxResults ?? MAX_SARIF_RESULTS, MAX_SARIF_RESULTS);
  const all = collectFindings(report);
  const kept = all.slice(0, limit);
  const rules = buildRules(kept);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const run: Run = {
    tool: {
      driver: {
        name: report.tool.name,
        semanticVersion: report.tool.version,
        informationUri: TOOL_URI,
        rules,
      },
    },
    automationDetails: { id: automationId(options.category) },
    originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(report.root) } },
    invocations: [buildInvocation(report, all.length - kept.length)],
    results: kept.map((item) => withSuppression(buildResult(item, ruleIndex.get(item.finding.ruleId)!), item.finding, options.baseline ?? false)),
  };
  const artifacts = report.files.filter((f) => f.sha256).map((f) => ({ location: artifactLocationFor(f.file, f.absolutePath), hashes: { 'sha-256': f.sha256! } }));
  if (artifacts.length > 0) run.artifacts = artifacts;
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}

/** Every finding, most severe first, then by file, member and offset (stable across runs). */
function collectFindings(report: ScanReport): Located[] {
  return report.files
    .flatMap((file) => [...file.findings, ...(file.suppressed ?? [])].map((finding) => ({ finding, file })))
    .sort(
      (a, b) =>
        // Suppressed and baseline results last: the first dropped when over the limit.
        Number(a.finding.suppression !== undefined) - Number(b.finding.suppression !== undefined) ||
        bySeverityDesc(a.finding, b.finding) ||
        compare(a.finding.file, b.finding.file) ||
        compare(a.finding.member ?? '', b.finding.member ?? '') ||
        (a.finding.offset ?? 0) - (b.finding.offset ?? 0),
    );
}

/**
 * Every catalogue rule (stable indexes, and code scanning learns all rules),
 * plus any unknown rule id a result uses. A rule's severity is the highest
 * severity its results carry, so policy overrides reach code scanning.
 */
function buildRules(items: readonly Located[]): ReportingDescriptor[] {
  const used = new Map<string, Severity>();
  for (const { finding } of items) {
    const seen = used.get(finding.ruleId);
    if (!seen || severityRank(finding.severity) > severityRank(seen)) used.set(finding.ruleId, finding.severity);
  }
  const ids = [...new Set([...allRules().map((r) => r.id), ...used.keys()])];
  return ids.map((id) => {
    const severity = used.get(id);
    const rule = catalogueRule(id, severity ?? 'medium');
    return sarifRule(rule, severity ?? rule.severity);
  });
}

function buildResult({ finding, file }: Located, ruleIndex: number): Result {
  const location: Location = {
    physicalLocation: {
      artifactLocation: artifactLocationFor(file.file, file.absolutePath),
      // Code scanning only displays results that have a line; model files have none.
      region: { startLine: 1 },
    },
  };
  const logical = logicalLocations(finding);
  if (logical.length > 0) location.logicalLocations = logical;
  const id = fingerprint(finding);
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: SARIF_LEVEL[finding.severity],
    message: { text: resultMessage(finding) },
    locations: [location],
    // Our own line hash: every result of a binary file sits on line 1, so upload-sarif's text hash would merge
    // distinct findings of one rule, and computing it would read multi-GB models end to end.
    partialFingerprints: { [FINGERPRINT_KEY]: id, primaryLocationLineHash: `${id.slice(0, 16)}:1` },
    properties: resultProperties(finding),
  };
}

/**
 * Config suppressions become SARIF suppressions (code scanning shows the alert
 * as dismissed, with the reason); baseline findings stay open alerts marked `unchanged`.
 */
function withSuppression(result: Result, finding: Finding, baseline: boolean): Result {
  const s = finding.suppression;
  if (s?.kind === 'config') {
    result.suppressions = [{ kind: 'external', status: 'accepted', justification: escapeSarifText(s.justification) }];
  }
  if (baseline) result.baselineState = s?.kind === 'baseline' ? 'unchanged' : 'new';
  return result;
}

/**
 * The finding's own sentence first (code scanning shows the first sentence
 * when space is short), then what would run and where inside the file.
 * Escaped: names from the file must not become SARIF embedded links.
 */
export function resultMessage(finding: Finding): string {
  const parts = [asSentence(finding.message)];
  if (finding.callable) parts.push(`Would run: ${callDisplay(finding)}.`);
  const where: string[] = [];
  if (finding.member !== undefined) where.push(`archive member ${finding.member}`);
  if (finding.offset !== undefined) where.push(`byte offset ${finding.offset}`);
  if (where.length > 0) parts.push(`Location in file: ${where.join(', ')} (${finding.format}).`);
  return escapeSarifText(parts.join(' '));
}

function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function logicalLocations(finding: Finding): NonNullable<Location['logicalLocations']> {
  const locations: NonNullable<Location['logicalLocations']> = [];
  if (finding.member !== undefined) {
    locations.push({ name: finding.member, fullyQualifiedName: `${finding.file}!/${finding.member}`, kind: 'resource' });
  }
  if (finding.callable) locations.push({ fullyQualifiedName: finding.callable, kind: 'function' });
  return locations;
}

function resultProperties(finding: Finding): Record<string, unknown> {
  const properties: Record<string, unknown> = { ...finding.properties, severity: finding.severity, format: finding.format };
  if (finding.member !== undefined) properties.member = finding.member;
  if (finding.offset !== undefined) properties.offset = finding.offset;
  if (finding.callable !== undefined) properties.callable = finding.callable;
  if (finding.args !== undefined) properties.args = finding.args;
  return properties;
}

/** Coverage: what was not fully scanned, what could not be read, and what was dropped. */
function buildInvocation(report: ScanReport, droppedResults: number): Invocation {
  const notifications: Notification[] = [
    ...capped(
      report.files.filter((f) => f.status !== 'complete' && !isIgnoredFile(f)).map(notScannedNotification),
      'more files were not fully scanned',
    ),
    ...capped(
      report.errors.map((e) => ({ level: 'error' as const, message: { text: escapeSarifText(`Input ${e.path} could not be scanned: ${e.message}`) } })),
      'more inputs could not be scanned',
    ),
    ...capped(
      report.skipped.map((s) => ({ level: 'note' as const, message: { text: escapeSarifText(`Skipped ${s.path}: ${s.reason}`) } })),
      'more entries were skipped',
    ),
  ];
  if (droppedResults > 0) {
    notifications.push({
      level: 'warning',
      message: {
        text: `${droppedResults} less severe results were left out of this SARIF file to stay under code scanning's limit of ${MAX_SARIF_RESULTS} results per run.`,
      },
    });
  }
  const invocation: Invocation = { executionSuccessful: true, startTimeUtc: report.startedAt };
  const started = Date.parse(report.startedAt);
  if (Number.isNaN(started)) delete invocation.startTimeUtc;
  else invocation.endTimeUtc = new Date(started + Math.max(0, Math.round(report.durationMs))).toISOString();
  if (notifications.length > 0) invocation.toolExecutionNotifications = notifications;
  return invocation;
}

const STATUS_LEVEL: Record<FileResult['status'], Notification.level> = {
  complete: 'note',
  incomplete: 'warning',
  unsupported: 'note',
  ignored: 'none',
  error: 'error',
};

function notScannedNotification(file: FileResult): Notification {
  const why = file.reasons.length > 0 ? file.reasons.join('; ') : file.status;
  return {
    level: STATUS_LEVEL[file.status],
    message: { text: escapeSarifText(`${file.file} was not fully scanned (${file.status}): ${why}`) },
    locations: [{ physicalLocation: { artifactLocation: artifactLocationFor(file.file, file.absolutePath) } }],
    properties: { status: file.status, reasons: file.reasons },
  };
}

function capped(notifications: Notification[], moreText: string): Notification[] {
  if (notifications.length <= MAX_NOTIFICATIONS_PER_KIND) return notifications;
  const kept = notifications.slice(0, MAX_NOTIFICATIONS_PER_KIND);
  kept.push({ level: 'note', message: { text: `${notifications.length - kept.length} ${moreText}.` } });
  return kept;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

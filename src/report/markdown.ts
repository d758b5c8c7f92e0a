import type { GateResult } from '../core/gate.js';
import { SEVERITIES, type Severity } from '../core/severity.js';
import type { FileResult, Finding, ScanReport } from '../core/types.js';
import { notFullyScannedModels, nothingToScan } from './coverage.js';
import { codeSpan, escapeHtml, neutralizeProse, shorten } from './escape.js';
import { callDisplay } from './finding-text.js';

export interface SummaryOptions {
  /** UTF-8 byte budget; GitHub rejects step summaries over 1 MiB. Default 900 KiB. */
  maxBytes?: number;
  /** Heading text. Default "Model scan". */
  title?: string;
}

export const DEFAULT_SUMMARY_BYTES = 900 * 1024;

const SEVERITY_LABEL: Record<Severity, string> = {
  critical: '⛔ Critical',
  high: '🔴 High',
  medium: '🟠 Medium',
  low: '🟡 Low',
};

/** Display lengths for untrusted strings (cut before escaping, so no reference is split). */
const MAX_PATH = 300;
const MAX_CALL = 200;
const MAX_MESSAGE = 400;

/** Room kept for the "…and N more" line a truncated table ends with. */
const MORE_LINE_RESERVE = 200;

/**
 * The job summary: verdict, counts, findings, files not fully scanned, input
 * errors and skipped entries. Every string from the scanned repository is
 * neutralised; tables stop before the byte budget, pointing at the SARIF file.
 */
export function renderSummary(report: ScanReport, gate: GateResult, options: SummaryOptions = {}): string {
  const footer = renderFooter(report, gate);
  const budget = new ByteBudget((options.maxBytes ?? DEFAULT_SUMMARY_BYTES) - byteLength(footer) - 2);
  budget.take(renderHeader(gate, options.title ?? 'Model scan'));
  const suppressed = report.files.reduce((n, f) => n + (f.suppressed?.length ?? 0), 0);
  if (suppressed > 0) budget.take(`${plural(suppressed, 'finding')} suppressed (configuration or baseline): not counted against the threshold.\n`);
  if (!nothingToScan(gate)) budget.take(renderCounts(gate));
  const sections = tableSections(report, gate).filter((section) => section.rows.length > 0);
  sections.forEach((section, i) => {
    // Later sections keep room for at least their heading and a "more" line.
    const reserve = (sections.length - i - 1) * MIN_SECTION_BYTES;
    if (!budget.take(section.heading)) return;
    budget.table(section.columns, section.rows, section.more, reserve);
    if (section.closing) budget.take(section.closing);
  });
  return `${budget.parts.join('\n')}\n${footer}\n`;
}

interface TableSection {
  heading: string;
  columns: string[];
  rows: string[][];
  more: (n: number) => string;
  closing?: string;
}

/** Room kept for a section that has not been rendered yet. */
const MIN_SECTION_BYTES = 400;

function tableSections(report: ScanReport, gate: GateResult): TableSection[] {
  const partial = notFullyScannedModels(gate);
  return [
    {
      heading: '### Findings\n',
      columns: ['Severity', 'File', 'Member / offset', 'Format', 'Rule', 'Would execute', 'Message'],
      rows: gate.findings.map(findingRow),
      more: (n) => `…and ${n} more findings; see the SARIF file.`,
    },
    {
      heading: `### Not fully scanned (${partial.length})\n\nThese files are not known to be safe.\n`,
      columns: ['File', 'Status', 'Formats', 'Why'],
      rows: partial.map(notScannedRow),
      more: (n) => `…and ${n} more files; see the SARIF file.`,
    },
    {
      heading: `### Inputs that could not be scanned (${report.errors.length})\n`,
      columns: ['Path', 'Error'],
      rows: report.errors.map((e) => [codeSpan(shorten(e.path, MAX_PATH)), text(shorten(e.message, MAX_MESSAGE))]),
      more: moreEntries,
    },
    {
      heading: `<details><summary>Skipped entries (${report.skipped.length})</summary>\n`,
      columns: ['Path', 'Reason'],
      rows: report.skipped.map((s) => [codeSpan(shorten(s.path, MAX_PATH)), text(shorten(s.reason, MAX_MESSAGE))]),
      more: moreEntries,
      closing: '</details>\n',
    },
  ];
}

function moreEntries(n: number): string {
  return `…and ${n} more; see the SARIF file.`;
}

function renderHeader(gate: GateResult, title: string): string {
  const verdict = gate.outcome === 'fail' ? '❌' : '✅';
  const lines = [`## ${verdict} ${text(title)}: ${gate.outcome === 'fail' ? 'failed' : 'passed'} (threshold: ${gate.threshold})`, ''];
  if (nothingToScan(gate)) {
    lines.push('No model files were found to scan, so nothing was checked.');
  } else if (gate.findings.length === 0) {
    lines.push(`No findings in ${plural(gate.scannedFiles, 'scanned file')}.`);
  } else if (gate.threshold === 'none') {
    lines.push(`${plural(gate.findings.length, 'finding')}. The gate is off (threshold \`none\`), so findings never fail the run.`);
  } else if (gate.outcome === 'fail') {
    lines.push(`**${plural(gate.blocking.length, 'finding')} at or above \`${gate.threshold}\`**, the failure threshold.`);
  } else {
    lines.push(`${plural(gate.findings.length, 'finding')}, none at or above \`${gate.threshold}\`, the failure threshold.`);
  }
  const partial = notFullyScannedModels(gate).length;
  if (partial > 0) {
    lines.push('', `⚠️ ${plural(partial, 'file')} could not be fully scanned and ${partial === 1 ? 'is' : 'are'} not known to be safe.`);
  }
  return `${lines.join('\n')}\n`;
}

function renderCounts(gate: GateResult): string {
  const rows = SEVERITIES.map((s) => `| ${SEVERITY_LABEL[s]} | ${gate.counts[s]} |`);
  return ['| Severity | Findings |', '| --- | ---: |', ...rows, ''].join('\n');
}

function renderFooter(report: ScanReport, gate: GateResult): string {
  const seconds = (report.durationMs / 1000).toFixed(1);
  const examined = report.files.length;
  return `<sub>${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)} · ${plural(gate.scannedFiles, 'file')} scanned · ${examined} examined · ${seconds} s</sub>`;
}

function findingRow(f: Finding): string[] {
  const where: string[] = [];
  if (f.member !== undefined) where.push(codeSpan(shorten(f.member, MAX_PATH)));
  if (f.offset !== undefined) where.push(`byte ${f.offset}`);
  return [
    SEVERITY_LABEL[f.severity],
    codeSpan(shorten(f.file, MAX_PATH)),
    where.join(' at ') || '–',
    text(f.format),
    codeSpan(f.ruleId),
    f.callable ? codeSpan(shorten(callDisplay(f), MAX_CALL)) : '–',
    text(shorten(f.message, MAX_MESSAGE)),
  ];
}

function notScannedRow(f: FileResult): string[] {
  return [
    codeSpan(shorten(f.file, MAX_PATH)),
    f.status,
    f.formats.length > 0 ? text(f.formats.join(', ')) : '–',
    f.reasons.length > 0 ? text(shorten(f.reasons.join('; '), MAX_MESSAGE)) : '–',
  ];
}

/** Untrusted prose (messages, reasons, formats): neutralised markdown. */
function text(value: string): string {
  return neutralizeProse(value);
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** Accumulates blocks (joined by newlines) until the byte budget runs out. */
class ByteBudget {
  readonly parts: string[] = [];
  private used = 0;

  constructor(private readonly limit: number) {}

  /** Adds a block if it fits; returns whether it did. */
  take(block: string): boolean {
    const size = byteLength(block) + 1;
    if (this.used + size > this.limit) return false;
    this.parts.push(block);
    this.used += size;
    return true;
  }

  /** A markdown table, cut before the budget, keeping room for the "more" line and `reserve` bytes. */
  table(header: string[], rows: string[][], more: (n: number) => string, reserve = 0): void {
    const head = [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`].join('\n');
    const lines: string[] = [head];
    let size = byteLength(head) + 1;
    let shown = 0;
    for (const row of rows) {
      const line = `| ${row.join(' | ')} |`;
      const lineSize = byteLength(line) + 1;
      if (this.used + size + lineSize + MORE_LINE_RESERVE + reserve > this.limit) break;
      lines.push(line);
      size += lineSize;
      shown++;
    }
    if (shown === 0 && rows.length > 0) {
      this.take(more(rows.length));
      return;
    }
    const left = rows.length - shown;
    this.take(`${lines.join('\n')}\n${left > 0 ? `\n${more(left)}\n` : ''}`);
  }
}

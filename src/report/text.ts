import type { GateResult } from '../core/gate.js';
import { SEVERITIES, type Severity } from '../core/severity.js';
import type { Finding, ScanReport } from '../core/types.js';
import { notFullyScannedModels, nothingToScan } from './coverage.js';
import { escapeTerminal, shorten } from './escape.js';
import { callDisplay } from './finding-text.js';

export interface TextOptions {
  /** Colour severity labels and the verdict with ANSI codes. */
  color: boolean;
  /** Only findings at or above the threshold, and the final line. */
  quiet?: boolean;
  /** Also list clean files and per-file timing. */
  verbose?: boolean;
}

const ANSI = { reset: '\u001b[0m', bold: '\u001b[1m', red: '\u001b[31m', yellow: '\u001b[33m', cyan: '\u001b[36m', green: '\u001b[32m' };

const SEVERITY_COLOR: Record<Severity, string> = {
  critical: ANSI.bold + ANSI.red,
  high: ANSI.red,
  medium: ANSI.yellow,
  low: ANSI.cyan,
};

/** Width of the widest label ("CRITICAL"), so messages line up. */
const LABEL_WIDTH = 8;
const INDENT = ' '.repeat(2 + LABEL_WIDTH + 2);
const MAX_CALL = 300;

/**
 * Human-readable CLI output: findings grouped by file (most severe file first),
 * files not fully scanned, input errors, then a one-line verdict. Every string
 * from the scanned repository is terminal-escaped.
 */
export function renderText(report: ScanReport, gate: GateResult, options: TextOptions): string {
  const paint = (code: string, s: string) => (options.color ? `${code}${s}${ANSI.reset}` : s);
  const findings = options.quiet ? gate.blocking : gate.findings;
  const blocks: string[] = [];
  if (nothingToScan(gate)) {
    blocks.push(`No model files found to scan under ${escapeTerminal(report.root)}.`);
  }
  for (const [file, list] of groupByFile(findings)) {
    const lines = [paint(ANSI.bold, escapeTerminal(file))];
    for (const f of list) lines.push(...findingLines(f, paint));
    blocks.push(lines.join('\n'));
  }
  if (!options.quiet) blocks.push(...coverageBlocks(report, gate, options.verbose ?? false));
  blocks.push(summaryLine(report, gate, paint));
  return `${blocks.join('\n\n')}\n`;
}

type Paint = (code: string, s: string) => string;

/** Keeps the gate's order (most severe first), so the worst file comes first. */
function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.file);
    if (list) list.push(f);
    else groups.set(f.file, [f]);
  }
  return groups;
}

function findingLines(f: Finding, paint: Paint): string[] {
  const label = paint(SEVERITY_COLOR[f.severity], f.severity.toUpperCase().padEnd(LABEL_WIDTH));
  const where: string[] = [];
  if (f.member !== undefined) where.push(`in ${escapeTerminal(f.member)}`);
  if (f.offset !== undefined) where.push(`at byte ${f.offset}`);
  const head = [escapeTerminal(f.ruleId), escapeTerminal(f.format), ...where].join('  ');
  const lines = [`  ${label}  ${head}`, `${INDENT}${escapeTerminal(f.message)}`];
  if (f.callable) lines.push(`${INDENT}would run: ${escapeTerminal(shorten(callDisplay(f), MAX_CALL))}`);
  return lines;
}

function coverageBlocks(report: ScanReport, gate: GateResult, verbose: boolean): string[] {
  const blocks: string[] = [];
  const partial = notFullyScannedModels(gate);
  if (partial.length > 0) {
    const lines = partial.map((f) => {
      const why = f.reasons.length > 0 ? f.reasons.join('; ') : f.status;
      return `  ${escapeTerminal(f.file)}  (${f.status}) ${escapeTerminal(why)}`;
    });
    blocks.push(['Not fully scanned (not known to be safe):', ...lines].join('\n'));
  }
  if (report.errors.length > 0) {
    blocks.push(['Could not scan:', ...report.errors.map((e) => `  ${escapeTerminal(e.path)}: ${escapeTerminal(e.message)}`)].join('\n'));
  }
  if (report.skipped.length > 0) {
    blocks.push(['Skipped:', ...report.skipped.map((s) => `  ${escapeTerminal(s.path)}: ${escapeTerminal(s.reason)}`)].join('\n'));
  }
  if (verbose) {
    const clean = report.files.filter((f) => f.status === 'complete' && f.findings.length === 0);
    if (clean.length > 0) {
      const lines = clean.map((f) => `  ${escapeTerminal(f.file)}  (${escapeTerminal(f.formats.join(', '))}, ${f.size} bytes, ${Math.round(f.durationMs)} ms)`);
      blocks.push(['No findings:', ...lines].join('\n'));
    }
  }
  return blocks;
}

/** "4 files scanned, 1 critical, 1 high, 3 medium, 1 low, 3 not fully scanned — FAILED (threshold: high)". */
function summaryLine(report: ScanReport, gate: GateResult, paint: Paint): string {
  const parts = [`${gate.scannedFiles} ${gate.scannedFiles === 1 ? 'file' : 'files'} scanned`];
  parts.push(...SEVERITIES.map((s) => `${gate.counts[s]} ${s}`));
  const partial = notFullyScannedModels(gate).length;
  if (partial > 0) parts.push(`${partial} not fully scanned`);
  if (report.errors.length > 0) parts.push(`${report.errors.length} input ${report.errors.length === 1 ? 'error' : 'errors'}`);
  const suppressed = report.files.reduce((n, f) => n + (f.suppressed?.length ?? 0), 0);
  if (suppressed > 0) parts.push(`${suppressed} suppressed`);
  const verdict = gate.outcome === 'fail' ? paint(ANSI.bold + ANSI.red, 'FAILED') : paint(ANSI.bold + ANSI.green, 'PASSED');
  return `${parts.join(', ')} — ${verdict} (threshold: ${gate.threshold})`;
}


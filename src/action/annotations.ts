import * as core from '@actions/core';
import type { GateResult } from '../core/gate.js';
import type { Finding } from '../core/types.js';
import type { Severity } from '../core/severity.js';
import { ruleFor } from '../policy/rules.js';
import { escapeTerminal } from '../report/escape.js';

/** GitHub keeps 10 error and 10 warning annotations per step; extra ones are dropped silently. */
const PER_KIND_LIMIT = 10;

type Kind = 'error' | 'warning' | 'notice';

const KIND: Record<Severity, Kind> = { critical: 'error', high: 'error', medium: 'warning', low: 'notice' };

/**
 * Annotates the most severe findings first, within GitHub's limits, then one
 * notice saying how many more are in the SARIF file and the summary.
 * `reserveError` keeps one error slot for the gate's own failure message.
 */
export function annotate(gate: GateResult, reserveError: boolean): number {
  const budget: Record<Kind, number> = {
    error: PER_KIND_LIMIT - (reserveError ? 1 : 0),
    warning: PER_KIND_LIMIT,
    notice: PER_KIND_LIMIT - 1, // one notice is kept for the "more findings" line
  };
  let shown = 0;
  for (const finding of gate.findings) {
    const kind = KIND[finding.severity];
    if (budget[kind] <= 0) continue;
    budget[kind]--;
    shown++;
    // The runner escapes `%`, CR, LF, `:` and `,` in properties, not ESC or bidi controls: a path that
    // holds any (or `##[`) is not attached as `file` (the message names it, escaped) rather than logged raw.
    const attachable = escapeTerminal(finding.file) === finding.file;
    core[kind](escapeTerminal(`${attachable ? '' : `${finding.file}: `}${annotationMessage(finding)}`), {
      title: `${finding.severity.toUpperCase()}: ${ruleFor(finding.ruleId).short}`.slice(0, 255),
      ...(attachable ? { file: finding.file, startLine: 1 } : {}),
    });
  }
  const hidden = gate.findings.length - shown;
  if (hidden > 0) {
    core.notice(`${hidden} more finding${hidden === 1 ? '' : 's'} not annotated (GitHub limits annotations per step): see the SARIF file and the job summary.`);
  }
  return shown;
}

function annotationMessage(finding: Finding): string {
  const where = finding.member ? ` (in ${finding.member}${finding.offset !== undefined ? ` at byte ${finding.offset}` : ''})` : '';
  // Scanned strings are escaped by the caller (no workflow commands, no control characters).
  return `${finding.message}${where} [${finding.ruleId}]`.replace(/[\r\n]+/g, ' ');
}

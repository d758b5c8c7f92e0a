import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { discoverPaths } from '../core/discover.js';
import { EXIT_ERROR, EXIT_PASS, exitCodeFor } from '../core/exit-codes.js';
import { evaluateGate, type GateResult } from '../core/gate.js';
import { restrictToShard, scanFiles } from '../core/scan.js';
import { TOOL_NAME } from '../core/version.js';
import { renderText } from '../report/text.js';
import { escapeTerminal } from '../report/escape.js';
import type { ScanReport } from '../core/types.js';
import { Progress } from './progress.js';
import { LimitError, type Limits, parseLimitAssignments } from '../core/limits.js';
import { ConfigError } from '../config/types.js';
import { applyPolicySetup, loadPolicySetup } from '../config/pipeline.js';
import type { CliIo, ScanFlags } from './main.js';
// Loaded when an output needs them: ../hub/index.js (--hf), report renderers other than text (--sarif, --json, -f).

/** `scan`: discover, scan, apply the configuration, write the reports, and return the exit code. */
export async function scanCommand(positional: string[], flags: ScanFlags, io: CliIo): Promise<number> {
  const paths = [...positional, ...(flags.path ?? [])];
  if (flags.hf !== undefined && (paths.length > 0 || flags.checksums)) {
    io.stderr(`${TOOL_NAME}: --hf scans a Hub repository: give no local paths${flags.checksums ? ' and no --checksums' : ''} with it\n`);
    return EXIT_ERROR;
  }
  if (paths.length === 0 && flags.hf === undefined) {
    io.stderr(`${TOOL_NAME}: nothing to scan: give at least one file or folder (e.g. ${TOOL_NAME} scan ./models)\n`);
    return EXIT_ERROR;
  }
  const root = io.cwd;
  let limits: Partial<Limits>;
  try {
    limits = parseLimitAssignments(flags.limit ?? []);
  } catch (error) {
    if (!(error instanceof LimitError)) throw error;
    io.stderr(`${TOOL_NAME}: --limit: ${error.message}\n`);
    return EXIT_ERROR;
  }
  let setup;
  try {
    setup = await loadPolicySetup(root, { config: flags.config, baseline: flags.baseline, checksums: flags.checksums, hash: flags.hash });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(`${TOOL_NAME}: ${error.message}\n`);
    return EXIT_ERROR;
  }
  let report: ScanReport;
  if (flags.hf !== undefined) {
    const { HubError, scanHub } = await import('../hub/index.js');
    try {
      const exclude = [...(flags.exclude ?? []), ...setup.ignore];
      report = await scanHub({ repo: flags.hf, env: io.env ?? process.env, policy: setup.policy, limits, exclude, hash: setup.hash });
    } catch (error) {
      if (!(error instanceof HubError)) throw error;
      io.stderr(`${TOOL_NAME}: ${error.message}\n`);
      return EXIT_ERROR;
    }
    applyPolicySetup(report, setup, { partial: true });
  } else {
    const discovery = await discoverPaths(paths, { root, exclude: [...(flags.exclude ?? []), ...setup.ignore] });
    for (const error of discovery.errors) io.stderr(`${TOOL_NAME}: ${error.message}\n`);
    await restrictToShard(discovery, flags.shard);
    const progress =
      flags.progress === false
        ? undefined
        : new Progress({ total: discovery.files.length, write: io.stderr, tty: io.stderrIsTty ?? false, label: TOOL_NAME, columns: process.stderr.columns });
    report = applyPolicySetup(await scanFiles(discovery, { onFile: progress?.onFile, root, policy: setup.policy, limits, hangGuard: true, threads: flags.jobs }), setup);
    progress?.finish();
  }
  const gate = evaluateGate(report, flags.failOn);

  const sarif = flags.sarif || flags.format === 'sarif' ? await import('../report/sarif.js') : undefined;
  const json = flags.json || flags.format === 'json' ? await import('../report/json.js') : undefined;
  const markdown = flags.format === 'markdown' ? await import('../report/markdown.js') : undefined;
  const sarifText = () =>
    `${JSON.stringify(sarif!.buildSarif(report, { category: flags.category, baseline: setup.baseline !== undefined }), null, 2)}\n`;
  try {
    if (flags.sarif) writeOutput(resolve(root, flags.sarif), sarifText());
    if (flags.json) writeOutput(resolve(root, flags.json), json!.renderJson(report, gate));
  } catch (error) {
    io.stderr(`${TOOL_NAME}: cannot write report: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_ERROR;
  }
  io.stdout(renderStdout(flags, report, gate, io, { sarifText, json, markdown }));
  // An exception that escaped a scanner is our bug, not the file's: the file is reported not fully
  // scanned (scan/incomplete) and the run exits 2 unless findings already fail it (exit 1 wins).
  const internal = internalErrors(report);
  if (internal.length > 0) {
    io.stderr(
      `${TOOL_NAME}: ${internal.length} internal error${internal.length === 1 ? '' : 's'} (a scanner failed; the file${internal.length === 1 ? ' is' : 's are'} reported as not fully scanned; please report this):\n` +
        internal.slice(0, 10).map((f) => `  ${escapeTerminal(f.file)}${f.member ? `!/${escapeTerminal(f.member)}` : ''}: ${escapeTerminal(f.message)}\n`).join(''),
    );
  }
  const code = exitCodeFor(report, gate);
  return code === EXIT_PASS && internal.length > 0 ? EXIT_ERROR : code;
}

/** The renderers the chosen outputs loaded (see scanCommand). */
interface Renderers {
  sarifText: () => string;
  json: typeof import('../report/json.js') | undefined;
  markdown: typeof import('../report/markdown.js') | undefined;
}

function renderStdout(flags: ScanFlags, report: ScanReport, gate: GateResult, io: CliIo, renderers: Renderers): string {
  switch (flags.format) {
    case 'json':
      return renderers.json!.renderJson(report, gate);
    case 'sarif':
      return renderers.sarifText();
    case 'markdown':
      return renderers.markdown!.renderSummary(report, gate);
    default:
      return renderText(report, gate, { color: io.isTty && flags.color !== false, quiet: flags.quiet ?? false });
  }
}

function writeOutput(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text.endsWith('\n') ? text : `${text}\n`);
}

/** `scan/incomplete` findings the core marked as an exception escaping a scanner. */
export function internalErrors(report: ScanReport): ScanReport['files'][number]['findings'] {
  return report.files.flatMap((f) => f.findings).filter((f) => f.ruleId === 'scan/incomplete' && f.properties?.internalError === true);
}

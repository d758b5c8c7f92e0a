import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { discoverPaths } from '../core/discover.js';
import { EXIT_ERROR, exitCodeFor } from '../core/exit-codes.js';
import { evaluateGate } from '../core/gate.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../core/options.js';
import { scanFiles } from '../core/scan.js';
import { THRESHOLDS, type Threshold } from '../core/severity.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import { renderJson } from '../report/json.js';
import { renderSummary } from '../report/markdown.js';
import { buildSarif } from '../report/sarif.js';
import { renderText } from '../report/text.js';
import type { GateResult } from '../core/gate.js';
import type { ScanReport } from '../core/types.js';

interface ScanFlags {
  path?: string[];
  failOn: Threshold;
  sarif?: string;
  json?: string;
  format: OutputFormat;
  config?: string;
  exclude?: string[];
  quiet?: boolean;
  color?: boolean;
  category?: string;
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
  cwd: string;
}

const defaultIo = (): CliIo => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  cwd: process.cwd(),
});

/** Runs the CLI; returns the process exit code (0 pass, 1 findings, 2 error). */
export async function run(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name(TOOL_NAME)
    .description('Scan ML model files for code that runs when they are loaded, without loading them.')
    .version(TOOL_VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run with --help for usage)');

  program
    .command('scan', { isDefault: true })
    .description('Scan files and folders (folders are walked recursively).')
    .argument('[paths...]', 'files or folders to scan')
    .option('-p, --path <path...>', 'a file or folder to scan (may be repeated; same as a positional path)')
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity')
        .choices(THRESHOLDS as string[])
        .default('high'),
    )
    .option('--sarif <file>', 'write a SARIF 2.1.0 report to this file')
    .option('--json <file>', 'write a JSON report to this file')
    .addOption(
      new Option('-f, --format <format>', 'what to print on stdout').choices(OUTPUT_FORMATS as string[]).default('text'),
    )
    .option('-c, --config <file>', 'policy configuration file (reserved)')
    .option('-e, --exclude <glob...>', 'leave out files matching these globs (relative to the current folder)')
    .option('--category <id>', 'SARIF automationDetails category', 'modelscan')
    .option('-q, --quiet', 'print only findings at or above the threshold and the verdict')
    .option('--no-color', 'never colour the output')
    .action(async (paths: string[], flags: ScanFlags) => {
      exitCode = await scanCommand([...paths, ...(flags.path ?? [])], flags, io);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; every other parse error is a usage error.
      return error.exitCode === 0 ? 0 : EXIT_ERROR;
    }
    io.stderr(`${TOOL_NAME}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_ERROR;
  }
  if (argv.length === 0) {
    io.stderr(program.helpInformation());
    return EXIT_ERROR;
  }
  return exitCode;
}

async function scanCommand(paths: string[], flags: ScanFlags, io: CliIo): Promise<number> {
  if (paths.length === 0) {
    io.stderr(`${TOOL_NAME}: nothing to scan: give at least one file or folder (e.g. ${TOOL_NAME} scan ./models)\n`);
    return EXIT_ERROR;
  }
  if (flags.config) {
    io.stderr(`${TOOL_NAME}: note: --config is reserved for policy files and is not applied yet\n`);
  }
  const root = io.cwd;
  const discovery = discoverPaths(paths, { root, exclude: flags.exclude ?? [] });
  for (const error of discovery.errors) io.stderr(`${TOOL_NAME}: ${error.message}\n`);
  const report = await scanFiles(discovery, { root });
  const gate = evaluateGate(report, flags.failOn);

  const sarifText = () => `${JSON.stringify(buildSarif(report, { category: flags.category }), null, 2)}\n`;
  try {
    if (flags.sarif) writeOutput(resolve(root, flags.sarif), sarifText());
    if (flags.json) writeOutput(resolve(root, flags.json), renderJson(report, gate));
  } catch (error) {
    io.stderr(`${TOOL_NAME}: cannot write report: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_ERROR;
  }
  io.stdout(renderStdout(flags, report, gate, io, sarifText));
  return exitCodeFor(report, gate);
}

function renderStdout(flags: ScanFlags, report: ScanReport, gate: GateResult, io: CliIo, sarifText: () => string): string {
  switch (flags.format) {
    case 'json':
      return renderJson(report, gate);
    case 'sarif':
      return sarifText();
    case 'markdown':
      return renderSummary(report, gate);
    default:
      return renderText(report, gate, { color: io.isTty && flags.color !== false, quiet: flags.quiet ?? false });
  }
}

function writeOutput(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text.endsWith('\n') ? text : `${text}\n`);
}

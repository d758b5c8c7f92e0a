import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { discoverPaths } from '../core/discover.js';
import { EXIT_ERROR, exitCodeFor } from '../core/exit-codes.js';
import { evaluateGate } from '../core/gate.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../core/options.js';
import { restrictToShard, scanFiles } from '../core/scan.js';
import { THRESHOLDS, type Threshold } from '../core/severity.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import { renderText } from '../report/text.js';
import { escapeTerminal } from '../report/escape.js';
import type { GateResult } from '../core/gate.js';
import type { ScanReport } from '../core/types.js';
import { type Shard, parseShard } from '../core/shard.js';
import type { MergeFlags } from './merge.js';
import { Progress } from './progress.js';
import { DEFAULT_LIMITS, LimitError, type Limits, parseLimitAssignments } from '../core/limits.js';
import { EXIT_PASS } from '../core/exit-codes.js';
import { ConfigError } from '../config/types.js';
import { applyPolicySetup, loadPolicySetup } from '../config/pipeline.js';
// Loaded when a command or an output needs them (start-up stays lean): config/init.js (init),
// ./merge.js (merge), ../hub/index.js (--hf), report renderers other than text (--sarif, --json, -f).

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
  shard?: Shard;
  progress?: boolean;
  baseline?: string;
  hash?: boolean;
  checksums?: string;
  limit?: string[];
  hf?: string;
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
  cwd: string;
  /** Environment (HF_ENDPOINT, HF_TOKEN). Default process.env. */
  env?: Record<string, string | undefined>;
  /** stderr is a terminal: progress is a live line there (periodic lines otherwise). */
  stderrIsTty?: boolean;
}

const defaultIo = (): CliIo => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  stderrIsTty: Boolean(process.stderr.isTTY),
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
    .option('-c, --config <file>', 'policy configuration file (default: .modelscan.yml or .modelscan.yaml in the current folder, if present)')
    .option('--baseline <sarif>', 'a SARIF report of an earlier run: only findings not in it count')
    .option('--hash', 'record the SHA-256 of every scanned file in the JSON and SARIF reports (reads every byte)')
    .option('--checksums <file>', 'verify files against this sha256sum-format list (paths relative to its folder)')
    .option('--hf <org/name[@revision]>', 'scan a Hugging Face Hub model repository in place (range requests; HF_TOKEN, HF_ENDPOINT honoured)')
    .option('-e, --exclude <glob...>', 'leave out files matching these globs (relative to the current folder)')
    .option(
      '--limit <name=value>',
      `change a resource limit (repeatable), e.g. --limit maxDepth=3 --limit maxMemberBytes=1GiB; limits: ${Object.keys(DEFAULT_LIMITS).join(', ')}`,
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--category <id>', 'SARIF automationDetails category', 'modelscan')
    .option('--shard <i/n>', 'scan only shard i of n (by a hash of each path); merge the shards\' SARIF files with `merge`', shardOption)
    .option('--no-progress', 'no progress on stderr (a live line on a terminal, a line every 10 s in CI logs)')
    .option('-q, --quiet', 'print only findings at or above the threshold and the verdict')
    .option('--no-color', 'never colour the output')
    .action(async (paths: string[], flags: ScanFlags) => {
      exitCode = await scanCommand([...paths, ...(flags.path ?? [])], flags, io);
    });

  program
    .command('init')
    .description('Write a commented starter configuration (.modelscan.yml); never overwrites.')
    .argument('[file]', 'where to write it', '.modelscan.yml')
    .action(async (file: string) => {
      const { writeStarterConfig } = await import('../config/init.js');
      try {
        writeStarterConfig(resolve(io.cwd, file), file);
        io.stdout(`Wrote ${file}: edit it, commit it, and the next scan applies it.\n`);
      } catch (error) {
        io.stderr(`${TOOL_NAME}: ${error instanceof Error ? error.message : String(error)}\n`);
        exitCode = EXIT_ERROR;
      }
    });

  program
    .command('merge')
    .description('Merge the SARIF files of a sharded scan (--shard i/n) into one run and apply the gate once.')
    .argument('<inputs...>', 'SARIF files, or folders holding them (*.sarif, *.sarif.json)')
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity')
        .choices(THRESHOLDS as string[])
        .default('high'),
    )
    .option('--sarif <file>', 'write the merged SARIF 2.1.0 report to this file')
    .addOption(
      new Option('-f, --format <format>', 'what to print on stdout').choices(OUTPUT_FORMATS as string[]).default('text'),
    )
    .option('--category <id>', 'SARIF category of the merged run (default: the shards\' category)')
    .option('--expect <count>', 'fail unless this many SARIF files are found (the number of shards)', countOption)
    .action(async (inputs: string[], flags: MergeFlags) => {
      const { mergeCommand } = await import('./merge.js');
      exitCode = mergeCommand(inputs, flags, io);
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
    const discovery = discoverPaths(paths, { root, exclude: [...(flags.exclude ?? []), ...setup.ignore] });
    for (const error of discovery.errors) io.stderr(`${TOOL_NAME}: ${error.message}\n`);
    restrictToShard(discovery, flags.shard);
    const progress =
      flags.progress === false
        ? undefined
        : new Progress({ total: discovery.files.length, write: io.stderr, tty: io.stderrIsTty ?? false, label: TOOL_NAME, columns: process.stderr.columns });
    report = applyPolicySetup(await scanFiles(discovery, { onFile: progress?.onFile, root, policy: setup.policy, limits, hangGuard: true }), setup);
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

function shardOption(value: string): Shard {
  try {
    return parseShard(value);
  } catch (error) {
    throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
  }
}

function countOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a whole number of files, got "${value}"`);
  return n;
}

function writeOutput(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text.endsWith('\n') ? text : `${text}\n`);
}

/** `scan/incomplete` findings the core marked as an exception escaping a scanner. */
export function internalErrors(report: ScanReport): ScanReport['files'][number]['findings'] {
  return report.files.flatMap((f) => f.findings).filter((f) => f.ruleId === 'scan/incomplete' && f.properties?.internalError === true);
}

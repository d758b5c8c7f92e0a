import { resolve } from 'node:path';
import { type OptionSpec, type Parsed, type ProgramSpec, UsageError, parseCommandLine } from './args.js';
import { EXIT_ERROR, EXIT_PASS } from '../core/exit-codes.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../core/options.js';
import { THRESHOLDS, type Threshold } from '../core/severity.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import { type Shard, parseShard } from '../core/shard.js';
import type { MergeFlags } from './merge.js';
import { DEFAULT_LIMITS } from '../core/limits.js';
// Loaded when a command needs them (--help and --version stay instant): ./scan-command.js (scan),
// ../config/init.js (init), ./merge.js (merge).

export interface ScanFlags {
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
  jobs?: number;
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
  let parsed: Parsed;
  try {
    parsed = parseCommandLine(PROGRAM, argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`error: ${error.message}\n(run with --help for usage)\n`);
    return EXIT_ERROR;
  }
  if (parsed.kind === 'version') {
    io.stdout(parsed.text);
    return EXIT_PASS;
  }
  if (parsed.kind === 'help') {
    // Help asked for is printed on stdout; help instead of a command (no arguments) is a usage error.
    if (argv.length === 0) {
      io.stderr(parsed.text);
      return EXIT_ERROR;
    }
    io.stdout(parsed.text);
    return EXIT_PASS;
  }
  try {
    switch (parsed.command) {
      case 'init':
        return await initCommand(parsed.args[0]!, io);
      case 'merge': {
        const { mergeCommand } = await import('./merge.js');
        return mergeCommand(parsed.args, parsed.flags as unknown as MergeFlags, io);
      }
      default:
        // The scanner loads after the command line is understood: --help and --version stay instant.
        const { scanCommand } = await import('./scan-command.js');
        return await scanCommand(parsed.args, parsed.flags as unknown as ScanFlags, io);
    }
  } catch (error) {
    io.stderr(`${TOOL_NAME}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_ERROR;
  }
}

const FAIL_ON: OptionSpec = {
  long: 'fail-on',
  value: '<severity>',
  choices: THRESHOLDS,
  default: 'high',
  help: 'exit 1 when a finding is at or above this severity',
};
const FORMAT: OptionSpec = { long: 'format', short: 'f', value: '<format>', choices: OUTPUT_FORMATS, default: 'text', help: 'what to print on stdout' };

/** The command line: every command, argument and option, with its help text. */
const PROGRAM: ProgramSpec = {
  name: TOOL_NAME,
  version: TOOL_VERSION,
  description: 'Scan ML model files for code that runs when they are loaded, without loading them.',
  defaultCommand: 'scan',
  commands: [
    {
      name: 'scan',
      summary: 'Scan files and folders (folders are walked recursively).',
      argument: { name: 'paths', variadic: true, help: 'files or folders to scan' },
      options: [
        { long: 'path', short: 'p', value: '<path...>', help: 'a file or folder to scan (may be repeated; same as a positional path)' },
        FAIL_ON,
        { long: 'sarif', value: '<file>', help: 'write a SARIF 2.1.0 report to this file' },
        { long: 'json', value: '<file>', help: 'write a JSON report to this file' },
        FORMAT,
        {
          long: 'config',
          short: 'c',
          value: '<file>',
          help: 'policy configuration file (default: .modelscan.yml or .modelscan.yaml in the current folder, if present)',
        },
        { long: 'baseline', value: '<sarif>', help: 'a SARIF report of an earlier run: only findings not in it count' },
        { long: 'hash', help: 'record the SHA-256 of every scanned file in the JSON and SARIF reports (reads every byte)' },
        { long: 'checksums', value: '<file>', help: 'verify files against this sha256sum-format list (paths relative to its folder)' },
        {
          long: 'hf',
          value: '<org/name[@revision]>',
          help: 'scan a Hugging Face Hub model repository in place (range requests; HF_TOKEN, HF_ENDPOINT honoured)',
        },
        { long: 'exclude', short: 'e', value: '<glob...>', help: 'leave out files matching these globs (relative to the current folder)' },
        {
          long: 'limit',
          value: '<name=value>',
          repeatable: true,
          help: `change a resource limit (repeatable), e.g. --limit maxDepth=3 --limit maxMemberBytes=1GiB; limits: ${Object.keys(DEFAULT_LIMITS).join(', ')}`,
        },
        { long: 'category', value: '<id>', default: 'modelscan', help: 'SARIF automationDetails category' },
        {
          long: 'shard',
          value: '<i/n>',
          parse: parseShard,
          help: "scan only shard i of n (by a hash of each path); merge the shards' SARIF files with `merge`",
        },
        {
          long: 'jobs',
          short: 'j',
          value: '<n>',
          parse: jobsOption,
          help: 'worker threads scanning beside the main one (default with 4+ CPUs: CPUs - 1, at most 3, once a run of 64 files or more has lasted 0.5 s; 0: main thread only)',
        },
        { long: 'no-progress', help: 'no progress on stderr (a live line on a terminal, a line every 10 s in CI logs)' },
        { long: 'quiet', short: 'q', help: 'print only findings at or above the threshold and the verdict' },
        { long: 'no-color', help: 'never colour the output' },
      ],
    },
    {
      name: 'init',
      summary: 'Write a commented starter configuration (.modelscan.yml); never overwrites.',
      argument: { name: 'file', default: '.modelscan.yml', help: 'where to write it' },
      options: [],
    },
    {
      name: 'merge',
      summary: 'Merge the SARIF files of a sharded scan (--shard i/n) into one run and apply the gate once.',
      argument: { name: 'inputs', variadic: true, required: true, help: 'SARIF files, or folders holding them (*.sarif, *.sarif.json)' },
      options: [
        FAIL_ON,
        { long: 'sarif', value: '<file>', help: 'write the merged SARIF 2.1.0 report to this file' },
        FORMAT,
        { long: 'category', value: '<id>', help: "SARIF category of the merged run (default: the shards' category)" },
        { long: 'expect', value: '<count>', parse: countOption, help: 'fail unless this many SARIF files are found (the number of shards)' },
      ],
    },
  ],
};

async function initCommand(file: string, io: CliIo): Promise<number> {
  const { writeStarterConfig } = await import('../config/init.js');
  try {
    writeStarterConfig(resolve(io.cwd, file), file);
    io.stdout(`Wrote ${file}: edit it, commit it, and the next scan applies it.\n`);
    return EXIT_PASS;
  } catch (error) {
    io.stderr(`${TOOL_NAME}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_ERROR;
  }
}

function jobsOption(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 64) throw new UsageError(`expected a whole number of threads from 0 to 64, got "${value}"`);
  return n;
}

function countOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`expected a whole number of files, got "${value}"`);
  return n;
}


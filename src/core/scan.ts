import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { builtin } from './builtin.js';
import type { ScanPool } from './pool.js';
import { DeferredHangGuard, FileBudget, HangGuard, TimeBudgetExceeded } from './budget.js';
import { escapeTerminal } from '../report/escape.js';
import { makeProbe, route } from './route.js';
import type { FormatScanner, ScanContext } from './scanner.js';
import { type ByteSource, FileSource } from './source.js';
import type { FileResult, Finding, FindingInput, ScanReport, ScanStatus } from './types.js';
import type { Severity } from './severity.js';
import type { CandidateFile, Discovery } from './discover.js';
import type { Shard } from './shard.js';
import { DEFAULT_POLICY, type Policy } from '../policy/policy.js';
import { isModelExtension } from '../policy/model-extensions.js';
import { SCANNERS } from '../formats/index.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

export interface ScanOptions {
  /** Absolute directory that reported paths are relative to. */
  root: string;
  limits?: Partial<Limits>;
  policy?: Policy;
  scanners?: readonly FormatScanner[];
  /** Called after each file, in completion order (progress, streaming output). */
  onFile?: (result: FileResult) => void;
  /**
   * Kill the process when one file hangs past twice its time budget (see HangGuard); the guard
   * thread starts once the run has lasted a second (see DeferredHangGuard). CLI and action: on.
   */
  hangGuard?: boolean;
  /**
   * Threads that scan beside the main thread (worker_threads; see pool.ts). Given: started at once.
   * Default (4 or more CPUs): one less than the CPUs, at most 3, started only when a run is still going
   * after half a second with at least PARALLEL_MIN_FILES files left; 0 scans on the main thread only.
   * Never used with `open` or custom `scanners` (they cannot cross threads).
   */
  threads?: number;
  /** With threads: false leaves every file to them (tests). Default true: the main thread scans too. */
  mainThreadScans?: boolean;
  /** Called from every budget check of a long loop (set by scanFiles: arms the hang guard). */
  onBudgetCheck?: () => void;
  /**
   * Opens a file's bytes instead of the file on disk (remote sources: src/hub). Scanners then get no
   * `absolutePath` (nothing to open by path), and `file.absolutePath` is only reported.
   */
  open?: (file: CandidateFile) => ByteSource & { close(): void };
}

/** Files per message to a worker thread (see pool.ts), and how often the main thread lets workers' messages in. */
export const BATCH = 8;

/** Runs of fewer files are scanned on the main thread only: starting a thread costs more than they take. */
export const PARALLEL_MIN_FILES = 64;
/** Unless asked for, threads start only once a run has lasted this long (and PARALLEL_MIN_FILES remain). */
const POOL_AFTER_MS = 500;

interface QueueItem {
  index: number;
  file: CandidateFile;
}

function threadCount(options: ScanOptions, files: number): number {
  if (options.open || options.scanners) return 0;
  if (options.threads !== undefined) return Math.max(0, Math.min(options.threads, Math.ceil(files / BATCH) - 1));
  if (files < PARALLEL_MIN_FILES) return 0;
  // Measured on a 2-vCPU machine: Node's own compiler and GC threads already use the second CPU, and two
  // processes scanning half a folder each took longer than one scanning all of it. Threads from 4 CPUs.
  const cpus = builtin<typeof import('node:os')>('node:os').availableParallelism();
  return cpus >= 4 ? Math.min(cpus - 1, 3) : 0;
}

/** A file a worker thread could not finish: not fully scanned, never clean. */
async function unfinishedResult(file: CandidateFile, reason: string): Promise<FileResult> {
  const finding = { ruleId: 'scan/incomplete', message: `Not fully scanned: ${reason}.`, file: file.relativePath, format: 'unknown' } as Finding;
  // The rule's severity comes from the catalogue, as for every other finding.
  await applyRuleCatalogue([finding]);
  return {
    file: file.relativePath,
    absolutePath: file.absolutePath,
    size: 0,
    formats: [],
    status: 'incomplete',
    reasons: [reason],
    findings: [finding],
    durationMs: 0,
  };
}

/** Runs shorter than this never start the hang guard's thread. */
const HANG_GUARD_DELAY_MS = 1000;

export async function scanFiles(discovery: Discovery, options: ScanOptions): Promise<ScanReport> {
  const { files } = discovery;
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const results: FileResult[] = [];
  // A parser stuck in a synchronous loop ignores the time budget: past twice the budget (plus a minute)
  // the guard thread names the file and kills the process, so the run fails instead of hanging.
  const limits = limitsOf(options);
  const guard = options.hangGuard
    ? new DeferredHangGuard(
        () => new HangGuard(builtin<typeof import('node:worker_threads')>('node:worker_threads').Worker, limits.maxFileSeconds * 2000 + 60_000, TOOL_NAME),
        HANG_GUARD_DELAY_MS,
      )
    : undefined;
  const fileOptions: ScanOptions = guard ? { ...options, onBudgetCheck: () => guard.poll() } : options;
  const slots: (FileResult | undefined)[] = new Array(files.length);
  const finish = (index: number, result: FileResult): void => {
    slots[index] = result;
    options.onFile?.(result);
  };
  // One queue for every thread: files in discovery order, then any a failed worker gave back.
  let next = 0;
  const returned: QueueItem[] = [];
  const take = (count: number): QueueItem[] => {
    const out = returned.splice(0, count);
    while (out.length < count && next < files.length) out.push({ index: next, file: files[next++]! });
    return out;
  };
  const threads = threadCount(options, files.length);
  let pool: ScanPool | undefined;
  const failures: Promise<void>[] = [];
  // pool.js (and node:worker_threads) load only when a run starts threads.
  const startPool = async (): Promise<void> => {
    const { ScanPool, workerScript } = await import('./pool.js');
    const script = workerScript();
    if (pool || !script) return;
    pool = new ScanPool(
      script,
      threads,
      { root: options.root, limits, policy: options.policy ?? DEFAULT_POLICY },
      {
        take,
        giveBack: (items) => returned.unshift(...items),
        done: finish,
        failed: (index, file, reason) => {
          failures.push(unfinishedResult(file, reason).then((result) => finish(index, result)));
        },
      },
      limits.maxFileSeconds * 2000 + 60_000,
    );
  };
  // Asked for: threads from the start. Otherwise only a run still going after POOL_AFTER_MS with files
  // left starts them: a thread's start and its cold compiler cost more than a short run takes.
  if (threads > 0 && options.threads !== undefined) await startPool();
  const poolDue = performance.now() + POOL_AFTER_MS;
  const scanQueueHere = async (): Promise<void> => {
    for (let taken = 0; ; taken++) {
      if (taken % BATCH === BATCH - 1) {
        if (!pool && threads > 0 && files.length - next >= PARALLEL_MIN_FILES && performance.now() > poolDue) await startPool();
        // With workers, turn the event loop now and then: their replies and requests for work wait for it.
        if (pool) await new Promise<void>((resolve) => setImmediate(resolve));
      }
      const [item] = take(1);
      if (!item) return;
      guard?.begin(escapeTerminal(item.file.relativePath));
      const result = await scanFile(item.file, fileOptions);
      guard?.end();
      finish(item.index, result);
    }
  };
  try {
    if (!pool || options.mainThreadScans !== false) await scanQueueHere();
    await (pool as ScanPool | undefined)?.finished();
    // Files a failed worker gave back after the queue ran dry here.
    await scanQueueHere();
    await Promise.all(failures);
  } finally {
    (pool as ScanPool | undefined)?.stop('the scan stopped');
    guard?.close();
  }
  for (const result of slots) if (result) results.push(result);
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    root: options.root,
    startedAt,
    durationMs: performance.now() - started,
    files: results,
    errors: discovery.errors,
    skipped: discovery.skipped,
  };
}

/**
 * Keeps the files (and skipped entries) of one shard, in place: each shard of a matrix
 * scans a disjoint slice, chosen by a hash of the relative path, so every job agrees
 * without talking to the others. Input errors stay in every shard: each job must fail on them.
 */
export async function restrictToShard(discovery: Discovery, shard: Shard | undefined): Promise<Discovery> {
  if (!shard || shard.count === 1) return discovery;
  const { inShard } = await import('./shard-hash.js');
  discovery.files = discovery.files.filter((f) => inShard(f.relativePath, shard));
  discovery.skipped = discovery.skipped.filter((s) => inShard(s.path, shard));
  return discovery;
}

/** Scans one file on disk. Never throws: every failure becomes part of the result. */
export async function scanFile(file: CandidateFile, options: ScanOptions): Promise<FileResult> {
  const started = performance.now();
  const run = new FileRun(file.relativePath, options, options.open ? undefined : file.absolutePath);
  let source: (ByteSource & { close(): void }) | undefined;
  let size = 0;
  try {
    source = options.open ? options.open(file) : new FileSource(file.absolutePath, PREFETCH_BYTES);
    size = source.size;
  } catch (error) {
    run.emit({ ruleId: 'scan/read-error', message: `The file could not be read: ${errorMessage(error)}.` }, undefined, 'file');
    run.status = 'error';
    run.reasons.push(`cannot read: ${errorMessage(error)}`);
  }
  if (source) {
    try {
      const scanned = await run.scanSource(source, undefined, 0, file.relativePath);
      if (!scanned) {
        if (file.explicit || isModelExtension(extensionOf(file.relativePath))) {
          const why = size === 0 ? 'the file is empty' : 'no scanner recognised its content';
          run.emit(
            { ruleId: 'scan/unsupported-format', message: `Not scanned: ${why}, so it is not known to be safe.` },
            undefined,
            'unknown',
          );
          run.reasons.push(why);
          run.status = 'unsupported';
        } else {
          run.status = 'ignored';
        }
      }
    } finally {
      source.close();
    }
  }
  if (run.dropped > 0) run.reasons.push(`${run.dropped} more findings not listed (limit ${run.maxFindings} per file)`);
  if (run.findings.length > 0) await applyRuleCatalogue(run.findings);
  return {
    file: file.relativePath,
    absolutePath: file.absolutePath,
    size,
    formats: run.formats,
    status: run.status,
    reasons: run.reasons,
    findings: run.findings,
    durationMs: performance.now() - started,
  };
}

/**
 * Bytes read from the start of every file in one read. Small models (the common case in
 * a folder of thousands) are read exactly once: probe head, zip tail check and the scanner
 * all take views of these bytes. A big file costs this one read plus what its scanner needs.
 */
export const PREFETCH_BYTES = 64 * 1024;

/** State for one file on disk: its findings, formats and completeness. */
class FileRun {
  readonly findings: Finding[] = [];
  readonly formats: string[] = [];
  readonly reasons: string[] = [];
  status: ScanStatus = 'complete';
  private readonly byKey = new Map<string, Finding>();
  private readonly limits: Limits;
  get maxFindings(): number {
    return this.limits.maxFindingsPerFile;
  }
  private readonly policy: Policy;
  private readonly scanners: readonly FormatScanner[];
  /** Decompressed bytes, members and time for this file, shared by every nesting level. */
  readonly budget: FileBudget;
  dropped = 0;

  constructor(
    private readonly file: string,
    options: ScanOptions,
    private readonly absolutePath?: string,
  ) {
    this.limits = limitsOf(options);
    this.policy = options.policy ?? DEFAULT_POLICY;
    this.scanners = options.scanners ?? SCANNERS;
    this.budget = new FileBudget(this.limits, undefined, options.onBudgetCheck);
  }

  /** An exception escaped a scanner: `scan/incomplete` worded as an internal error, marked `internalError`. */
  private internalError(ctx: ScanContext, scanner: FormatScanner, member: string | undefined, error: unknown): void {
    const reason = `internal error in the ${scanner.name} scanner (${errorMessage(error)})`;
    ctx.incomplete(reason);
    const finding = this.findings.find((f) => f.ruleId === 'scan/incomplete' && f.member === member && f.message === `Not fully scanned: ${reason}.`);
    if (finding) (finding.properties ??= {}).internalError = true;
  }

  /** Routes and scans some bytes. Returns the id of the scanner that claimed them, or undefined. */
  async scanSource(source: ByteSource, member: string | undefined, depth: number, name: string): Promise<string | undefined> {
    // Out of time: not even a probe. The throw unwinds the scanners this is nested in (see below).
    if (depth > 0 && this.budget.expired) throw new TimeBudgetExceeded(this.limits.maxFileSeconds);
    const scanner = await route(this.scanners, makeProbe(source, name));
    if (!scanner) return undefined;
    if (!this.formats.includes(scanner.id)) this.formats.push(scanner.id);
    const ctx = this.context(scanner, source, member, depth);
    try {
      // A nested scan that starts after the time budget is spent stops here.
      ctx.checkBudget();
      await scanner.scan(ctx);
    } catch (error) {
      if (error instanceof TimeBudgetExceeded) {
        // Said once per file, at the level that ran out; the levels it unwinds add nothing.
        if (!this.budget.reported.has('maxFileSeconds')) {
          this.budget.reported.add('maxFileSeconds');
          ctx.incomplete(error.message);
        }
        // Every level nested in this file stops, up to the file itself (where it ends here).
        if (depth > 0) throw error;
      } else {
        // Scanners report malformed input themselves: an exception that escapes is a scanner bug.
        // Still never "clean": the file is not fully scanned, and the finding says it was our fault.
        this.internalError(ctx, scanner, member, error);
      }
    }
    return scanner.id;
  }

  emit(input: FindingInput, member: string | undefined, format: string): void {
    // Without an override or a severity of its own, the rule's default is filled in when the file is done
    // (applyRuleCatalogue): the catalogue, with its help texts, loads only for files with findings.
    const severity = (this.policy.severityOverrides[input.ruleId] ?? input.severity) as Severity;
    // One result per root cause: the same rule, place and callable collapse into one finding.
    const key = [input.ruleId, member ?? '', input.callable ?? input.message].join('\u0000');
    const existing = this.byKey.get(key);
    if (existing) {
      const props = (existing.properties ??= {});
      props.occurrences = ((props.occurrences as number | undefined) ?? 1) + 1;
      return;
    }
    if (this.findings.length >= this.limits.maxFindingsPerFile) {
      this.dropped++;
      return;
    }
    const finding: Finding = { ...input, severity, file: this.file, format: input.format ?? format };
    if (member !== undefined) finding.member = member;
    this.byKey.set(key, finding);
    this.findings.push(finding);
  }

  private context(scanner: FormatScanner, source: ByteSource, member: string | undefined, depth: number): ScanContext {
    return {
      source,
      file: this.file,
      member,
      ...(member === undefined && this.absolutePath !== undefined ? { absolutePath: this.absolutePath } : {}),
      depth,
      limits: this.limits,
      policy: this.policy,
      budget: this.budget,
      checkBudget: () => this.budget.check(),
      report: (finding) => this.emit(finding, member, scanner.id),
      incomplete: (reason, offset) => {
        this.status = this.status === 'error' ? 'error' : 'incomplete';
        const where = member ? `${member}: ${reason}` : reason;
        this.reasons.push(where);
        const input: FindingInput = { ruleId: 'scan/incomplete', message: `Not fully scanned: ${reason}.` };
        if (offset !== undefined) input.offset = offset;
        this.emit(input, member, scanner.id);
      },
      scanNested: async (nested, name) => {
        const nestedMember = member === undefined ? name : `${member}!/${name}`;
        if (depth + 1 > this.limits.maxDepth) {
          this.context(scanner, nested, nestedMember, depth + 1).incomplete(
            `nested deeper than the limit of ${this.limits.maxDepth} levels`,
          );
          return undefined;
        }
        return this.scanSource(nested, nestedMember, depth + 1, name);
      },
    };
  }
}

/**
 * Checks every finding's rule against the catalogue and gives it the rule's severity where neither the
 * scanner nor the configuration chose one. A rule id the catalogue does not know is our bug: the
 * finding becomes `scan/incomplete` marked as an internal error (never dropped, never clean).
 */
async function applyRuleCatalogue(findings: Finding[]): Promise<void> {
  const { RULES, ruleFor } = await import('../policy/rules.js');
  for (const finding of findings) {
    const rule = RULES.get(finding.ruleId);
    if (!rule) {
      finding.message = `Not fully scanned: internal error (a scanner reported the unknown rule ${finding.ruleId}: ${finding.message}).`;
      finding.ruleId = 'scan/incomplete';
      (finding.properties ??= {}).internalError = true;
      finding.severity = ruleFor('scan/incomplete').severity;
      continue;
    }
    finding.severity ??= rule.severity;
  }
}

const mergedLimits = new WeakMap<ScanOptions, Limits>();

/** The run's limits, merged once per options object (not once per file). */
function limitsOf(options: ScanOptions): Limits {
  let limits = mergedLimits.get(options);
  if (!limits) mergedLimits.set(options, (limits = { ...DEFAULT_LIMITS, ...options.limits }));
  return limits;
}

function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

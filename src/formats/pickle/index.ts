import { picklePolicyOf } from '../../policy/pickle-policy.js';
import type { FormatScanner, ScanContext } from '../../core/scanner.js';
import type { FindingInput } from '../../core/types.js';
import { BufferSource } from '../../core/source.js';
import { findingsFrom, nestedPayload } from './findings.js';
import { Collector, type MachineLimits, PickleMachine } from './machine.js';
import { ByteReader, FrameMode, PickleError } from './reader.js';
import { pickleClaim } from './claim.js';
import type { PyGlobal, Value } from './values.js';

/** Most places after non-pickle data we try as a pickle start before giving up. */
const MAX_CANDIDATES = 1_000_000;
const MAX_FRAME_REREADS = 16;

export const pickleScanner: FormatScanner = {
  ...pickleClaim,
  scan: scanPickle,
};

/**
 * Scans every pickle in the bytes: pickles back to back (legacy torch, joblib),
 * and pickles hidden after junk or after a broken stream (threats B9, B10).
 * A stream that breaks is reported as not fully scanned, with whatever it did
 * before the break; junk that merely follows the last pickle is not an error
 * (legacy torch files end with raw tensor data).
 */
export async function scanPickle(ctx: ScanContext): Promise<void> {
  await scanPickleStreams(ctx);
}

/** For container formats that know how many pickles come back to back (legacy torch, its tar members). */
export interface PickleStreamOptions {
  /** Where the first pickle starts (default 0). */
  start?: number;
  /**
   * Stop after this many consecutive pickles that parse cleanly, each treated
   * as primary (the loader unpickles them whatever their first bytes). What
   * follows (raw tensor data) is left to the caller. When one of them breaks,
   * the scan goes on as for a plain pickle file: to the end of the source.
   */
  maxStreams?: number;
  /** Collect persistent ids (torch storage references) of these streams. */
  persistentIds?: Value[];
}

export interface PickleStreamsResult {
  /** Consecutive pickles from `start` that parsed cleanly, each with its STOP value. */
  results: Value[];
  /** Offset just past the last of them (or `start`). */
  end: number;
  /** True when `maxStreams` pickles parsed and the scan stopped there. */
  stopped: boolean;
}

export async function scanPickleStreams(ctx: ScanContext, options: PickleStreamOptions = {}): Promise<PickleStreamsResult> {
  const source = ctx.source;
  const end = Math.min(source.size, ctx.limits.maxPickleBytes);
  const maxStreams = options.maxStreams ?? Infinity;
  const results: Value[] = [];
  let leading = true;
  let consumed = options.start ?? 0;
  let stopped = false;
  let okStreams = 0;
  const verdicts = new Map<string, PyGlobal['verdict']>();
  let opcodeBudget = ctx.limits.maxPickleOpcodes;
  const nested: { loader: string; offset: number; payload: Uint8Array }[] = [];
  /** Streams whose frames were not respected: read again as the C unpickler reads a file (threats B8). */
  const rereads: number[] = [];
  let candidates = 0;
  const reported = new Set<string>();
  const report = (finding: FindingInput, mode: FrameMode): void => {
    const key = `${finding.ruleId}|${finding.callable ?? ''}|${finding.offset ?? ''}`;
    if (reported.has(key)) return;
    reported.add(key);
    if (mode !== FrameMode.Linear) {
      if (finding.ruleId === 'pickle/frame-tampering') return;
      finding.properties = { ...finding.properties, reading: READINGS[mode] };
      finding.message += ` Python reads this only when it loads the file from disk (${READINGS[mode]}); pickle.loads and linear readers see other bytes here.`;
    }
    ctx.report(finding);
  };

  /** Runs one stream at `start`; returns where the next one may start, or -1 to stop. */
  const attempt = (start: number, primary: boolean, first: boolean, mode = FrameMode.Linear): { next: number; ok: boolean } | 'stop' => {
    const out = new Collector();
    if (leading && options.persistentIds) out.persistentIds = options.persistentIds;
    const limits: MachineLimits = {
      maxOpcodes: opcodeBudget,
      maxStackDepth: ctx.limits.maxStackDepth,
      maxMemoEntries: ctx.limits.maxMemoEntries,
      checkBudget: () => ctx.checkBudget(),
    };
    const reader = new ByteReader(source, start, end);
    reader.frameMode = mode;
    const machine = new PickleMachine(reader, picklePolicyOf(ctx.policy), limits, out, verdicts);
    let error: PickleError | undefined;
    let next = -1;
    try {
      next = machine.run();
    } catch (e) {
      if (!(e instanceof PickleError)) {
        // Time budget (or a bug): what this stream showed before it stopped is still reported.
        for (const finding of findingsFrom(out, source)) report(finding, mode);
        throw e;
      }
      error = e;
    }
    opcodeBudget -= machine.opcodes;
    if (leading && !error && Number.isFinite(maxStreams)) results.push(machine.result);
    const meaningful = mode === FrameMode.Linear ? primary || out.hasFindings : out.hasFindings;
    if (meaningful) {
      for (const finding of findingsFrom(out, source)) report(finding, mode);
      for (const n of out.nested) {
        if (n.loader === 'marshal.loads') continue; // a code object, summarised in its finding
        const payload = loaderPayload(n.call.args, source);
        if (payload && payload.length > 0 && nested.length < 64) nested.push({ loader: n.loader, offset: n.call.offset, payload });
      }
      if (mode === FrameMode.Linear && out.frameIssues.length && rereads.length < MAX_FRAME_REREADS && !rereads.includes(start)) rereads.push(start);
    }
    if (mode !== FrameMode.Linear) return { next, ok: !error };
    if (!error) return { next, ok: true };
    if (error.limit) {
      ctx.incomplete(error.message, error.offset);
      return 'stop';
    }
    if (meaningful) {
      const what = first && error.offset === start ? 'not a valid pickle' : 'the pickle stream breaks';
      ctx.incomplete(`${what}: ${error.message}`, error.offset);
    }
    return { next: primary ? Math.max(error.offset, start + 1) : start + 1, ok: false };
  };

  let pos = consumed;
  let primary = true;
  let first = true;
  while (pos < end) {
    ctx.checkBudget();
    const result = attempt(pos, primary, first);
    first = false;
    if (result === 'stop') return { results, end: consumed, stopped: false };
    if (result.ok) {
      pos = result.next;
      if (leading) {
        consumed = pos;
        if (++okStreams >= maxStreams) {
          stopped = true;
          break;
        }
        if (Number.isFinite(maxStreams)) continue; // the caller says more pickles follow
      }
      // Another pickle right after STOP counts as part of the stream only when it starts like one.
      primary = startsWithProto(source, pos, end);
      continue;
    }
    leading = false;
    pos = nextCandidate(source, result.next, end);
    primary = false;
    if (pos < 0) break;
    if (++candidates > MAX_CANDIDATES) {
      ctx.incomplete(`gave up looking for more pickles after ${MAX_CANDIDATES} candidates`, pos);
      break;
    }
  }
  if (!stopped && source.size > end) ctx.incomplete(`only the first ${end} bytes were scanned (pickle size limit)`, end);

  // What CPython's C unpickler reads from a file when an argument straddles a frame (threats B8).
  leading = false;
  for (const at of rereads) {
    attempt(at, false, false, FrameMode.CFile);
    attempt(at, false, false, FrameMode.CBuffered);
  }

  const seen = new Set<string>();
  for (const n of nested) {
    const name = `<${n.loader}@${n.offset}>`;
    if (seen.has(name)) continue;
    seen.add(name);
    await ctx.scanNested(new BufferSource(n.payload), name);
  }
  return { results, end: consumed, stopped };
}

const READINGS: Record<FrameMode, string> = {
  [FrameMode.Linear]: 'linear',
  [FrameMode.CFile]: 'the C unpickler on an unbuffered file, which re-reads an argument that runs past its frame from after the frame',
  [FrameMode.CBuffered]: 'the C unpickler on a buffered file, which re-reads an argument that runs past a frame of 8 KiB or more from after the frame',
};

/** The serialized payload a loader call receives: its first constant bytes/str argument (a method's comes after self). */
function loaderPayload(args: readonly Value[], source: ScanContext['source']): Uint8Array | undefined {
  for (const a of args.slice(0, 3)) {
    const p = nestedPayload(a, source);
    if (p) return p;
  }
  return undefined;
}

function startsWithProto(source: ScanContext['source'], pos: number, end: number): boolean {
  if (pos + 2 > end) return false;
  const b = source.read(pos, 2);
  return b[0] === 0x80 && b[1]! <= 5;
}

/** The next PROTO opcode (0x80 then a protocol number) at or after `from`. */
function nextCandidate(source: ScanContext['source'], from: number, end: number): number {
  return ByteReader.find(source, from, end, (chunk) => {
    let i = chunk.indexOf(0x80);
    while (i >= 0 && i + 1 < chunk.length) {
      if (chunk[i + 1]! <= 5) return i;
      i = chunk.indexOf(0x80, i + 1);
    }
    return -1;
  });
}

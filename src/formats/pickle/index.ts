import type { FormatScanner, ScanContext } from '../../core/scanner.js';
import { BufferSource } from '../../core/source.js';
import { findingsFrom, nestedPayload } from './findings.js';
import { Collector, type MachineLimits, PickleMachine } from './machine.js';
import { ByteReader, PickleError } from './reader.js';
import { PICKLE_EXTENSIONS, claimPickle } from './sniff.js';
import type { PyGlobal, Value } from './values.js';

/** Most places after non-pickle data we try as a pickle start before giving up. */
const MAX_CANDIDATES = 1_000_000;
const MAX_FRAME_REREADS = 16;

export const pickleScanner: FormatScanner = {
  id: 'pickle',
  name: 'Python pickle',
  extensions: PICKLE_EXTENSIONS,
  claim: claimPickle,
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
  const rereads: number[] = [];
  let candidates = 0;

  /** Runs one stream at `start`; returns where the next one may start, or -1 to stop. */
  const attempt = (start: number, primary: boolean, first: boolean): { next: number; ok: boolean } | 'stop' => {
    const out = new Collector();
    if (leading && options.persistentIds) out.persistentIds = options.persistentIds;
    const limits: MachineLimits = {
      maxOpcodes: opcodeBudget,
      maxStackDepth: ctx.limits.maxStackDepth,
      maxMemoEntries: ctx.limits.maxMemoEntries,
      checkBudget: () => ctx.checkBudget(),
    };
    const machine = new PickleMachine(new ByteReader(source, start, end), ctx.policy.pickle, limits, out, verdicts);
    let error: PickleError | undefined;
    let next = -1;
    try {
      next = machine.run();
    } catch (e) {
      if (!(e instanceof PickleError)) {
        // Time budget (or a bug): what this stream showed before it stopped is still reported.
        for (const finding of findingsFrom(out, source)) ctx.report(finding);
        throw e;
      }
      error = e;
    }
    opcodeBudget -= machine.opcodes;
    if (leading && !error && Number.isFinite(maxStreams)) results.push(machine.result);
    const meaningful = primary || out.hasFindings;
    if (meaningful) {
      for (const finding of findingsFrom(out, source)) ctx.report(finding);
      for (const n of out.nested) {
        const payload = n.call.args.length ? nestedPayload(n.call.args[0]!, source) : undefined;
        if (payload && payload.length > 0 && nested.length < 64) nested.push({ loader: n.loader, offset: n.call.offset, payload });
      }
      for (const issue of out.frameIssues) if (rereads.length < MAX_FRAME_REREADS) rereads.push(issue.resumeAt);
    }
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

  // What a loader that honours frame boundaries reads (threats B8): the bytes after the frame.
  leading = false;
  for (const at of rereads) attempt(at, false, false);

  const seen = new Set<string>();
  for (const n of nested) {
    const name = `<${n.loader}@${n.offset}>`;
    if (seen.has(name)) continue;
    seen.add(name);
    await ctx.scanNested(new BufferSource(n.payload), name);
  }
  return { results, end: consumed, stopped };
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

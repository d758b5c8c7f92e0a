import type { Claim, Probe } from '../../core/scanner.js';
import { BufferSource } from '../../core/source.js';
import { DEFAULT_PICKLE_POLICY } from '../../policy/pickle-globals.js';
import { Collector, PickleMachine } from './machine.js';
import { ByteReader, PickleError, TruncatedError } from './reader.js';

import { PICKLE_EXTENSIONS } from './claim.js';

export { PICKLE_EXTENSIONS };

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/**
 * Protocol 2+ pickles start with PROTO. Protocol 0/1 have no magic, so the head
 * must parse as a plausible opcode stream: text files, JSON, CSV and source code
 * fail within a few bytes.
 */
export function claimPickle(probe: Probe): Claim {
  if (probe.size === 0) return false;
  const head = probe.head;
  if (head[0] === 0x80 && head.length > 1 && head[1]! >= 2 && head[1]! <= 5) return 'magic';
  if (looksLikeLowProtocol(head, probe.size)) return 'magic';
  return PICKLE_EXTENSIONS.includes(probe.extension) ? 'hint' : false;
}

/** True when `head` parses as a protocol 0/1 pickle (or PROTO 0/1) that is more than a coincidence. */
export function looksLikeLowProtocol(head: Uint8Array, size: number): boolean {
  const out = new Collector();
  const reader = new ByteReader(new BufferSource(head), 0, head.length);
  const machine = new PickleMachine(reader, DEFAULT_PICKLE_POLICY, { maxOpcodes: 4096, maxStackDepth: 4096, maxMemoEntries: 4096 }, out);
  let stopped = false;
  let error: PickleError | undefined;
  try {
    machine.run();
    stopped = true;
  } catch (e) {
    if (!(e instanceof PickleError)) return false;
    error = e;
  }
  const namedImports = out.globals.every((g) => g.unresolved || IDENTIFIER.test(`${g.module}.${g.name}`));
  if (stopped) {
    // "N." or "I1\n." alone could be anything; a real stream has some structure.
    return machine.opcodes >= 4 || (out.globalCount > 0 && namedImports);
  }
  // The head ended mid-stream (a big pickle) or the stream breaks after an import and a call (threats B9).
  const ranOut = error instanceof TruncatedError && head.length < size;
  if (ranOut && machine.opcodes >= 16) return true;
  return out.globalCount > 0 && out.callCount > 0 && namedImports && out.globals.length > 0;
}

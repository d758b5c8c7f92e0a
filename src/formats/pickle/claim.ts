import type { Claim, FormatScanner, Probe } from '../../core/scanner.js';

/** Names that routinely hold pickles (a hint only: content decides). */
export const PICKLE_EXTENSIONS = [
  '.pkl', '.pickle', '.joblib', '.dill', '.p', '.pk', '.sav', '.dat', '.data', '.bin', '.pt', '.pth', '.ckpt',
  '.cloudpkl', '.jbl', '.model',
];

/** Every opcode byte of protocols 0–5, the same set as opcodes.ts (kept apart so routing does not load it; a test compares them). */
export const OPCODE_BYTES = new Set([...'().012BCFGIJKLMNPQRSTUVX]abcdeghijlopqrstu}'].map((c) => c.charCodeAt(0)));
for (let b = 0x80; b <= 0x98; b++) OPCODE_BYTES.add(b);

let sniffer: Promise<typeof import('./sniff.js')> | undefined;

/**
 * Protocol 2+ pickles start with PROTO: decided here. A head that starts with an opcode byte
 * may be a protocol 0/1 stream, which only a trial run of the pickle machine can tell
 * (sniff.ts, loaded then: most files are decided by an earlier scanner's signature first).
 */
function claimPickle(probe: Probe): Claim | Promise<Claim> {
  if (probe.size === 0) return false;
  const head = probe.head;
  if (head[0] === 0x80 && head.length > 1 && head[1]! >= 2 && head[1]! <= 5) return 'magic';
  // Not even a first opcode: pickle.load (torch.load, joblib.load, numpy.load) fails on byte 0 before anything
  // runs, so not a pickle whatever the name (raw tensor bytes in weights.bin, ONNX external data): the core
  // reports it unrecognised (low), never clean.
  if (!OPCODE_BYTES.has(head[0]!)) return false;
  return (sniffer ??= import('./sniff.js')).then((sniff) => sniff.claimPickle(probe));
}

/** What routing needs of the pickle scanner (index.ts adds the scan, loaded on first use). */
export const pickleClaim = {
  id: 'pickle',
  name: 'Python pickle',
  extensions: PICKLE_EXTENSIONS,
  claim: claimPickle,
} satisfies Omit<FormatScanner, 'scan'>;

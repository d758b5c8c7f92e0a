import type { FormatScanner, Probe, ScanContext } from '../../core/scanner.js';

/**
 * 7z archives (threats A7, A8: the nullifAI models were PyTorch checkpoints
 * re-compressed with 7z). Decoding 7z (LZMA/LZMA2 coders, BCJ filters, solid
 * blocks, encrypted headers) needs 7-Zip itself; the only JavaScript option is
 * a 1.6 MB WebAssembly build of the 7-Zip CLI working on an in-memory file
 * system, which we do not ship. So a 7z archive is recognised by its signature
 * and reported as not scanned, at high severity, never as clean.
 */

const SIGNATURE = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];

function claim(probe: Probe): 'magic' | false {
  return probe.head.length >= 6 && SIGNATURE.every((b, i) => probe.head[i] === b) ? 'magic' : false;
}

function scan(ctx: ScanContext): void {
  const head = ctx.source.read(0, 8);
  const version = head.length >= 8 ? `${head[6]}.${head[7]}` : 'unknown';
  ctx.report({
    ruleId: 'archive/not-scanned',
    callable: '7z',
    message:
      'This is a 7z archive, which the scanner cannot open: the models inside it were not scanned. ' +
      'Attackers have used 7z-wrapped PyTorch checkpoints to slip past scanners (nullifAI).',
    properties: { archive: '7z', version },
  });
  ctx.incomplete('not scanned: 7z archive (the scanner cannot decode 7z)');
}

export const sevenZipScanner: FormatScanner = {
  id: '7z',
  name: '7z archive',
  extensions: ['.7z'],
  claim,
  scan,
};

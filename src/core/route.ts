import { extname, posix } from 'node:path';
import type { ByteSource } from './source.js';
import { type FormatScanner, type Probe, PROBE_HEAD_BYTES, PROBE_TAIL_BYTES } from './scanner.js';

export function makeProbe(source: ByteSource, name: string): Probe {
  const head = source.read(0, Math.min(PROBE_HEAD_BYTES, source.size));
  let tailCache: Uint8Array | undefined;
  const base = posix.basename(name.replaceAll('\\', '/')).toLowerCase();
  return {
    head,
    // Read lazily: most formats never look at the end.
    get tail() {
      if (!tailCache) {
        const start = Math.max(0, source.size - PROBE_TAIL_BYTES);
        tailCache = start === 0 && head.length === source.size ? head : source.read(start, source.size - start);
      }
      return tailCache;
    },
    size: source.size,
    name: base,
    extension: extname(base),
    source,
  };
}

/**
 * Picks the scanner for some bytes: the first that recognises the content wins;
 * a scanner that only recognises the name is the fallback.
 */
export async function route(scanners: readonly FormatScanner[], probe: Probe): Promise<FormatScanner | undefined> {
  let byHint: FormatScanner | undefined;
  for (const scanner of scanners) {
    // Almost every claim is synchronous: await only a promise (an await per claim per file is a turn each).
    const answer = scanner.claim(probe);
    const claim = typeof answer === 'object' ? await answer : answer;
    if (claim === 'magic') return scanner;
    if (claim === 'hint' && !byHint) byHint = scanner;
  }
  return byHint;
}

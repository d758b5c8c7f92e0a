import type { FormatScanner, Probe } from '../../core/scanner.js';

/**
 * A skops schema: the `schema.json` member of a `.skops` zip (the zip scanner routes every
 * member; skops.io.load reads exactly that name). Any JSON object under that name is claimed,
 * whatever key comes first: UTF-16/32 (NUL bytes or a BOM, as Python's json detects them) and
 * whitespace padding included. The scan stays silent for JSON that is not a skops tree.
 */
function claimSkopsSchema(probe: Probe): 'magic' | false {
  const h = probe.head;
  if (probe.name !== 'schema.json' || h.length === 0) return false;
  if (h[0] === 0 || h[1] === 0 || h[0] === 0xfe || h[0] === 0xff) return 'magic';
  let i = h[0] === 0xef && h[1] === 0xbb && h[2] === 0xbf ? 3 : 0;
  while (i < h.length && (h[i] === 0x20 || h[i] === 0x0a || h[i] === 0x0d || h[i] === 0x09)) i++;
  return i === h.length || h[i] === 0x7b ? 'magic' : false;
}

/** What routing needs of the skops scanner (index.ts adds the scan, loaded on first use). */
export const skopsClaim = {
  id: 'skops',
  name: 'skops schema',
  extensions: [],
  claim: claimSkopsSchema,
} satisfies Omit<FormatScanner, 'scan'>;

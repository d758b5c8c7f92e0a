import type { FormatScanner, Probe, ScanContext } from '../../core/scanner.js';

/**
 * Git LFS pointer files: what a checkout without `lfs: true` leaves in place of
 * the model. The real bytes were never here, so the file is reported as not
 * scanned, never as clean.
 *
 *   version https://git-lfs.github.com/spec/v1
 *   oid sha256:<64 hex>
 *   size <bytes>
 */

/** Pointers are at most 1024 bytes (git-lfs refuses to parse larger ones). */
const MAX_POINTER = 1024;
const VERSIONS = ['version https://git-lfs.github.com/spec/v1', 'version https://hawser.github.com/spec/v1'];

export interface LfsPointer {
  oid?: string;
  size?: number;
}

export function parseLfsPointer(bytes: Uint8Array): LfsPointer | undefined {
  if (bytes.length > MAX_POINTER || bytes[0] !== 0x76 /* v */) return undefined;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  if (!VERSIONS.some((v) => text.startsWith(`${v}\n`) || text.startsWith(`${v}\r\n`))) return undefined;
  const out: LfsPointer = {};
  for (const line of text.split(/\r?\n/)) {
    const oid = /^oid sha256:([0-9a-f]{64})$/.exec(line);
    if (oid) out.oid = oid[1]!;
    const size = /^size (\d{1,20})$/.exec(line);
    if (size) out.size = Number(size[1]);
  }
  return out;
}

function claim(probe: Probe): 'magic' | false {
  return probe.size <= MAX_POINTER && parseLfsPointer(probe.head) ? 'magic' : false;
}

function scan(ctx: ScanContext): void {
  const pointer = parseLfsPointer(ctx.source.read(0, MAX_POINTER)) ?? {};
  const size = pointer.size !== undefined ? ` (the real file has ${pointer.size} bytes)` : '';
  ctx.report({
    ruleId: 'scan/lfs-pointer',
    message:
      `This is a Git LFS pointer, not the model${size}: the model was not checked out, so it was not scanned. ` +
      'Add `lfs: true` to actions/checkout (or run `git lfs pull`) and scan again.',
    properties: { ...(pointer.oid ? { oid: `sha256:${pointer.oid}` } : {}), ...(pointer.size !== undefined ? { size: pointer.size } : {}) },
  });
  ctx.incomplete('Git LFS pointer: the model was not checked out; add `lfs: true` to actions/checkout');
}

export const lfsPointerScanner: FormatScanner = {
  id: 'git-lfs-pointer',
  name: 'Git LFS pointer',
  extensions: [],
  claim,
  scan,
};

import type { FormatScanner, Probe } from '../../core/scanner.js';

const MAGIC = Buffer.from('8a0a6cfc9c46f9206aa85019', 'hex'); // LONG1, 10 bytes: 0x1950a86a20f9469cfc6c
/** The keys of the legacy format's sys_info pickle, as bytes (searched in every pickle's head). */
const SYS_INFO_KEYS = ['protocol_version', 'little_endian', 'type_sizes'].map((key) => Buffer.from(key, 'latin1'));

function isPickleStart(b: Uint8Array): boolean {
  return b.length >= 2 && b[0] === 0x80 && b[1]! <= 5;
}

/** The legacy stream: the literal magic number, or (threat A6: computed magic) the sys_info keys in the head. */
export function looksLikeLegacyStream(head: Uint8Array): boolean {
  if (!isPickleStart(head)) return false;
  // A view, not a copy: every pickle in a run passes here.
  const bytes = Buffer.from(head.buffer, head.byteOffset, head.length);
  if (bytes.subarray(2, 2 + MAGIC.length).equals(MAGIC)) return true;
  return SYS_INFO_KEYS.every((key) => bytes.includes(key));
}

/** The legacy tar layout's raw-record members, which the tar scanner names by their member name. */
export function tarRecordMember(name: string, head: Uint8Array): 'storages' | 'tensors' | undefined {
  if (!isPickleStart(head)) return undefined;
  return name === 'storages' || name === 'tensors' ? name : undefined;
}

/** What routing needs of the legacy torch scanner (index.ts adds the scan, loaded on first use). */
export const torchLegacyClaim = {
  id: 'torch-legacy',
  name: 'PyTorch legacy checkpoint',
  extensions: ['.pt', '.pth', '.bin', '.ckpt'],
  claim: (probe: Probe) => (looksLikeLegacyStream(probe.head) || tarRecordMember(probe.name, probe.head) ? 'magic' : false),
} satisfies Omit<FormatScanner, 'scan'>;

import type { FormatScanner, Probe } from '../../core/scanner.js';
import type { ByteSource } from '../../core/source.js';
import { DEFAULT_LIMITS } from '../../core/limits.js';
import { type ZipDirectory, type ZipEntry, looksLikeZip, readZipDirectory } from './reader.js';

/** Directories read while claiming, reused by scan (same source object). */
const directoryCache = new WeakMap<ByteSource, { maxMembers: number; result: ZipDirectory | Error }>();

export function directoryOf(source: ByteSource, maxMembers: number): ZipDirectory {
  const cached = directoryCache.get(source);
  if (cached && cached.maxMembers === maxMembers) {
    if (cached.result instanceof Error) throw cached.result;
    return cached.result;
  }
  let result: ZipDirectory | Error;
  try {
    result = readZipDirectory(source, { maxMembers });
  } catch (error) {
    result = error instanceof Error ? error : new Error(String(error));
  }
  directoryCache.set(source, { maxMembers, result });
  if (result instanceof Error) throw result;
  return result;
}

/**
 * Top-level folders that hold a PyTorch checkpoint: `<p>/data.pkl`, or
 * `<p>/version` / `<p>/.data/version` (the pickle member may be renamed).
 * torch 1.13 names the folder after the file stem; later versions use `archive`.
 */
export function torchPrefixes(entries: readonly ZipEntry[]): Set<string> {
  const prefixes = new Set<string>();
  for (const { name } of entries) {
    const m = /^([^/]+)\/(data\.pkl|version|\.data\/version)$/.exec(name);
    if (m) prefixes.add(m[1]!);
  }
  return prefixes;
}

function claimZip(probe: Probe): boolean {
  try {
    return looksLikeZip(probe.source, probe.head, probe.tail);
  } catch {
    return false;
  }
}

function claimTorch(probe: Probe): boolean {
  if (!claimZip(probe)) return false;
  try {
    return torchPrefixes(directoryOf(probe.source, DEFAULT_LIMITS.maxMembers).entries).size > 0;
  } catch {
    return false;
  }
}

/** What routing needs of the PyTorch zip scanner (index.ts adds the scan, loaded on first use). */
export const pytorchZipClaim = {
  id: 'pytorch-zip',
  name: 'PyTorch zip checkpoint',
  extensions: ['.pt', '.pth', '.bin', '.ckpt', '.ptl', '.pt2', '.mar'],
  claim: (probe: Probe) => (claimTorch(probe) ? 'magic' : false),
} satisfies Omit<FormatScanner, 'scan'>;

/** What routing needs of the zip scanner (index.ts adds the scan, loaded on first use). */
export const zipClaim = {
  id: 'zip',
  name: 'Zip archive',
  extensions: ['.zip', '.npz', '.keras', '.nemo'],
  claim: (probe: Probe) => (claimZip(probe) ? 'magic' : false),
} satisfies Omit<FormatScanner, 'scan'>;
